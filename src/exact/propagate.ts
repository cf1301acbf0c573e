import { HamcheckInputError } from '../errors.ts';
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
  if (!Object.hasOwn(propagators, method)) throw new HamcheckInputError('method', `one of ${Object.keys(propagators).map((m) => JSON.stringify(m)).join(', ')}`, method);
  return propagators[method](model, psi0, times, options);
}

/**
 * {@link propagate} at output times in any order (e.g. a report's times followed by the D² window):
 * propagates at the times sorted ascending and returns `times`, `populations` and `norms` in the caller's
 * order. Each state ψ(t_j) is computed independently of the others (the Chebyshev expansion only shares
 * its vectors), so the results are the same numbers as for the sorted request.
 *
 * @remarks `onState` sees the states in ascending time order, with the caller's index j.
 */
export function propagateAnyOrder(
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  options: PropagationOptions & { method?: ExactMethod } = {},
): PropagationResult {
  const order = Array.from(times, (_, j) => j).sort((a, b) => times[a] - times[b] || a - b);
  const sorted = Float64Array.from(order, (j) => times[j]);
  const onState = options.onState;
  const run = propagate(model, psi0, sorted, { ...options, onState: onState && ((k, re, im) => onState(order[k], re, im)) });
  const populations: Float64Array[] = new Array(times.length);
  const norms = new Float64Array(times.length);
  order.forEach((j, k) => {
    populations[j] = run.populations[k];
    norms[j] = run.norms[k];
  });
  return { ...run, times: Float64Array.from(times), populations, norms };
}
