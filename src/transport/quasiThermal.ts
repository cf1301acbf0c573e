import { Xoshiro128 } from '../model/rng/xoshiro128.ts';
import { bandLogProbabilities, type SubunitSpectrum } from './thermal.ts';

/**
 * A "quasi-thermal" pure state of one subunit, eq. (37): ψ = Σ_i Σ_k √(p_i(T)/n_i) e^{iφ_ik}|i, k⟩ with
 * p_i = n_i e^{−E_i/k_BT}/Z and independent uniform phases φ. Its band populations are exactly Boltzmann
 * (the bands treated as quasi-degenerate, as in the paper); a mixture over the phases is the thermal
 * state of the bands.
 *
 * @remarks Basis order: band 0 (one level), then band 1 levels 0 … n₁−1, and so on. Phases are drawn in that
 * order from {@link Xoshiro128}(seed) as φ = 2π·u — the same draw {@link measureTransfer} uses per subunit
 * (there subunit 1 then subunit 2, one realization after the other). The product state of eq. (38) is
 * ψ₁ ⊗ ψ₂ with ψ_µ at T_µ = T ± ΔT/2.
 */
export function quasiThermalState(s: SubunitSpectrum, T: number, rngOrSeed: Xoshiro128 | number): { re: Float64Array; im: Float64Array } {
  const rng = typeof rngOrSeed === 'number' ? new Xoshiro128(rngOrSeed) : rngOrSeed;
  const lp = bandLogProbabilities(s, T);
  const dim = s.counts.reduce((a, b) => a + b, 0);
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  let k = 0;
  s.counts.forEach((n, i) => {
    const amp = Math.exp(0.5 * (lp[i] - Math.log(n)));
    for (let l = 0; l < n; l++, k++) {
      const phi = 2 * Math.PI * rng.nextDouble();
      re[k] = amp * Math.cos(phi);
      im[k] = amp * Math.sin(phi);
    }
  });
  return { re, im };
}
