import { describe, expect, it } from 'vitest';
import { chebyshevExpansion, chebyshevInPasses } from '../../src/exact/chebyshevExpansion.ts';
import { chebyshevPropagator } from '../../src/exact/chebyshevPropagator.ts';
import { gershgorinBounds } from '../../src/linalg/blockTridiagonalOperator.ts';
import { chainOperator } from '../../src/model/chainHamiltonian.ts';
import { initialState } from '../../src/model/initialState.ts';
import { expectWithin, maxAbsDiff, seededChain } from '../support/smallModels.ts';

describe('threaded Chebyshev kernel', () => {
  it('gives the same states on 1 and 2 threads (shared-memory kernel)', () => {
    const model = seededChain(3, 200, { coupling: 2e-4, bandWidth: 0.05, seed: 6 }); // (N−1)n² = 80 000: parallel
    const psi = initialState({ site: 2, seed: 4 }, 3, 200);
    const times = Float64Array.of(0, 3000, 12_345.6);
    const run = (threads: string) => {
      const saved = process.env.HAMCHECK_THREADS;
      process.env.HAMCHECK_THREADS = threads;
      const states: Float64Array[] = [];
      try {
        const r = chebyshevPropagator(model, psi, times, { onState: (_, re, im) => states.push(Float64Array.from(re), Float64Array.from(im)) });
        return { r, states };
      } finally {
        if (saved === undefined) delete process.env.HAMCHECK_THREADS;
        else process.env.HAMCHECK_THREADS = saved;
      }
    };
    const serial = run('1');
    const parallel = run('2');
    expect([serial.r.details.threads, parallel.r.details.threads]).toEqual([1, 2]);
    let delta = 0;
    serial.states.forEach((v, i) => (delta = Math.max(delta, maxAbsDiff(v, parallel.states[i]))));
    const K = Number(serial.r.details.terms);
    // only the order of the scatter sums differs: ≤ 2n terms of size ‖B‖ per step, rounding growing linearly over K steps
    expectWithin(delta, 4 * K * 2 * 200 * Number.EPSILON * 2e-4 * Math.sqrt(200) / 0.03 + 1e-15, 'threads 1 vs 2');
  });

  it('on 2 threads, in passes of one state, gives every state bit for bit as one pass', () => {
    const model = seededChain(3, 200, { coupling: 2e-4, bandWidth: 0.05, seed: 6 }); // parallel, as above
    const op = chainOperator(model);
    const psi = initialState({ site: 2, seed: 4 }, 3, 200);
    const times = Float64Array.of(0, 3000, 12_345.6);
    const { min, max } = gershgorinBounds(op);
    const saved = process.env.HAMCHECK_THREADS;
    process.env.HAMCHECK_THREADS = '2';
    try {
      const whole = chebyshevExpansion(op, psi, times, 0.5 * (min + max), 0.5 * (max - min), 1e-12)!;
      const re = new Float64Array(whole.re.length);
      const run = chebyshevInPasses(op, psi, times, 0.5 * (min + max), 0.5 * (max - min), 1e-12, 1, (first, r) => re.set(r, first * 600));
      expect(run?.threads).toBe(2);
      expect(re).toEqual(whole.re);
    } finally {
      if (saved === undefined) delete process.env.HAMCHECK_THREADS;
      else process.env.HAMCHECK_THREADS = saved;
    }
  });
});
