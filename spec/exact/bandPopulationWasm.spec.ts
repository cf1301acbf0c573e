/**
 * bandPopulation on the WebAssembly SIMD kernel against the TypeScript kernel: every population bit
 * for bit the same (both sum each entry in the same order), for both evaluation orders, odd and even
 * band sizes (the padding row), state counts off the kernel's 4-column quads and over several state
 * blocks, serial and on 2 threads; HAMCHECK_KERNEL=ts selects the TypeScript kernel.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bandPopulation, bandPopulationStrategy } from '../../src/exact/bandPopulation.ts';
import { stopBandPopulationWorkers } from '../../src/exact/bandPopulationWorkerPool.ts';
import { wasmArenaBytes } from '../../src/exact/bandPopulationWasmKernel.ts';
import { eigenSystem } from '../../src/exact/eigenPropagator.ts';
import { initialState } from '../../src/model/initialState.ts';
import { seededChain } from '../support/smallModels.ts';
import { withEnv } from '../support/withEnv.ts';

afterAll(() => stopBandPopulationWorkers());

/** The bits of every population, state after state (so −0 and the last ulp count). */
function bits(rows: Float64Array[]): BigUint64Array {
  const all = new Float64Array(rows.flatMap((r) => [...r]));
  return new BigUint64Array(all.buffer);
}

describe('bandPopulation on the WebAssembly kernel', () => {
  it('has an arena here (WebAssembly SIMD on every supported Node), so the cases below compare two kernels', () => {
    expect(withEnv({ HAMCHECK_KERNEL: 'wasm' }, () => wasmArenaBytes(20, 60, 10, true))).toBeGreaterThan(0);
    expect(withEnv({ HAMCHECK_KERNEL: 'ts' }, () => wasmArenaBytes(20, 60, 10, true))).toBeUndefined();
  });

  it.each([
    [2, 40, 0, 70, 'direct'], // inner dimension D = 80; 70 states: a partial quad
    [3, 21, 1, 300, 'shortcut'], // odd n (a padding row), 300 states: two blocks of 256
    [2, 15, 1, 31, 'shortcut'], // odd n, fewer states than one block
  ] as const)('N = %i, n = %i, site %i, %i states (%s): bit for bit the TypeScript kernel, serial and on 2 threads', (N, n, site, S, strategy) => {
    expect(bandPopulationStrategy(n, N * n, S)).toBe(strategy);
    const model = seededChain(N, n, { coupling: 0.01, bandWidth: 0.05, seed: 9 });
    const sys = eigenSystem(model);
    const states = Array.from({ length: S }, (_, s) => initialState({ site: site + 1, seed: 60 + s }, N, n));
    const times = Float64Array.of(0, 3, 40, 250, 999.5, 3000, 12_345.6);
    const run = (kernel: string, threads: string) =>
      withEnv({ HAMCHECK_KERNEL: kernel, HAMCHECK_THREADS: threads }, () => bandPopulation(sys, site, states, times, { parallelMinWork: 0 }));
    const ts = bits(run('ts', '1'));
    expect(bits(run('wasm', '1'))).toEqual(ts);
    expect(bits(run('wasm', '2'))).toEqual(ts);
  });
});
