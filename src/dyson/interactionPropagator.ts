import { denseHamiltonian } from '../model/chainHamiltonian.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { type ComplexMatrix, zeroMatrix } from '../linalg/complexMatrix.ts';
import { matrixExponential } from '../linalg/matrixExponential.ts';

/**
 * The exact interaction-picture propagator Û_I(τ) = e^{iĤ₀τ} e^{−iĤτ}, Ĥ₀ = diag(energies), ħ = 1.
 *
 * @remarks
 * The operator that the second-order Dyson expansion (8), 1̂ − iÛ⁽¹⁾ − Û⁽²⁾, approximates to O((λτ)³).
 * Both exponentials are taken after subtracting the mean level energy c (a scalar shift cancels between
 * them), so the scaling-and-squaring of {@link matrixExponential} works on ‖(Ĥ − c)τ‖ ≈ (δε/2 + O(λ))τ
 * rather than on ΔE·τ, and the phase rounding is ε·|E − c|·τ rather than ε·ΔE·τ. Dense d×d,
 * d = N·n; for small models only (the memory is 16d² bytes per matrix, the work O(d³ log‖Hτ‖)).
 */
export function exactInteractionPropagator(model: ChainModel, tau: number): ComplexMatrix {
  const h = denseHamiltonian(model);
  const dim = h.rows;
  let c = 0;
  for (let i = 0; i < dim; i++) c += model.energies[i];
  c /= dim;
  // A = −i(H − c)τ
  const a = zeroMatrix(dim);
  for (let e = 0; e < dim * dim; e++) {
    a.re[e] = h.im[e] * tau;
    a.im[e] = -h.re[e] * tau;
  }
  for (let i = 0; i < dim; i++) a.im[i * dim + i] = -(h.re[i * dim + i] - c) * tau;
  const u = matrixExponential(a);
  // Left-multiply by diag(e^{i(E_r − c)τ}).
  for (let r = 0; r < dim; r++) {
    const phase = (model.energies[r] - c) * tau;
    const cr = Math.cos(phase);
    const sr = Math.sin(phase);
    for (let k = 0; k < dim; k++) {
      const xr = u.re[r * dim + k];
      const xi = u.im[r * dim + k];
      u.re[r * dim + k] = cr * xr - sr * xi;
      u.im[r * dim + k] = cr * xi + sr * xr;
    }
  }
  return u;
}
