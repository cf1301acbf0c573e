import { HamcheckNumericalError } from '../errors.ts';
import { besselJSequence } from '../linalg/besselJSequence.ts';
import { blockTridiagonalMatvec } from '../linalg/blockTridiagonalMatvec.ts';
import { lanczosSpectralBounds } from '../linalg/lanczosSpectralBounds.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ChainModel, ComplexVector } from '../model/modelSpec.ts';
import type { PropagationOptions, PropagationResult, Propagator } from './propagation.ts';
import { sitePopulations } from './sitePopulations.ts';

/** Default bound on ‖ψ_K(t) − ψ(t)‖₂ from truncating the expansion. */
export const CHEBYSHEV_DEFAULT_TOLERANCE = 1e-12;

/**
 * Exact propagation ψ(t) = e^{−iHt}ψ(0) by one Chebyshev expansion shared by all output times.
 *
 * @remarks
 * With H̃ = (H − c)/a mapping the spectrum into [−1, 1] (c the spectral centre, a the half-width):
 * e^{−iHt} = e^{−ict} Σ_k (2 − δ_k0) (−i)^k J_k(a t) T_k(H̃), and the vectors φ_k = T_k(H̃)ψ(0) obey
 * φ_{k+1} = 2H̃φ_k − φ_{k−1}. Each φ_k is computed once and added into every output time that still
 * needs it, so the cost is max_j K_j matvecs (K ≈ a·t_max + O((a t_max)^{1/3})) for all times together.
 *
 * Error bound: since |T_k(x)| ≤ 1 on [−1, 1], ‖φ_k‖ ≤ ‖ψ(0)‖ = 1 and the truncation error at time t
 * is ≤ 2 Σ_{k>K} |J_k(at)|; K_j is the smallest order that makes this ≤ `tolerance` (default 1e-12).
 * The spectral interval comes from Lanczos (an inner estimate) widened by a 1 % margin; the bound is
 * then *verified*: if any ‖φ_k‖ exceeds 1 + 1e-9 the spectrum left [−1, 1], and the run restarts with
 * a margin four times wider (at most three times) instead of returning a wrong answer.
 */
export const chebyshevPropagator: Propagator = (model, psi0, times, options = {}) => {
  const tolerance = options.tolerance ?? CHEBYSHEV_DEFAULT_TOLERANCE;
  const dim = model.sites * model.levels;
  assertFitsInMemory('times.count', times.length * dim * 16 + 4 * dim * 8, `${times.length} output states of dimension ${dim}`);
  const estimate = lanczosSpectralBounds(model, 50);
  let margin = 0.01;
  for (let attempt = 0; attempt < 4; attempt++) {
    const width = Math.max(estimate.max - estimate.min, 1e-300);
    const lo = estimate.min - margin * width;
    const hi = estimate.max + margin * width;
    const run = expand(model, psi0, times, 0.5 * (lo + hi), 0.5 * (hi - lo), tolerance, options);
    if (run !== null) return run;
    margin *= 4;
  }
  throw new HamcheckNumericalError('chebyshevPropagator: could not bound the spectrum of H (Chebyshev vectors kept growing)');
};

