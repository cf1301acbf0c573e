import type { ChainModel } from '../model/modelSpec.ts';
import { type ComplexMatrix, zeroMatrix } from './complexMatrix.ts';

/**
 * The coupling in the interaction picture, V̂(t) = e^{iĤ₀t} λV̂ e^{−iĤ₀t} with Ĥ₀ = diag(energies) and
 * λV̂ = Ĥ − Ĥ₀ the block off-diagonal coupling (3), (7); ħ = 1.
 *
 * @remarks
 * Sec. III, the integrand of (9) and (10). Entrywise V̂(t)_ab = (λV)_ab · e^{iω_ab t} with
 * ω_ab = E_a − E_b; only the blocks (µ, µ±1) are non-zero. Dense d×d, d = N·n.
 */
export function interactionPictureCoupling(model: ChainModel, t: number): ComplexMatrix {
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
        const phase = (energies[a] - energies[b]) * t;
        const c = Math.cos(phase);
        const s = Math.sin(phase);
        const vr = bRe[i * n + j];
        const vi = bIm[i * n + j];
        // (a, b): v·e^{iφ}; (b, a): conj(v)·e^{−iφ} = conj of the former (V̂(t) is Hermitian).
        out.re[a * dim + b] = vr * c - vi * s;
        out.im[a * dim + b] = vr * s + vi * c;
        out.re[b * dim + a] = vr * c - vi * s;
        out.im[b * dim + a] = -(vr * s + vi * c);
      }
    }
  }
  return out;
}
