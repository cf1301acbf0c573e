import { describe, it } from 'vitest';
import { propagate } from '../../src/exact/propagate.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { initialState } from '../../src/model/initialState.ts';
import { expectWithin, seededChain } from '../support/smallModels.ts';

describe('two independent exact methods agree', () => {
  it.each([
    [2, 150, 'GUE', 0.5],
    [3, 120, 'GOE', 1],
    [4, 60, 'GUE', 0.2],
  ] as const)('Chebyshev and eigendecomposition give every P_µ(t) to ≤ 1e-9 (N = %i, n = %i, %s, c₁ = %s)', (N, n, ensemble, c1) => {
    const model = seededChain(N, n, { coupling: (c1 * 0.05) / n, bandWidth: 0.05, ensemble, seed: 21 });
    const psi = initialState({ site: 1, seed: 5 }, N, n);
    const tmax = 5 / decayConstant(model);
    const times = Float64Array.from({ length: 101 }, (_, j) => (tmax * j) / 100);
    const a = propagate(model, psi, times, { method: 'chebyshev' });
    const b = propagate(model, psi, times, { method: 'eigen' });
    let delta = 0;
    a.populations.forEach((p, j) => p.forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - b.populations[j][mu])))));
    // tol 1e-9 = 10× the expected Δ: eigen phase error ~ dim·ε·‖H−σ‖·t_max ≈ 1e-10 dominates Chebyshev's 2e-12
    expectWithin(delta, 1e-9, `max |P_cheb − P_eigen| over ${times.length} times`);
  });
});