function expand(
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  centre: number,
  halfWidth: number,
  tolerance: number,
  options: PropagationOptions,
): PropagationResult | null {
  const dim = model.sites * model.levels;
  const T = times.length;
  // Coefficient tables: coeffs[j] holds J_0 … J_{K_j} at z = a·t_j.
  const coeffs: Float64Array[] = [];
  const orders = new Int32Array(T);
  let maxOrder = 0;
  for (let j = 0; j < T; j++) {
    const t = times[j];
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`times[${j}] must be a finite number ≥ 0, got ${t}`);
    const { values, order } = truncatedBessel(halfWidth * t, tolerance);
    coeffs.push(values);
    orders[j] = order;
    maxOrder = Math.max(maxOrder, order);
  }
  const accRe = Array.from({ length: T }, () => new Float64Array(dim));
  const accIm = Array.from({ length: T }, () => new Float64Array(dim));
  let pRe = Float64Array.from(psi0.re); // φ_{k}
  let pIm = Float64Array.from(psi0.im);
  let qRe = new Float64Array(dim); // φ_{k−1}, then φ_{k+1}
  let qIm = new Float64Array(dim);
  const norm0 = Math.sqrt(dot(pRe, pIm, pRe, pIm));
  const growthLimit = norm0 * (1 + 1e-9);
  const progressEvery = Math.max(1, Math.floor(maxOrder / 100));
  for (let k = 0; k <= maxOrder; k++) {
    if (k > 0) {
      // φ_k from φ_{k−1} (in p) and φ_{k−2} (in q): q ← 2H̃p − q; for k = 1: q ← H̃p.
      blockTridiagonalMatvec(model, pRe, pIm, qRe, qIm, centre, k === 1 ? 1 / halfWidth : 2 / halfWidth, k === 1 ? 0 : -1);
      [pRe, qRe] = [qRe, pRe];
      [pIm, qIm] = [qIm, pIm];
      if (Math.sqrt(dot(pRe, pIm, pRe, pIm)) > growthLimit) return null;
    }
    const phase = k & 3; // (−i)^k = 1, −i, −1, i
    const sign = phase === 0 || phase === 3 ? 1 : -1;
    const weight = k === 0 ? 1 : 2;
    for (let j = 0; j < T; j++) {
      if (k > orders[j]) continue;
      const w = sign * weight * coeffs[j][k];
      const aRe = accRe[j];
      const aIm = accIm[j];
      if ((phase & 1) === 0) {
        for (let i = 0; i < dim; i++) {
          aRe[i] += w * pRe[i];
          aIm[i] += w * pIm[i];
        }
      } else {
        // w·i·φ with the sign folded into w: (−i)^k = −i for k ≡ 1, +i for k ≡ 3.
        for (let i = 0; i < dim; i++) {
          aRe[i] -= w * pIm[i];
          aIm[i] += w * pRe[i];
        }
      }
    }
    if (options.onProgress && k % progressEvery === 0) options.onProgress(k / maxOrder);
  }
  const populations: Float64Array[] = [];
  const norms = new Float64Array(T);
  for (let j = 0; j < T; j++) {
    // Global phase e^{−ict} of the spectral shift.
    const cr = Math.cos(centre * times[j]);
    const ci = -Math.sin(centre * times[j]);
    const re = accRe[j];
    const im = accIm[j];
    for (let i = 0; i < dim; i++) {
      const r = re[i];
      re[i] = cr * r - ci * im[i];
      im[i] = cr * im[i] + ci * r;
    }
    populations.push(sitePopulations(re, im, model.sites, model.levels));
    norms[j] = Math.sqrt(dot(re, im, re, im));
    options.onState?.(j, re, im);
  }
  options.onProgress?.(1);
  return {
    method: 'chebyshev',
    times,
    populations,
    norms,
    details: { terms: maxOrder + 1, matvecs: maxOrder, spectralCentre: centre, spectralHalfWidth: halfWidth, tolerance },
  };
}

/**
 * J_0(z) … J_K(z) with K the smallest order whose tail bound 2 Σ_{k>K} |J_k(z)| ≤ tol.
 *
 * @remarks Computed up to K_max = z + 40 + 8 z^{1/3} (J_k(z) falls off like exp(−(2/3)(2(k−z))^{3/2}/√z)
 * past the turning point k = z), and K_max is raised until J_{K_max} is below 10⁻³⁰.
 */
export function truncatedBessel(z: number, tol: number): { values: Float64Array; order: number } {
  let kmax = Math.ceil(z + 40 + 8 * Math.cbrt(z));
  let values = besselJSequence(z, kmax);
  while (Math.abs(values[kmax]) > 1e-30) {
    kmax *= 2;
    values = besselJSequence(z, kmax);
  }
  let tail = 0;
  let order = kmax;
  while (order > 0 && tail + 2 * Math.abs(values[order]) <= tol) {
    tail += 2 * Math.abs(values[order]);
    order--;
  }
  return { values: values.subarray(0, order + 1), order };
}

function dot(aRe: Float64Array, aIm: Float64Array, bRe: Float64Array, bIm: Float64Array): number {
  let s = 0;
  for (let i = 0; i < aRe.length; i++) s += aRe[i] * bRe[i] + aIm[i] * bIm[i];
  return s;
}
