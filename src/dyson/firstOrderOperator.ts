import type { ChainModel } from '../model/modelSpec.ts';
import type { ComplexMatrix } from '../linalg/complexMatrix.ts';
import { firstOrderPhaseIntegral } from './firstOrderPhaseIntegral.ts';
import { modulatedCoupling } from './modulatedCoupling.ts';

/**
 * The first-order Dyson operator Û⁽¹⁾(τ) = ∫₀^τ V̂(t) dt, eq. (9), in closed form (ħ = 1).
 *
 * @remarks
 * Û⁽¹⁾_ab = (λV)_ab · g(ω_ab, τ), ω_ab = E_a − E_b, g from {@link firstOrderPhaseIntegral}; no
 * quadrature. Same block pattern as the coupling, eq. (14): blocks u⁽¹⁾_{µ,µ+1} and
 * u⁽¹⁾_{µ+1,µ} = (u⁽¹⁾_{µ,µ+1})†, so Û⁽¹⁾ is Hermitian (the remark after (13)) — entry (b, a) is
 * written as the conjugate of entry (a, b) by {@link modulatedCoupling}, so it is Hermitian exactly.
 * Dense d×d, d = N·n.
 */
export function dysonFirstOrder(model: ChainModel, tau: number): ComplexMatrix {
  return modulatedCoupling(model, (omega) => firstOrderPhaseIntegral(omega, tau));
}
