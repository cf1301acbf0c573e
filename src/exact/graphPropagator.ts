import { checkPropagationInput } from './propagationInput.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { GeneralModel } from '../model/graph/generalModel.ts';
import { isUniformChain } from '../model/graph/buildGeneralModel.ts';
import { asChainModel, graphOperator } from '../model/graph/graphHamiltonian.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE, chebyshevPropagator } from './chebyshevPropagator.ts';
import { graphChebyshev } from './graphChebyshev.ts';
import type { PropagationResult } from './propagation.ts';

/**
 * Exact dynamics ψ(t) = e^{−iHt}ψ(0) of a general model, P_µ(t_j) = Σ_k |ψ_µk(t_j)|² (11) per site.
 *
 * @remarks
 * The uniform chain (equal n, δε, λ; chain topology) runs on the chain's own {@link chebyshevPropagator}
 * unchanged — the fast, threaded path, bit for bit what `propagate` computes for the same seed. Every other
 * graph runs {@link graphChebyshev} on its {@link BlockSparseOperator}, with the same error bound
 * ‖ψ_K(t) − ψ(t)‖₂ ≤ `tolerance` (default 1e-12) per output time. Input contract as for every propagator
 * ({@link checkPropagationInput}: times finite, ≥ 0, non-decreasing; ψ(0) of length dim).
 */
export function graphPropagate(model: GeneralModel, psi0: ComplexVector, times: Float64Array, options: { tolerance?: number; onProgress?: (fraction: number) => void } = {}): PropagationResult {
  if (isUniformChain(model)) return chebyshevPropagator(asChainModel(model), psi0, times, options);
  checkPropagationInput(psi0, model.dim, times, options);
  const tolerance = options.tolerance ?? CHEBYSHEV_DEFAULT_TOLERANCE;
  const states = graphChebyshev(graphOperator(model), psi0, times, tolerance, options.onProgress);
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
    details: { path: 'graph', terms: states.terms, matvecs: states.terms - 1, spectralCentre: states.centre, spectralHalfWidth: states.halfWidth, tolerance },
  };
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
