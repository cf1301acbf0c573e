import { HamcheckNumericalError } from '../errors.ts';
import type { BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import { lanczosSpectralBounds } from '../linalg/lanczosSpectralBounds.ts';
import { chainOperator } from '../model/chainHamiltonian.ts';
import { NormalDeviates } from '../model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../model/rng/xoshiro128.ts';
import { chebyshevInPasses } from './chebyshevExpansion.ts';
import { chebyshevStatesPerPass } from './chebyshevStateBudget.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import type { PropagationOptions, PropagationResult, Propagator } from './propagation.ts';
import { checkPropagationInput } from './propagationInput.ts';
import { sitePopulations } from './sitePopulations.ts';

/** Default bound on ‖ψ_K(t) − ψ(t)‖₂ from truncating the expansion. */
export const CHEBYSHEV_DEFAULT_TOLERANCE = 1e-12;

/**
 * Exact propagation ψ(t) = e^{−iHt}ψ(0) of the chain (3) by one Chebyshev expansion shared by all
 * output times ({@link chebyshevExpansion}).
 *
 * @remarks
 * Cost: max_j K_j matvecs for all times together (when more output states than
 * {@link chebyshevStatesPerPass} are asked for, the earlier times take a second pass up to their order), K ≈ a·t_max + O((a t_max)^{1/3}) with a the spectral
 * half-width, each 2(N−1)n² complex multiply-adds. Error: ‖ψ_K(t) − ψ(t)‖₂ ≤ `tolerance` (default 1e-12)
 * for every output time, provided the spectrum lies in the expansion interval. That interval comes
 * from Lanczos (an inner estimate) widened by a 1 % margin and is then *verified* at every step; if the
 * Chebyshev vectors grow, the run restarts with a margin four times wider (at most three times)
 * instead of returning a wrong answer.
 */
export const chebyshevPropagator: Propagator = (model, psi0, times, options = {}) => {
  checkPropagationInput(psi0, model.sites * model.levels, times, options);
  const op = chainOperator(model);
  return chebyshevFromEstimate(model, op, lanczosSpectralBounds(op, lanczosStart(op.dim), 50), psi0, times, options);
};

/** Seed of the Lanczos start vector: fixed, so the spectral estimate (and every result) is reproducible. */
const LANCZOS_START_SEED = 0x5eed;

/** The Lanczos start vector: i.i.d. standard normal real and imaginary parts (re₀, im₀, re₁, …) from one seeded stream. */
export function lanczosStart(dim: number): ComplexVector {
  const normals = new NormalDeviates(new Xoshiro128(LANCZOS_START_SEED));
  const re = new Float64Array(dim);
  const im = new Float64Array(dim);
  for (let i = 0; i < dim; i++) {
    re[i] = normals.next();
    im[i] = normals.next();
  }
  return { re, im };
}

/**
 * The propagation of {@link chebyshevPropagator} from a given spectral estimate (exported so the
 * verified restart can be exercised with a deliberately narrow one).
 */
export function chebyshevFromEstimate(
  model: ChainModel,
  op: BlockTridiagonalOperator,
  estimate: { min: number; max: number },
  psi0: ComplexVector,
  times: Float64Array,
  options: PropagationOptions = {},
): PropagationResult {
  checkPropagationInput(psi0, model.sites * model.levels, times, options);
  const tolerance = options.tolerance ?? CHEBYSHEV_DEFAULT_TOLERANCE;
  const { dim } = op;
  const width = Math.max(estimate.max - estimate.min, 1e-300);
  for (let attempt = 0, margin = 0.01; attempt < 4; attempt++, margin *= 4) {
    const lo = estimate.min - margin * width;
    const hi = estimate.max + margin * width;
    const centre = 0.5 * (lo + hi);
    const halfWidth = 0.5 * (hi - lo);
    const populations: Float64Array[] = new Array(times.length);
    const norms = new Float64Array(times.length);
    const deliver = (first: number, re: Float64Array, im: Float64Array): void => {
      for (let j = first; j < first + re.length / dim && j < times.length; j++) {
        const a = (j - first) * dim;
        const p = sitePopulations(re.subarray(a, a + dim), im.subarray(a, a + dim), model.sites, model.levels);
        populations[j] = p;
        norms[j] = Math.sqrt(p.reduce((s, x) => s + x, 0));
        options.onState?.(j, re.subarray(a, a + dim), im.subarray(a, a + dim));
      }
    };
    const perPass = chebyshevStatesPerPass(dim, op.blockRe.length);
    const states = chebyshevInPasses(op, psi0, times, centre, halfWidth, tolerance, perPass, deliver, options.onProgress);
    if (states === null) continue;
    options.onProgress?.(1);
    return {
      method: 'chebyshev',
      times: Float64Array.from(times),
      populations,
      norms,
      details: { terms: states.terms, matvecs: states.terms - 1, passes: Math.ceil(times.length / perPass), threads: states.threads, kernel: states.kernel, restarts: attempt, spectralCentre: centre, spectralHalfWidth: halfWidth, tolerance },
    };
  }
  throw new HamcheckNumericalError('chebyshevPropagator: could not bound the spectrum of H (Chebyshev vectors kept growing)');
}
