import type { ChainModel } from '../model/modelSpec.ts';
import { type ComplexMatrix, zeroMatrix } from '../linalg/complexMatrix.ts';
import { secondOrderPhaseIntegral } from './secondOrderPhaseIntegral.ts';

/**
 * The second-order Dyson operator Û⁽²⁾(τ) = ∫₀^τ dt′ ∫₀^{t′} dt″ V̂(t′) V̂(t″), eq. (10), in closed
 * form (ħ = 1).
 *
 * @remarks
 * Û⁽²⁾_ab = Σ_c (λV)_ac (λV)_cb · h(ω_ac, ω_cb, τ), h from {@link secondOrderPhaseIntegral}; no
 * quadrature. The intermediate state c must lie in a neighbour block of both a and b (eq. (15), using
 * (5)), so only the blocks (µ, µ) and (µ, µ±2) are non-zero — the decomposition (16). Cost
 * O(N·n³) evaluations of h. Dense d×d, d = N·n.
 */
export function dysonSecondOrder(model: ChainModel, tau: number): ComplexMatrix {
  const { sites: N, levels: n, energies } = model;
  const dim = N * n;
  const out = zeroMatrix(dim);
  // ⟨µ,i|λV|ν,j⟩ for |µ − ν| = 1 (0-based sites).
  const coupling = (mu: number, i: number, nu: number, j: number): [number, number] => {
    if (nu === mu + 1) return [model.couplingRe[mu][i * n + j], model.couplingIm[mu][i * n + j]];
    return [model.couplingRe[nu][j * n + i], -model.couplingIm[nu][j * n + i]];
  };
  for (let alpha = 0; alpha < N; alpha++) {
    for (const gamma of [alpha - 1, alpha + 1]) {
      if (gamma < 0 || gamma >= N) continue;
      for (const beta of [gamma - 1, gamma + 1]) {
        if (beta < 0 || beta >= N) continue;
        for (let i = 0; i < n; i++) {
          const a = alpha * n + i;
          for (let j = 0; j < n; j++) {
            const b = beta * n + j;
            let sr = 0;
            let si = 0;
            for (let k = 0; k < n; k++) {
              const c = gamma * n + k;
              const [xr, xi] = coupling(alpha, i, gamma, k);
              const [yr, yi] = coupling(gamma, k, beta, j);
              const pr = xr * yr - xi * yi;
              const pi = xr * yi + xi * yr;
              const h = secondOrderPhaseIntegral(energies[a] - energies[c], energies[c] - energies[b], tau);
              sr += pr * h.re - pi * h.im;
              si += pr * h.im + pi * h.re;
            }
            out.re[a * dim + b] += sr;
            out.im[a * dim + b] += si;
          }
        }
      }
    }
  }
  return out;
}
