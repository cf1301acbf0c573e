import type { ChainModel } from '../model/modelSpec.ts';
import { firstOrderPhaseIntegralAbs2 } from './firstOrderPhaseIntegral.ts';

/**
 * The one-bond traces T_µ = Tr{u⁽¹⁾_{µ,µ+1} u⁽¹⁾_{µ+1,µ}} = Tr_µ{Û⁽¹⁾ P̂_{µ+1,µ+1} Û⁽¹⁾}, µ = 1 … N−1,
 * without forming any (Nn)² matrix (ħ = 1).
 *
 * @remarks
 * The golden-rule traces of Sec. IV, (25)–(26). T_µ = Σ_ij |(λv_{µ,µ+1})_ij|² · |g(ω_ij, τ)|² with
 * |g|² = τ² sinc²(ωτ/2); cost O(n²) per bond. By cyclicity T_µ is also
 * Tr_{µ+1}{Û⁽¹⁾ P̂_µµ Û⁽¹⁾}: the same number counts the flow µ → µ+1 and µ+1 → µ. The block trace of
 * the paper's (23)/(25), Tr_µ{(Û⁽¹⁾)²} = Tr{P̂_µµ (Û⁽¹⁾)² P̂_µµ}, is the sum of the traces of the bonds
 * at site µ: T_{µ−1} + T_µ (one term at a chain end). Returned 0-based: `out[µ−1]` = T_µ.
 */
export function firstOrderBondTraces(model: ChainModel, tau: number): Float64Array {
  const { sites: N, levels: n, energies } = model;
  const out = new Float64Array(N - 1);
  for (let mu = 0; mu < N - 1; mu++) {
    const bRe = model.couplingRe[mu];
    const bIm = model.couplingIm[mu];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const ea = energies[mu * n + i];
      for (let j = 0; j < n; j++) {
        const v2 = bRe[i * n + j] ** 2 + bIm[i * n + j] ** 2;
        sum += v2 * firstOrderPhaseIntegralAbs2(ea - energies[(mu + 1) * n + j], tau);
      }
    }
    out[mu] = sum;
  }
  return out;
}
