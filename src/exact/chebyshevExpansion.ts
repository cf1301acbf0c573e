import { besselJSequence } from '../linalg/besselJSequence.ts';
import type { BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import { sharedFloat64, sharedInt32 } from '../linalg/sharedArrays.ts';
import { chebyshevSharedMemory, WASM_BLOCK_COPY_MAX_BYTES } from '../linalg/wasm/chebyshevKernelsWasm.ts';
import { MemoryViews } from '../linalg/wasm/memoryViews.ts';
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
  /** Which loops ran (see {@link chebyshevInPasses}). */
  kernel: 'wasm' | 'ts';
}

/**
 * e^{−iHt}ψ(0) at all `times` from one Chebyshev expansion, for H with spectrum inside [c − a, c + a]:
 * {@link chebyshevInPasses} with all times in one pass, the states returned together.
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
  let states: { re: Float64Array; im: Float64Array } = { re: new Float64Array(0), im: new Float64Array(0) };
  // views of a larger (WebAssembly) memory are copied out, so the result does not keep the blocks' copy alive
  // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts), where this is equivalent; the WebAssembly path is checked by spec/exact/chebyshevWasm.spec.ts (only what the result keeps alive changes)
  const own = (a: Float64Array) => (a.byteLength === a.buffer.byteLength ? a : a.slice());
  const run = chebyshevInPasses(op, psi0, times, centre, halfWidth, tolerance, times.length, (_, re, im) => void (states = { re: own(re), im: own(im) }), onProgress);
  return run === null ? null : { ...states, ...run };
}

/**
 * e^{−iHt}ψ(0) at all `times`, for H with spectrum inside [c − a, c + a], holding at most `perPass`
 * output states at once: the times are split into consecutive groups (the first one short, the others
 * `perPass` long) and the recurrence is run once per group, up to that group's largest order.
 *
 * @remarks
 * With H̃ = (H − c)/a: e^{−iHt} = e^{−ict} Σ_k (2 − δ_k0)(−i)^k J_k(a t) T_k(H̃). The vectors
 * φ_k = T_k(H̃)ψ(0) are computed (φ_{k+1} = 2H̃φ_k − φ_{k−1}) and added into every time of the group that
 * still needs them, by the shared-memory kernel ({@link runChebyshevParticipant}) on all available threads,
 * in its WebAssembly f64x2 loops when the blocks fit {@link WASM_BLOCK_COPY_MAX_BYTES} (they are copied
 * into one shared WebAssembly memory with the vectors), else in its TypeScript loops on the blocks in place.
 * Each pass computes the same φ_k and adds them into each ψ(t_j) in the same order, so the states do not
 * depend on `perPass` bit for bit; a split costs the recurrence again up to the earlier groups' orders
 * (for sorted times and two groups, 1 + (T − perPass)/T of one pass).
 * Truncation: K_j is the smallest order with 2Σ_{k>K_j}|J_k(a t_j)| ≤ `tolerance`, which bounds
 * ‖ψ_K(t_j) − ψ(t_j)‖₂ because ‖φ_k‖ ≤ ‖ψ(0)‖ when the spectrum lies in [c − a, c + a]. That premise is
 * verified at every step; when it fails (‖φ_k‖ grew) the result is `null` and the caller widens [c − a, c + a].
 * `onPass(first, re, im)` receives each group's states, time first + i at i·dim of `re`/`im` (global
 * phase included), in time order; the arrays are reused by the next pass. A `null` result can follow
 * `onPass` calls of earlier groups.
 */
