import { describe, expect, it } from 'vitest';
import { chebyshevPropagator } from '../../src/exact/chebyshevPropagator.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { initialState } from '../../src/model/initialState.ts';
import { expectWithin, maxAbsDiff, seededChain } from '../support/smallModels.ts';

describe('Chebyshev propagator at paper scale (F2)', () => {
  it('conserves the norm to 1e-12 over 5/κ on F2 (N = 3, n = 500)', () => {
    const model = seededChain(3, 500, { coupling: 5e-5, bandWidth: 0.05, seed: 1 });
    const psi = initialState({ site: 1, seed: 7 }, 3, 500);
    const tmax = 5 / decayConstant(model);
    const times = Float64Array.from({ length: 21 }, (_, j) => (tmax * j) / 20);
    const result = chebyshevPropagator(model, psi, times);
    expectWithin(maxAbsDiff(result.norms, new Float64Array(21).fill(1)), 1e-12, '‖ψ(t)‖ − 1 on F2');
    // the spectral interval is tight: the half-width exceeds δε/2 by at most the coupling broadening + margin
    expect(Number(result.details.spectralHalfWidth)).toBeLessThan(0.05 / 2 + 4 * 5e-5 * Math.sqrt(500));
  });
});
