import { HamcheckNumericalError } from '../errors.ts';
import { besselJSequence } from '../linalg/besselJSequence.ts';
import { lanczosSpectralBounds } from '../linalg/lanczosSpectralBounds.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ChainModel, ComplexVector } from '../model/modelSpec.ts';
import type { PropagationOptions, PropagationResult, Propagator } from './propagation.ts';
import { type ChebyshevBuffers } from './chebyshevKernel.ts';
import { chebyshevThreads, runChebyshevKernel } from './chebyshevWorkerPool.ts';
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

/** Below this many coupling entries (N−1)·n² a step is too short to share between threads. */
const PARALLEL_MIN_ENTRIES = 40_000;

function expand(
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  centre: number,
  halfWidth: number,
  tolerance: number,
  options: PropagationOptions,
): PropagationResult | null {
  const { sites: N, levels: n } = model;
  const dim = N * n;
  const T = times.length;
  const orders = new Int32Array(T);
  const tables: Float64Array[] = [];
  let maxOrder = 0;
  for (let j = 0; j < T; j++) {
    const t = times[j];
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`times[${j}] must be a finite number ≥ 0, got ${t}`);
    const { values, order } = truncatedBessel(halfWidth * t, tolerance);
    tables.push(values);
    orders[j] = order;
    maxOrder = Math.max(maxOrder, order);
  }
  const size = (N - 1) * n * n >= PARALLEL_MIN_ENTRIES ? chebyshevThreads() : 1;
  const alloc = size > 1 ? sharedFloat64 : (length: number) => new Float64Array(length);
  const stride = maxOrder + 1;
  const coeffs = alloc(T * stride);
  for (let j = 0; j < T; j++) {
    for (let k = 0; k <= orders[j]; k++) {
      // (2 − δ_k0)(−i)^k J_k: the sign of (−i)^k is + for k ≡ 0, 3 and − for k ≡ 1, 2 (mod 4); the factor i is applied in the kernel
      const sign = (k & 3) === 0 || (k & 3) === 3 ? 1 : -1;
      coeffs[j * stride + k] = sign * (k === 0 ? 1 : 2) * tables[j][k];
    }
  }
  const buffers: ChebyshevBuffers = {
    sites: N,
    levels: n,
    times: T,
    maxOrder,
    energies: copyInto(alloc(dim), model.energies),
    couplingRe: concatBlocks(alloc, model.couplingRe, n),
    couplingIm: concatBlocks(alloc, model.couplingIm, n),
    coeffs,
    orders: size > 1 ? copyInto(new Int32Array(new SharedArrayBuffer(4 * T)), orders) : orders,
    stateRe: alloc(2 * dim),
    stateIm: alloc(2 * dim),
    directRe: alloc(dim),
    directIm: alloc(dim),
    scatterRe: alloc(size * dim),
    scatterIm: alloc(size * dim),
    accRe: alloc(T * dim),
    accIm: alloc(T * dim),
    normParts: alloc(size),
    control: size > 1 ? new Int32Array(new SharedArrayBuffer(16)) : new Int32Array(4),
    params: alloc(3),
  };
  buffers.stateRe.set(psi0.re);
  buffers.stateIm.set(psi0.im);
  buffers.control[3] = size;
  let norm0 = 0;
  for (let i = 0; i < dim; i++) norm0 += psi0.re[i] ** 2 + psi0.im[i] ** 2;
  buffers.params.set([centre, halfWidth, Math.sqrt(norm0) * (1 + 1e-9)]);
  if (!runChebyshevKernel(buffers, options.onProgress)) return null;
  const populations: Float64Array[] = [];
  const norms = new Float64Array(T);
  for (let j = 0; j < T; j++) {
    const re = buffers.accRe.subarray(j * dim, (j + 1) * dim);
    const im = buffers.accIm.subarray(j * dim, (j + 1) * dim);
    // Global phase e^{−ict} of the spectral shift.
    const cr = Math.cos(centre * times[j]);
    const ci = -Math.sin(centre * times[j]);
    let norm2 = 0;
    for (let i = 0; i < dim; i++) {
      const r = re[i];
      re[i] = cr * r - ci * im[i];
      im[i] = cr * im[i] + ci * r;
      norm2 += re[i] * re[i] + im[i] * im[i];
    }
    populations.push(sitePopulations(re, im, N, n));
    norms[j] = Math.sqrt(norm2);
    options.onState?.(j, re, im);
  }
  options.onProgress?.(1);
  return {
    method: 'chebyshev',
    times,
    populations,
    norms,
    details: { terms: maxOrder + 1, matvecs: maxOrder, threads: size, spectralCentre: centre, spectralHalfWidth: halfWidth, tolerance },
  };
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)), 0, length);
}

function copyInto<T extends Float64Array | Int32Array>(target: T, source: ArrayLike<number>): T {
  target.set(source);
  return target;
}

function concatBlocks(alloc: (length: number) => Float64Array, blocks: readonly Float64Array[], n: number): Float64Array {
  const out = alloc(blocks.length * n * n);
  blocks.forEach((b, mu) => out.set(b, mu * n * n));
  return out;
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
