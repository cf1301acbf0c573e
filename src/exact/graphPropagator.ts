import { HamcheckNumericalError } from '../errors.ts';
import { blockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import { lanczosSpectralBounds } from '../linalg/lanczosSpectralBounds.ts';
import type { GeneralModel } from '../model/graph/generalModel.ts';
import { isUniformChain } from '../model/graph/buildGeneralModel.ts';
import { asChainModel, graphOperator } from '../model/graph/graphHamiltonian.ts';
import { blockSparseGershgorin } from './blockSparseOperator.ts';
import { blockSparseLanczos } from './blockSparseLanczos.ts';
import { chebyshevExpansion } from './chebyshevExpansion.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE, chebyshevPropagator, lanczosStart } from './chebyshevPropagator.ts';
import { graphChebyshev } from './graphChebyshev.ts';
import type { PropagationResult } from './propagation.ts';
import { checkPropagationInput } from './propagationInput.ts';

type Options = { tolerance?: number; onProgress?: (fraction: number) => void };
type States = { re: Float64Array; im: Float64Array; terms: number; centre: number; halfWidth: number };

/**
 * Exact dynamics ψ(t) = e^{−iHt}ψ(0) of a general model, P_µ(t_j) = Σ_k |ψ_µk(t_j)|² (11) per site.
 *
 * @remarks
 * Three paths, one error bound ‖ψ_K(t) − ψ(t)‖₂ ≤ `tolerance` (default 1e-12) per output time:
 * - the uniform chain runs the chain's own {@link chebyshevPropagator} unchanged — bit for bit what
 *   `propagate` computes for the same seed;
 * - any other chain (per-site n_µ, per-bond λ_b) is block tridiagonal with groups of n_µ rows, so it runs the
 *   chain's threaded kernel ({@link chebyshevExpansion}) on a Lanczos estimate;
 * - any other graph runs {@link graphChebyshev} on its block-sparse operator and a Lanczos estimate
 *   ({@link blockSparseLanczos}).
 * Lanczos estimates are inner bounds: widened by 1 % of the width, verified at every step, widened ×4 up to three
 * times when the Chebyshev vectors grow (as src/exact/chebyshevPropagator.ts does); the graph path finally
 * falls back to the guaranteed Gershgorin interval. Input contract as for every propagator ({@link checkPropagationInput}).
 */
export function graphPropagate(model: GeneralModel, psi0: ComplexVector, times: Float64Array, options: Options = {}): PropagationResult {
  if (isUniformChain(model)) return chebyshevPropagator(asChainModel(model), psi0, times, options);
  checkPropagationInput(psi0, model.dim, times, options);
  const tolerance = options.tolerance ?? CHEBYSHEV_DEFAULT_TOLERANCE;
  const path = model.spec.topology === 'chain' ? 'chain-kernel' : 'graph';
  const { states, restarts } = path === 'chain-kernel' ? chainKernel(model, psi0, times, tolerance, options) : graphPath(model, psi0, times, tolerance, options);
  const populations: Float64Array[] = [];
  const norms = new Float64Array(times.length);
  for (let j = 0; j < times.length; j++) {
    const p = graphSitePopulations(model, states.re.subarray(j * model.dim, (j + 1) * model.dim), states.im.subarray(j * model.dim, (j + 1) * model.dim));
    populations.push(p);
    norms[j] = Math.sqrt(p.reduce((a, x) => a + x, 0));
  }
  options.onProgress?.(1);
  return {
    method: 'chebyshev',
    times: Float64Array.from(times),
    populations,
    norms,
    details: { path, terms: states.terms, matvecs: states.terms - 1, restarts, spectralCentre: states.centre, spectralHalfWidth: states.halfWidth, tolerance },
  };
}

/** Widened Lanczos intervals, margins 1 %, 4 %, 16 %, 64 % of the estimated width. */
function* widened(estimate: { min: number; max: number }): Generator<{ min: number; max: number }> {
  const width = Math.max(estimate.max - estimate.min, 1e-300);
  for (let attempt = 0, margin = 0.01; attempt < 4; attempt++, margin *= 4) yield { min: estimate.min - margin * width, max: estimate.max + margin * width };
}

function chainKernel(model: GeneralModel, psi0: ComplexVector, times: Float64Array, tolerance: number, options: Options): { states: States; restarts: number } {
  const op = blockTridiagonalOperator(model.energies, Array.from(model.levels), model.bonds.map((b) => b.re), model.bonds.map((b) => b.im));
  let restarts = 0;
  for (const { min, max } of widened(lanczosSpectralBounds(op, lanczosStart(op.dim), 50))) {
    const centre = 0.5 * (min + max);
    const halfWidth = 0.5 * (max - min);
    const s = chebyshevExpansion(op, psi0, times, centre, halfWidth, tolerance, options.onProgress);
    if (s) return { states: { re: s.re, im: s.im, terms: s.terms, centre, halfWidth }, restarts };
    restarts++;
  }
  throw new HamcheckNumericalError('graphPropagate: could not bound the spectrum of H (Chebyshev vectors kept growing)');
}

function graphPath(model: GeneralModel, psi0: ComplexVector, times: Float64Array, tolerance: number, options: Options): { states: States; restarts: number } {
  const op = graphOperator(model);
  let restarts = 0;
  for (const interval of widened(blockSparseLanczos(op, lanczosStart(op.dim), 50))) {
    const s = graphChebyshev(op, psi0, times, tolerance, options.onProgress, interval);
    if (s) return { states: s, restarts };
    restarts++;
  }
  const s = graphChebyshev(op, psi0, times, tolerance, options.onProgress, blockSparseGershgorin(op));
  if (s) return { states: s, restarts };
  throw new HamcheckNumericalError('graphPropagate: the Chebyshev vectors grew even on the Gershgorin interval');
}

/** P_µ = Σ_k |ψ_µk|² (11) for sites of n_µ levels at `model.offsets`. */
export function graphSitePopulations(model: GeneralModel, re: ArrayLike<number>, im: ArrayLike<number>): Float64Array {
  const out = new Float64Array(model.siteCount);
  for (let mu = 0; mu < model.siteCount; mu++) {
    let s = 0;
    for (let i = model.offsets[mu]; i < model.offsets[mu + 1]; i++) s += re[i] * re[i] + im[i] * im[i];
    out[mu] = s;
  }
  return out;
}
