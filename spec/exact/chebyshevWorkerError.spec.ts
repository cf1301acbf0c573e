/**
 * A worker thread's error reaches the caller with its message (not only the main thread's "a participant
 * failed" from the barrier), and the failed pool is not reused.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ChebyshevBuffers } from '../../src/exact/chebyshevKernel.ts';
import { runChebyshevKernel, stopChebyshevWorkers } from '../../src/exact/chebyshevWorkerPool.ts';
import { FAILURE_MESSAGE } from './fixtures/failingChebyshevKernel.ts';

const f64 = (n: number) => new Float64Array(new SharedArrayBuffer(8 * Math.max(1, n)), 0, n);
const i32 = (n: number) => new Int32Array(new SharedArrayBuffer(4 * Math.max(1, n)), 0, n);

/** Shared buffers of a 2-level, one-group operator (H = diag(1, 2)), one time, order 3, `size` participants. */
function buffers(size: number): ChebyshevBuffers {
  const dim = 2;
  const b: ChebyshevBuffers = {
    dim,
    diagonal: f64(dim),
    groups: i32(2),
    blockRe: f64(0),
    blockIm: f64(0),
    blockStart: i32(0),
    times: 1,
    maxOrder: 3,
    coeffs: f64(4),
    orders: i32(1),
    stateRe: f64(2 * dim),
    stateIm: f64(2 * dim),
    directRe: f64(dim),
    directIm: f64(dim),
    scatterRe: f64(size * dim),
    scatterIm: f64(size * dim),
    accRe: f64(dim),
    accIm: f64(dim),
    normParts: f64(size),
    control: i32(4),
    params: f64(3),
  };
  b.diagonal.set([1, 2]);
  b.groups.set([0, 2]);
  b.orders[0] = 3;
  b.stateRe[0] = 1;
  b.control[3] = size;
  b.params.set([1.5, 1, 1 + 1e-9]);
  return b;
}

afterAll(() => stopChebyshevWorkers());

describe('runChebyshevKernel with a failing worker', () => {
  const failing = new URL('./fixtures/failingChebyshevKernel.ts', import.meta.url).href;

  it("rethrows the worker's own error message, naming the worker", () => {
    let caught: unknown;
    try {
      runChebyshevKernel(buffers(2), undefined, failing);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe(`chebyshev kernel, worker 1: RangeError: ${FAILURE_MESSAGE} (rank 1)`);
    expect(((caught as Error).cause as Error).message).toBe('chebyshev kernel: a participant failed');
  });

  it('with several workers failing, the message of one that raised the abort reaches the caller', () => {
    // the abort flag is raised only after the message is posted, so the worker that woke rank 0 is always
    // reported; a second worker may not have failed yet when rank 0 reads, so it is not required
    expect(() => runChebyshevKernel(buffers(3), undefined, failing)).toThrow(
      new RegExp(`^chebyshev kernel, worker ([12]): RangeError: ${FAILURE_MESSAGE} \\(rank \\1\\)`),
    );
  });

  it('reports a kernel module that cannot be loaded, with the loader error', () => {
    const missing = new URL('./fixtures/noSuchKernel.ts', import.meta.url).href;
    expect(() => runChebyshevKernel(buffers(2), undefined, missing)).toThrow(/^chebyshev kernel, worker 1: Error: could not load the kernel .*noSuchKernel\.ts/);
  });

  it('the real kernel on the same buffers still succeeds afterwards (a fresh pool)', () => {
    const b = buffers(2);
    expect(runChebyshevKernel(b)).toBe(true);
    // T₀ + T₁ + T₂ + T₃ terms with zero coefficients: the accumulator stays 0, the state stays normalized
    expect(Array.from(b.accRe)).toEqual([0, 0]);
  });
});
