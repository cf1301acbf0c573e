import type { ChainModel } from '../model/modelSpec.ts';
import type { ComplexMatrix } from '../linalg/complexMatrix.ts';
import { modulatedCoupling } from './modulatedCoupling.ts';

/**
 * The coupling in the interaction picture, V̂(t) = e^{iĤ₀t} λV̂ e^{−iĤ₀t} with Ĥ₀ = diag(energies) and
 * λV̂ = Ĥ − Ĥ₀ the block off-diagonal coupling (3), (7); ħ = 1.
 *
 * @remarks
 * Sec. III, the integrand of (9) and (10). Entrywise V̂(t)_ab = (λV)_ab · e^{iω_ab t} with
 * ω_ab = E_a − E_b; only the blocks (µ, µ±1) are non-zero. Dense d×d, d = N·n.
 */
export function interactionPictureCoupling(model: ChainModel, t: number): ComplexMatrix {
  return modulatedCoupling(model, (omega) => ({ re: Math.cos(omega * t), im: Math.sin(omega * t) }));
}
