/**
 * bandPopulation on worker threads: the output times split over 2 threads give every population bit for
 * bit as the serial path (the same operations per time), for both evaluation orders; the threshold and
 * HAMCHECK_THREADS=1 keep it serial; a worker's error reaches the caller with its message.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bandPopulation, bandPopulationStrategy } from '../../src/exact/bandPopulation.ts';
import { stopBandPopulationWorkers } from '../../src/exact/bandPopulationWorkerPool.ts';
import { eigenSystem } from '../../src/exact/eigenPropagator.ts';
import { initialState } from '../../src/model/initialState.ts';
import { seededChain } from '../support/smallModels.ts';
import { withEnv } from '../support/withEnv.ts';
import { FAILURE_MESSAGE } from './fixtures/failingBandPopulationKernel.ts';

const FAILING = new URL('./fixtures/failingBandPopulationKernel.ts', import.meta.url).href;

afterAll(() => stopBandPopulationWorkers());

/** Runs `f` with HAMCHECK_THREADS = `threads`. */
const withThreads = <T>(threads: string, f: () => T): T => withEnv({ HAMCHECK_THREADS: threads }, f);

/** The bits of every population, state after state (so −0, NaN payloads and the last ulp all count). */
function bits(rows: Float64Array[]): BigUint64Array {
  const all = new Float64Array(rows.reduce((k, r) => k + r.length, 0));
  let k = 0;
  for (const r of rows) {
    all.set(r, k);
    k += r.length;
  }
  return new BigUint64Array(all.buffer);
}

/** A chain, its decomposition, S band states of `site` (0-based) and 7 times (7 = 3 + 4: uneven chunks on 2 threads). */
function problem(sites: number, levels: number, site: number, count: number) {
  const model = seededChain(sites, levels, { coupling: 0.01, bandWidth: 0.05, seed: 9 });
  const sys = eigenSystem(model);
  const states = Array.from({ length: count }, (_, s) => initialState({ site: site + 1, seed: 60 + s }, sites, levels));
  const times = Float64Array.of(0, 3, 40, 250, 999.5, 3000, 12_345.6);
  return { sys, states, times };
}

describe('threaded bandPopulation', () => {
  it.each([
    [2, 40, 0, 70, 'direct'], // two state blocks, inner dimension D = 80
    [3, 20, 1, 100, 'shortcut'], // W(t) of 20 rows, D = 60, two state blocks
  ] as const)('N = %i, n = %i, site %i, %i states (%s): 2 threads equal 1 thread bit for bit', (N, n, site, S, strategy) => {
    expect(bandPopulationStrategy(n, N * n, S)).toBe(strategy);
    const { sys, states, times } = problem(N, n, site, S);
    const run = (threads: string) => withThreads(threads, () => bandPopulation(sys, site, states, times, { parallelMinWork: 0 }));
    const serial = run('1');
    const parallel = run('2');
    expect(parallel).toHaveLength(S);
    expect(parallel.every((r) => r.length === times.length && !(r.buffer instanceof SharedArrayBuffer))).toBe(true);
    expect(bits(parallel)).toEqual(bits(serial));
    // and the serial path is the one eigenSystem uses below the threshold (this case is far below it)
    expect(bits(sys.bandPopulation(site, states, times))).toEqual(bits(serial));
  });

  it("rethrows a worker's own error message, naming the worker, and a fresh pool then succeeds", () => {
    const { sys, states, times } = problem(2, 40, 0, 70);
    let caught: unknown;
    try {
      withThreads('2', () => bandPopulation(sys, 0, states, times, { parallelMinWork: 0, kernelUrl: FAILING }));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe(`band population kernel, worker 1: RangeError: ${FAILURE_MESSAGE} (rank 1)`);
    expect(((caught as Error).cause as Error).message).toBe('band population kernel: a participant failed');
    const serial = withThreads('1', () => bandPopulation(sys, 0, states, times));
    expect(bits(withThreads('2', () => bandPopulation(sys, 0, states, times, { parallelMinWork: 0 })))).toEqual(bits(serial));
  });

  it('reports a kernel module that cannot be loaded, with the loader error', () => {
    const { sys, states, times } = problem(2, 40, 0, 70);
    const missing = new URL('./fixtures/noSuchKernel.ts', import.meta.url).href;
    expect(() => withThreads('2', () => bandPopulation(sys, 0, states, times, { parallelMinWork: 0, kernelUrl: missing }))).toThrow(
      /^band population kernel, worker 1: Error: could not load the kernel .*noSuchKernel\.ts/,
    );
  });

  it('stays on this thread below the threshold and with HAMCHECK_THREADS=1 (the failing workers are never asked)', () => {
    const { sys, states, times } = problem(2, 40, 0, 70);
    // 7 times × (n·D·S + n·D) = 7 × 227 200 ≈ 1.6·10⁶ multiply-adds: below the default threshold
    const below = withThreads('2', () => bandPopulation(sys, 0, states, times, { kernelUrl: FAILING }));
    const single = withThreads('1', () => bandPopulation(sys, 0, states, times, { parallelMinWork: 0, kernelUrl: FAILING }));
    expect(bits(single)).toEqual(bits(below));
    // one output time gives one participant whatever the thread count
    const one = withThreads('2', () => bandPopulation(sys, 0, states, times.subarray(2, 3), { parallelMinWork: 0, kernelUrl: FAILING }));
    expect(bits(one)).toEqual(bits(below.map((r) => r.subarray(2, 3))));
  });
});
