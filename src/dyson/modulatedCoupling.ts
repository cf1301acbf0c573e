import type { ChainModel } from '../model/modelSpec.ts';
import { type ComplexMatrix, zeroMatrix } from '../linalg/complexMatrix.ts';

/**
 * The dense Hermitian matrix with entries (λV)_ab · f(ω_ab), ω_ab = E_a − E_b, on the coupling blocks
 * (µ, µ±1) of (7) and zero elsewhere.
 *
 * @remarks
 * f(−ω) must equal conj f(ω) (true for e^{iωt} and for g(ω, τ) = ∫₀^τ e^{iωt} dt), so entry (b, a) is
 * written as the conjugate of entry (a, b): the result is Hermitian exactly, not just to rounding.
 * Dense d×d, d = N·n.
 */
export function modulatedCoupling(model: ChainModel, f: (omega: number) => { re: number; im: number }): ComplexMatrix {
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
        const w = f(energies[a] - energies[b]);
        const vr = bRe[i * n + j];
        const vi = bIm[i * n + j];
        const ur = vr * w.re - vi * w.im;
        const ui = vr * w.im + vi * w.re;
        out.re[a * dim + b] = ur;
        out.im[a * dim + b] = ui;
        out.re[b * dim + a] = ur;
        out.im[b * dim + a] = -ui;
      }
    }
  }
  return out;
}
