import { fusedBlockRows } from '../linalg/fusedBlockRows.ts';
import { address, type ChebyshevWasm, chebyshevKernelsFor } from '../linalg/wasm/chebyshevKernelsWasm.ts';
import type { WasmMemory } from '../linalg/wasm/wasmApi.ts';

/**
 * The Chebyshev recurrence of {@link chebyshevPropagator} as a loop that `size` participants (the main
 * thread and worker threads) run together over shared typed arrays; with size = 1 it is the serial path.
 *
 * @remarks
 * Step k (eq. numbers: the recurrence φ_{k+1} = 2H̃φ_k − φ_{k−1}, H̃ = (H − c)/a):
 * A. each participant takes its share of the rows of every block C_g and, in one pass over those rows,
 *    forms the row sums (C_g x_{g+1})_i into `direct` and scatters C_g† x_g into its private `scatter`;
 * B. (barrier) each participant combines its share of all rows:
 *    y_r ← α((d_r − c)x_r + direct_r + Σ_w scatter_w,r) + β y_r, and its part of ‖y‖²;
 * C. (barrier) every participant checks ‖φ_k‖ ≤ growthLimit (the spectral-bound verification) and adds
 *    c_jk φ_k into the output times j ≡ rank (mod size).
 * Two barriers per step. The result is independent of `size` up to the order of the scatter sums.
 *
 * With `memory` set, the blocks, states, direct, scatter and output arrays are views of that shared
 * WebAssembly memory and every participant runs phases A and C in its f64x2 kernels
 * (src/linalg/wasm/chebyshevKernels.wat): phase C and the scatter of A are the TypeScript loops' sums bit
 * for bit, the row sums of A are summed in two lanes (within cols·ε·Σ|terms| of the sequential sums).
 */
export interface ChebyshevBuffers {
  /** The operator H (see {@link BlockTridiagonalOperator}). */
  dim: number;
  diagonal: Float64Array;
  groups: Int32Array;
  blockRe: Float64Array;
  blockIm: Float64Array;
  blockStart: Int32Array;
  times: number;
  maxOrder: number;
  /** c-table: coefficient of order k for time j at j·(maxOrder + 1) + k, sign and weight included. */
  coeffs: Float64Array;
  orders: Int32Array;
  /** Two state slots of `dim` each: φ_k and φ_{k∓1}. */
  stateRe: Float64Array;
  stateIm: Float64Array;
  directRe: Float64Array;
  directIm: Float64Array;
  /** One `dim` scatter buffer per participant. */
  scatterRe: Float64Array;
  scatterIm: Float64Array;
  /** Output accumulators, time j at j·dim. */
  accRe: Float64Array;
  accIm: Float64Array;
  normParts: Float64Array;
  /** [0] barrier count, [1] barrier generation, [2] abort flag, [3] participants. */
  control: Int32Array;
  /** [centre, halfWidth, growthLimit]. */
  params: Float64Array;
  /** The shared WebAssembly memory the large arrays live in, when the WebAssembly loops run (see above). */
  memory?: WasmMemory;
}

/** Runs participant `rank`; returns false when the Chebyshev vectors grew (spectrum outside [c − a, c + a]). */
export function runChebyshevParticipant(b: ChebyshevBuffers, rank: number, onProgress?: (fraction: number) => void): boolean {
  const size = b.control[3];
  const { dim, maxOrder } = b;
  const [centre, halfWidth, growthLimit] = b.params;
  // Stryker disable next-line all: rank = 0 of size = 1 in the serial mutation runs, so every arithmetic mutant of 0·dim/1 is still 0 (equivalent)
  const r0 = Math.floor((rank * dim) / size);
  const r1 = Math.floor(((rank + 1) * dim) / size);
  const progressEvery = Math.max(1, Math.floor(maxOrder / 100));
  // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts, no memory); the WebAssembly ones are checked by spec/exact/chebyshevWasm.spec.ts
  const wasm = b.memory === undefined ? null : chebyshevKernelsFor(b.memory);
  let cur = 0;
  accumulate(b, 0, cur, rank, size, wasm);
  for (let k = 1; k <= maxOrder; k++) {
    const other = cur ^ 1;
    matvecRows(b, cur * dim, rank * dim, rank, size, wasm);
    barrier(b.control, size);
    combineRows(b, cur * dim, other * dim, r0, r1, rank, size, centre, k === 1 ? 1 / halfWidth : 2 / halfWidth, k === 1 ? 0 : -1);
    barrier(b.control, size);
    let norm2 = 0;
    for (let w = 0; w < size; w++) norm2 += b.normParts[w];
    if (Math.sqrt(norm2) > growthLimit) return false;
    cur = other;
    accumulate(b, k, cur, rank, size, wasm);
    if (onProgress && k % progressEvery === 0) onProgress(k / maxOrder);
  }
  barrier(b.control, size);
  return true;
}

