/**
 * Chebyshev propagation in the WebAssembly loops against the TypeScript loops (HAMCHECK_KERNEL=ts) and
 * against the independent eigendecomposition: each within the derived Chebyshev-vs-eigen bound, so the two
 * loops within twice it of each other; serial and on 2 threads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stopChebyshevWorkers } from '../../src/exact/chebyshevWorkerPool.ts';
import { chebyshevVsEigenBound } from '../../src/bench/accuracyFigures.ts';
import { propagate } from '../../src/exact/propagate.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { initialState } from '../../src/model/initialState.ts';
import { expectWithin, seededChain } from '../support/smallModels.ts';
import { withEnv } from '../support/withEnv.ts';

afterAll(() => stopChebyshevWorkers());

const maxDelta = (a: Float64Array[], b: Float64Array[]) => Math.max(...a.map((p, j) => Math.max(...p.map((x, mu) => Math.abs(x - b[j][mu])))));

describe('Chebyshev propagation on the WebAssembly loops', () => {
  it.each([
    [3, 151, '1'], // odd n: odd block rows and columns
    [4, 120, '2'], // 120·120·3 entries ≥ the threading threshold: 2 participants
  ])('N = %i, n = %i, %s thread(s): the same populations as the TypeScript loops and as the eigendecomposition', (N, n, threads) => {
    const model = seededChain(N, n, { coupling: 0.025 / n, bandWidth: 0.05, ensemble: 'GUE', seed: 31 });
    const psi = initialState({ site: 1, seed: 5 }, N, n);
    const tmax = 5 / decayConstant(model);
    const times = Float64Array.from({ length: 41 }, (_, j) => (tmax * j) / 40);
    const run = (kernel: string) => withEnv({ HAMCHECK_KERNEL: kernel, HAMCHECK_THREADS: threads }, () => propagate(model, psi, times, { method: 'chebyshev' }));
    const wasm = run('wasm');
    const ts = run('ts');
    expect(wasm.details.kernel).toBe('wasm');
    expect(ts.details.kernel).toBe('ts');
    expect(wasm.details.threads).toBe(Number(threads));
    const eigen = propagate(model, psi, times, { method: 'eigen' });
    const bound = chebyshevVsEigenBound(model, tmax); // 2(τ + dim·ε·(1 + ‖H − σ‖·t_max)), derived in src/bench/accuracyFigures.ts
    expectWithin(maxDelta(wasm.populations, eigen.populations), bound, 'max |P_wasm − P_eigen|');
    expectWithin(maxDelta(ts.populations, eigen.populations), bound, 'max |P_ts − P_eigen|');
    // the two loops against each other: the triangle inequality through the eigendecomposition
    expectWithin(maxDelta(wasm.populations, ts.populations), 2 * bound, 'max |P_wasm − P_ts|');
  });
});
