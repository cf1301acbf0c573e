/**
 * chebyshevPropagator with more output times than one pass holds (chebyshevStatesPerPass + 3 on a tiny
 * chain, so two passes): every time is delivered once, in order, at its own index, and equals the
 * independent eigendecomposition.
 */
import { describe, expect, it } from 'vitest';
import { chebyshevStatesPerPass } from '../../src/exact/chebyshevStateBudget.ts';
import { chebyshevVsEigenBound } from '../../src/bench/accuracyFigures.ts';
import { propagate } from '../../src/exact/propagate.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { initialState } from '../../src/model/initialState.ts';

describe('Chebyshev propagation in two passes', () => {
  it('delivers every output time once, in order, within the Chebyshev-vs-eigen bound of the eigendecomposition', () => {
    const model = buildChainModel({ sites: 2, levels: 4, bandWidth: 0.05, gap: 1, coupling: 0.01, ensemble: 'GUE', seed: 1 });
    const dim = 8;
    const perPass = chebyshevStatesPerPass(dim, 16 * 2);
    const T = perPass + 3; // a first pass of 3 times, then one of perPass
    const times = Float64Array.from({ length: T }, (_, j) => (j * 50) / T);
    const psi = initialState({ site: 1, seed: 2 }, 2, 4);
    const seen: number[] = [];
    const norms: number[] = [];
    const r = propagate(model, psi, times, {
      method: 'chebyshev',
      onState: (j, re, im) => {
        seen.push(j);
        let s = 0;
        for (let i = 0; i < dim; i++) s += re[i] ** 2 + im[i] ** 2;
        norms.push(s);
      },
    });
    expect(r.details.passes).toBe(2);
    expect(seen.length).toBe(T);
    expect(seen.every((j, k) => j === k)).toBe(true);
    expect(r.populations.length).toBe(T);
    const e = propagate(model, psi, times, { method: 'eigen' });
    let worst = 0;
    let normGap = 0;
    for (let j = 0; j < T; j++) {
      for (let mu = 0; mu < 2; mu++) worst = Math.max(worst, Math.abs(r.populations[j][mu] - e.populations[j][mu]));
      // the norm the result reports is that of the state delivered at j
      normGap = Math.max(normGap, Math.abs(r.norms[j] ** 2 - norms[j]));
    }
    expect(worst).toBeLessThanOrEqual(chebyshevVsEigenBound(model, times[T - 1])); // 2(τ + dim·ε·(1 + ‖H − σ‖·t_max)), derived there
    // two summation orders of the dim squares (by site, and straight), each within dim·ε of the exact sum 1, plus the square of the root
    expect(normGap).toBeLessThanOrEqual(3 * dim * Number.EPSILON);
  });
});
