import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';

/** Which exact integrator produced a result. */
export type ExactMethod = 'chebyshev' | 'eigen';

export interface PropagationOptions {
  /**
   * Called with ψ(t_j) for every output time, in order; the arrays are reused after the call returns.
   * (Chebyshev with more states than one pass holds, src/exact/chebyshevStateBudget.ts: should a later
   * pass fail its spectral check, the restart calls it again from j = 0 with the final states.)
   */
  onState?: (index: number, re: Float64Array, im: Float64Array) => void;
  /** Chebyshev: bound on the 2-norm error of every ψ(t_j); default 1e-12. */
  tolerance?: number;
  /** Progress callback, fraction done in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

/**
 * Exact Schrödinger dynamics in the single-excitation subspace, sampled at the requested times.
 *
 * @remarks `populations[j][µ]` = P_µ(t_j), eq. (11), with µ 0-based. `norms[j]` = ‖ψ(t_j)‖.
 */
export interface PropagationResult {
  method: ExactMethod;
  times: Float64Array;
  populations: Float64Array[];
  norms: Float64Array;
  /** Integrator-specific figures (terms used, spectral bounds, …) for reports. */
  details: Record<string, number | string>;
}

/** An exact propagator: the swappable integrator under {@link propagate}. */
export type Propagator = (
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  options?: PropagationOptions,
) => PropagationResult;