export function chebyshevInPasses(
  op: BlockTridiagonalOperator,
  psi0: ComplexVector,
  times: Float64Array,
  centre: number,
  halfWidth: number,
  tolerance: number,
  perPass: number,
  onPass: (first: number, re: Float64Array, im: Float64Array) => void,
  onProgress?: (fraction: number) => void,
): { terms: number; threads: number; kernel: 'wasm' | 'ts' } | null {
  const { dim } = op;
  const T = times.length;
  const m = Math.max(1, Math.min(T, Math.floor(perPass)));
  // the output states and the recurrence's vectors, and (WebAssembly loops) the copy of blocks up to WASM_BLOCK_COPY_MAX_BYTES
  // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts), where this is equivalent; the WebAssembly path is checked by spec/exact/chebyshevWasm.spec.ts
  const blockCopy = 16 * op.blockRe.length <= WASM_BLOCK_COPY_MAX_BYTES ? 16 * op.blockRe.length : 0;
  assertFitsInMemory('times.count', 16 * m * dim + 64 * dim + blockCopy, `${m} output states of dimension ${dim}`);
  const orders = new Int32Array(T);
  const tables: Float64Array[] = [];
  for (let j = 0; j < T; j++) {
    const t = times[j];
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`times[${j}] must be a finite number ≥ 0, got ${t}`);
    const { values, order } = truncatedBessel(halfWidth * t, tolerance);
    tables.push(values);
    orders[j] = order;
  }
  // Stryker disable all: the size > 1 shared-memory choice is equivalent in the serial mutation runs (HAMCHECK_THREADS=1 gives size = 1, and shared and plain arrays compute the same numbers); the threaded path is checked by spec/exact/chebyshevThreads.spec.ts
  const size = op.blockRe.length >= PARALLEL_MIN_ENTRIES ? chebyshevThreads() : 1;
  const f64 = size > 1 ? sharedFloat64 : (length: number) => new Float64Array(length);
  const i32 = size > 1 ? sharedInt32 : (length: number) => new Int32Array(length);
  // the large arrays in a shared WebAssembly memory when its loops can run (chebyshevKernel.ts), the blocks copied
  const large = [op.blockRe.length, op.blockIm.length, 2 * dim, 2 * dim, dim, dim, size * dim, size * dim, m * dim, m * dim];
  const memory = 16 * op.blockRe.length <= WASM_BLOCK_COPY_MAX_BYTES ? chebyshevSharedMemory(MemoryViews.bytesFor(large)) : null;
  const views = memory === null ? null : new MemoryViews(memory);
  const big = views === null ? f64 : (length: number) => views.f64(length);
  // Stryker restore all
  const b: ChebyshevBuffers = {
    dim,
    diagonal: copy(f64(dim), op.diagonal),
    groups: copy(i32(op.groups.length), op.groups),
    // Stryker disable next-line all: sharing the blocks when size > 1 is equivalent in the serial mutation runs (HAMCHECK_THREADS=1 gives size = 1, and shared and plain arrays compute the same numbers); the threaded path is checked by spec/exact/chebyshevThreads.spec.ts
    blockRe: views !== null ? copy(big(op.blockRe.length), op.blockRe) : size > 1 ? inSharedMemory(op.blockRe) : op.blockRe,
    // Stryker disable next-line all: as for blockRe
    blockIm: views !== null ? copy(big(op.blockIm.length), op.blockIm) : size > 1 ? inSharedMemory(op.blockIm) : op.blockIm,
    blockStart: copy(i32(op.blockStart.length), op.blockStart),
    times: 0,
    maxOrder: 0,
    coeffs: f64(0),
    orders: i32(0),
    stateRe: big(2 * dim),
    stateIm: big(2 * dim),
    directRe: big(dim),
    directIm: big(dim),
    scatterRe: big(size * dim),
    scatterIm: big(size * dim),
    accRe: big(m * dim),
    accIm: big(m * dim),
    normParts: f64(size),
    control: i32(4),
    params: f64(3),
    // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts), where this is equivalent; the WebAssembly path is checked by spec/exact/chebyshevWasm.spec.ts
    ...(memory === null ? {} : { memory }),
  };
  let norm0 = 0;
  for (let i = 0; i < dim; i++) norm0 += psi0.re[i] ** 2 + psi0.im[i] ** 2;
  b.params.set([centre, halfWidth, Math.sqrt(norm0) * (1 + 1e-9)]);
  const starts: number[] = [];
  for (let j0 = T - m * Math.ceil(T / m); j0 < T; j0 += m) starts.push(Math.max(0, j0));
  const passOrder = starts.map((j0, g) => largest(orders.subarray(j0, starts[g + 1] ?? T)));
  const work = passOrder.reduce((a, k) => a + k, 0);
  let done = 0;
  for (let g = 0; g < starts.length; g++) {
    const j0 = starts[g];
    const count = (starts[g + 1] ?? T) - j0;
    const stride = passOrder[g] + 1;
    b.times = count;
    b.maxOrder = passOrder[g];
    b.coeffs = f64(count * stride);
    for (let j = 0; j < count; j++) {
      for (let k = 0; k <= orders[j0 + j]; k++) {
        // (2 − δ_k0)(−i)^k J_k: the sign of (−i)^k is + for k ≡ 0, 3 and − for k ≡ 1, 2 (mod 4); the factor i is applied in the kernel
        const sign = (k & 3) === 0 || (k & 3) === 3 ? 1 : -1;
        b.coeffs[j * stride + k] = sign * (k === 0 ? 1 : 2) * tables[j0 + j][k];
      }
    }
    b.orders = copy(i32(count), orders.subarray(j0, j0 + count));
    b.control = i32(4);
    b.control[3] = size;
    b.stateRe.fill(0).set(psi0.re);
    b.stateIm.fill(0).set(psi0.im);
    if (g > 0) {
      b.accRe.fill(0);
      b.accIm.fill(0);
    }
    const before = done;
    const ok = runChebyshevKernel(b, onProgress && ((f) => onProgress((before + f * passOrder[g]) / Math.max(1, work))));
    if (!ok) return null;
    done += passOrder[g];
    for (let j = 0; j < count; j++) {
      // global phase e^{−ict} of the spectral shift
      const cr = Math.cos(centre * times[j0 + j]);
      const ci = -Math.sin(centre * times[j0 + j]);
      for (let i = j * dim; i < (j + 1) * dim; i++) {
        const r = b.accRe[i];
        b.accRe[i] = cr * r - ci * b.accIm[i];
        b.accIm[i] = cr * b.accIm[i] + ci * r;
      }
    }
    onPass(j0, b.accRe.subarray(0, count * dim), b.accIm.subarray(0, count * dim));
  }
  return { terms: largest(orders) + 1, threads: size, kernel: memory === null ? 'ts' : 'wasm' };
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

/** max(0, largest entry) without spreading (T can exceed the argument limit). */
function largest(a: Int32Array): number {
  let m = 0;
  for (const x of a) m = Math.max(m, x);
  return m;
}

/** The array itself when it already lives in a SharedArrayBuffer (the models' blocks do), else a shared copy. */
function inSharedMemory(a: Float64Array): Float64Array {
  return a.buffer instanceof SharedArrayBuffer ? a : copy(sharedFloat64(a.length), a);
}

function copy<T extends Float64Array | Int32Array>(target: T, source: ArrayLike<number>): T {
  target.set(source);
  return target;
}
