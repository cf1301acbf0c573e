import { besselJSequence } from '../linalg/besselJSequence.ts';
import type { BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChebyshevBuffers } from './chebyshevKernel.ts';
import { chebyshevThreads, runChebyshevKernel } from './chebyshevWorkerPool.ts';

/** Below this many block entries a step is too short to share between threads. */
const PARALLEL_MIN_ENTRIES = 40_000;

/** ψ(t_j) for every output time, row j of `re`/`im` (length T·dim), global phase included. */
export interface ChebyshevStates {
  re: Float64Array;
  im: Float64Array;
  /** Terms of the expansion (matvecs + 1). */
  terms: number;
  threads: number;
}

/**
 * e^{−iHt}ψ(0) at all `times` from one Chebyshev expansion, for H with spectrum inside [c − a, c + a].
 *
 * @remarks
 * With H̃ = (H − c)/a: e^{−iHt} = e^{−ict} Σ_k (2 − δ_k0)(−i)^k J_k(a t) T_k(H̃). The vectors
 * φ_k = T_k(H̃)ψ(0) are computed once (φ_{k+1} = 2H̃φ_k − φ_{k−1}) and added into every time that still
 * needs them, by the shared-memory kernel ({@link runChebyshevParticipant}) on all available threads.
 * Truncation: K_j is the smallest order with 2Σ_{k>K_j}|J_k(a t_j)| ≤ `tolerance`, which bounds
 * ‖ψ_K(t_j) − ψ(t_j)‖₂ because ‖φ_k‖ ≤ ‖ψ(0)‖ when the spectrum lies in [c − a, c + a]. That premise is
 * verified at every step; when it fails (‖φ_k‖ grew) the result is `null` and the caller widens [c − a, c + a].
 */
export function chebyshevExpansion(
  op: BlockTridiagonalOperator,
  psi0: ComplexVector,
  times: Float64Array,
  centre: number,
  halfWidth: number,
  tolerance: number,
  onProgress?: (fraction: number) => void,
): ChebyshevStates | null {
  const { dim } = op;
  const T = times.length;
  assertFitsInMemory('times.count', 16 * T * dim + 64 * dim, `${T} output states of dimension ${dim}`);
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
  // Stryker disable all: the size > 1 shared-memory choice is equivalent in the serial mutation runs (HAMCHECK_THREADS=1 gives size = 1, and shared and plain arrays compute the same numbers); the threaded path is checked by spec/exact/chebyshevThreads.spec.ts
  const size = op.blockRe.length >= PARALLEL_MIN_ENTRIES ? chebyshevThreads() : 1;
  const f64 = size > 1 ? sharedFloat64 : (length: number) => new Float64Array(length);
  const i32 = size > 1 ? sharedInt32 : (length: number) => new Int32Array(length);
  // Stryker restore all
  const stride = maxOrder + 1;
  const coeffs = f64(T * stride);
  for (let j = 0; j < T; j++) {
    for (let k = 0; k <= orders[j]; k++) {
      // (2 − δ_k0)(−i)^k J_k: the sign of (−i)^k is + for k ≡ 0, 3 and − for k ≡ 1, 2 (mod 4); the factor i is applied in the kernel
      const sign = (k & 3) === 0 || (k & 3) === 3 ? 1 : -1;
      coeffs[j * stride + k] = sign * (k === 0 ? 1 : 2) * tables[j][k];
    }
  }
  const b: ChebyshevBuffers = {
    dim,
    diagonal: copy(f64(dim), op.diagonal),
    groups: copy(i32(op.groups.length), op.groups),
    // Stryker disable next-line all: copying the blocks into shared memory when size > 1 is equivalent in the serial mutation runs (HAMCHECK_THREADS=1 gives size = 1, and shared and plain arrays compute the same numbers); the threaded path is checked by spec/exact/chebyshevThreads.spec.ts
    blockRe: size > 1 ? copy(f64(op.blockRe.length), op.blockRe) : op.blockRe,
    // Stryker disable next-line all: as for blockRe
    blockIm: size > 1 ? copy(f64(op.blockIm.length), op.blockIm) : op.blockIm,
    blockStart: copy(i32(op.blockStart.length), op.blockStart),
    times: T,
    maxOrder,
    coeffs,
    orders: copy(i32(T), orders),
    stateRe: f64(2 * dim),
    stateIm: f64(2 * dim),
    directRe: f64(dim),
    directIm: f64(dim),
    scatterRe: f64(size * dim),
    scatterIm: f64(size * dim),
    accRe: f64(T * dim),
    accIm: f64(T * dim),
    normParts: f64(size),
    control: i32(4),
    params: f64(3),
  };
  b.stateRe.set(psi0.re);
  b.stateIm.set(psi0.im);
  b.control[3] = size;
  let norm0 = 0;
  for (let i = 0; i < dim; i++) norm0 += psi0.re[i] ** 2 + psi0.im[i] ** 2;
  b.params.set([centre, halfWidth, Math.sqrt(norm0) * (1 + 1e-9)]);
  if (!runChebyshevKernel(b, onProgress)) return null;
  for (let j = 0; j < T; j++) {
    // global phase e^{−ict} of the spectral shift
    const cr = Math.cos(centre * times[j]);
    const ci = -Math.sin(centre * times[j]);
    for (let i = j * dim; i < (j + 1) * dim; i++) {
      const r = b.accRe[i];
      b.accRe[i] = cr * r - ci * b.accIm[i];
      b.accIm[i] = cr * b.accIm[i] + ci * r;
    }
  }
  return { re: b.accRe, im: b.accIm, terms: maxOrder + 1, threads: size };
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

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)), 0, length);
}

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)), 0, length);
}

function copy<T extends Float64Array | Int32Array>(target: T, source: ArrayLike<number>): T {
  target.set(source);
  return target;
}