/** Phase A for this participant's share of the rows of every block, reading the state slot at `x`. */
function matvecRows(b: ChebyshevBuffers, x: number, s: number, rank: number, size: number, wasm: ChebyshevWasm | null): void {
  const { groups, dim } = b;
  b.scatterRe.fill(0, s + groups[1], s + dim);
  b.scatterIm.fill(0, s + groups[1], s + dim);
  for (let g = 0; g + 2 < groups.length; g++) {
    const top = groups[g];
    const bot = groups[g + 1];
    const rows = bot - top;
    // Stryker disable next-line all: rank = 0 of size = 1 in the serial mutation runs: every arithmetic mutant of 0·rows/1 is still 0 (equivalent)
    const i0 = Math.floor((rank * rows) / size);
    const i1 = Math.floor(((rank + 1) * rows) / size);
    b.directRe.fill(0, top + i0, top + i1);
    b.directIm.fill(0, top + i0, top + i1);
    const cols = groups[g + 2] - bot;
    // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts); checked by spec/exact/chebyshevWasm.spec.ts
    if (wasm !== null) {
      const c = b.blockStart[g];
      // prettier-ignore
      wasm.fusedBlockRows(address(b.blockRe, c), address(b.blockIm, c), cols, i0, i1, 1, address(b.stateRe, x + top), address(b.stateIm, x + top), address(b.stateRe, x + bot), address(b.stateIm, x + bot), address(b.directRe, top), address(b.directIm, top), address(b.scatterRe, s + bot), address(b.scatterIm, s + bot));
    } else {
      fusedBlockRows(b.blockRe, b.blockIm, b.blockStart[g], cols, i0, i1, 1, b.stateRe, b.stateIm, x + top, x + bot, b.directRe, b.directIm, top, b.scatterRe, b.scatterIm, s + bot);
    }
  }
}

/** Phase B for rows [r0, r1): y ← α((E − c)x + direct + Σ scatter) + βy, and this share of ‖y‖². */
function combineRows(
  b: ChebyshevBuffers,
  x: number,
  y: number,
  r0: number,
  r1: number,
  rank: number,
  size: number,
  centre: number,
  alpha: number,
  beta: number,
): void {
  const { dim } = b;
  const { stateRe: re, stateIm: im, diagonal: e, directRe: dRe, directIm: dIm, scatterRe: sRe, scatterIm: sIm } = b;
  let norm2 = 0;
  for (let r = r0; r < r1; r++) {
    let hr = (e[r] - centre) * re[x + r] + dRe[r];
    let hi = (e[r] - centre) * im[x + r] + dIm[r];
    for (let w = 0; w < size; w++) {
      hr += sRe[w * dim + r];
      hi += sIm[w * dim + r];
    }
    const yr = alpha * hr + beta * re[y + r];
    const yi = alpha * hi + beta * im[y + r];
    re[y + r] = yr;
    im[y + r] = yi;
    norm2 += yr * yr + yi * yi;
  }
  b.normParts[rank] = norm2;
}

/** Phase C: acc_j += c_jk φ_k for this participant's times j ≡ rank (mod size). */
function accumulate(b: ChebyshevBuffers, k: number, slot: number, rank: number, size: number, wasm: ChebyshevWasm | null): void {
  const { dim } = b;
  const stride = b.maxOrder + 1;
  const x = slot * dim;
  const { stateRe: re, stateIm: im, accRe, accIm } = b;
  const imaginary = (k & 1) === 1; // (−i)^k is real for even k, imaginary for odd k
  for (let j = rank; j < b.times; j += size) {
    if (k > b.orders[j]) continue;
    const w = b.coeffs[j * stride + k];
    const a = j * dim;
    // Stryker disable next-line all: the mutation runs use the TypeScript loops (HAMCHECK_KERNEL=ts); checked by spec/exact/chebyshevWasm.spec.ts
    if (wasm !== null) wasm.accumulate(address(accRe, a), address(accIm, a), address(re, x), address(im, x), dim, w, imaginary ? 1 : 0);
    else if (!imaginary) {
      for (let i = 0; i < dim; i++) {
        accRe[a + i] += w * re[x + i];
        accIm[a + i] += w * im[x + i];
      }
    } else {
      for (let i = 0; i < dim; i++) {
        accRe[a + i] -= w * im[x + i];
        accIm[a + i] += w * re[x + i];
      }
    }
  }
}

/** Seconds a participant waits at a barrier before declaring the others lost. */
const BARRIER_TIMEOUT_MS = 120_000;

/** A reusable barrier on control[0] (count) and control[1] (generation); control[2] ≠ 0 aborts. */
export function barrier(control: Int32Array, size: number): void {
  // Stryker disable all: with size = 1 (the serial mutation runs, HAMCHECK_THREADS=1) the barrier returns at once and the rest is never reached, so its mutants are equivalent or uncovered there; the multi-participant barrier is checked by spec/exact/chebyshevThreads.spec.ts and chebyshevWorkerError.spec.ts
  if (size === 1) return;
  const gen = Atomics.load(control, 1);
  if (Atomics.add(control, 0, 1) === size - 1) {
    Atomics.store(control, 0, 0);
    Atomics.add(control, 1, 1);
    Atomics.notify(control, 1);
    return;
  }
  for (let spin = 0; spin < 2000; spin++) if (Atomics.load(control, 1) !== gen) return;
  const start = Date.now();
  while (Atomics.load(control, 1) === gen) {
    if (Atomics.load(control, 2) !== 0) throw new Error('chebyshev kernel: a participant failed');
    if (Date.now() - start > BARRIER_TIMEOUT_MS) throw new Error('chebyshev kernel: a participant stopped responding');
    Atomics.wait(control, 1, gen, 20);
  }
  // Stryker restore all
}
