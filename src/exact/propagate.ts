import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { chebyshevPropagator } from './chebyshevPropagator.ts';
import { eigenPropagator } from './eigenPropagator.ts';
import type { ExactMethod, PropagationOptions, PropagationResult, Propagator } from './propagation.ts';

const propagators: Record<ExactMethod, Propagator> = {
  chebyshev: chebyshevPropagator,
  eigen: eigenPropagator,
};

/**
 * Exact Schrödinger dynamics of the chain (3) at the requested times, with a swappable integrator.
 *
 * @remarks
 * A thin layer over the integrators (as QuTiP layers its solvers): `chebyshev` (default; matvec-only,
 * cost ∝ N·n²·a·t_max, see {@link chebyshevPropagator}) or `eigen` (dense diagonalization, cost
 * ∝ (Nn)³, reusable across initial states).
 */
export function propagate(
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  options: PropagationOptions & { method?: ExactMethod } = {},
): PropagationResult {
  const method = options.method ?? 'chebyshev';
  return propagators[method](model, psi0, times, options);
}
