import type { ChainModel } from '../model/modelSpec.ts';
import { type ComplexMatrix, zeroMatrix } from './complexMatrix.ts';
import { firstOrderPhaseIntegral } from './firstOrderPhaseIntegral.ts';

/**
 * The first-order Dyson operator Û⁽¹⁾(τ) = ∫₀^τ V̂(t) dt, eq. (9), in closed form (ħ = 1).
 *
 * @remarks
 * Û⁽¹⁾_ab = (λV)_ab · g(ω_ab, τ), ω_ab = E_a − E_b, g from {@link firstOrderPhaseIntegral}; no
 * quadrature. Same block pattern as the coupling, eq. (14): blocks u⁽¹⁾_{µ,µ+1} and
 * u⁽¹⁾_{µ+1,µ} = (u⁽¹⁾_{µ,µ+1})†, so Û⁽¹⁾ is Hermitian (the remark after (13)) — entry (b, a) is
 * written as the conjugate of entry (a, b), which makes it Hermitian exactly, not just to rounding.
 * Dense d×d, d = N·n.
 */
export function dysonFirstOrder(model: ChainModel, tau: number): ComplexMatrix {
  const { sites: N, levels: n, energies } = model;
  const dim = N * n;
  const out = zeroMatrix(dim);
  for (let mu = 0; mu < N - 1; mu++) {
    const bRe = model.couplingRe[mu];
    const bIm = model.couplingIm[mu];
    for (let i = 0; i < n; i++) {
      const a = mu * n + i;
      for (let j = 0; j < n; j++) {
        const b = (mu + 1) * n + j;
        const g = firstOrderPhaseIntegral(energies[a] - energies[b], tau);
        const vr = bRe[i * n + j];
        const vi = bIm[i * n + j];
        const ur = vr * g.re - vi * g.im;
        const ui = vr * g.im + vi * g.re;
        out.re[a * dim + b] = ur;
        out.im[a * dim + b] = ui;
        out.re[b * dim + a] = ur;
        out.im[b * dim + a] = -ui;
      }
    }
  }
  return out;
}
