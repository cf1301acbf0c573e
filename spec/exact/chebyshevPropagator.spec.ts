import { describe, it } from 'vitest';
import { chebyshevPropagator } from '../../src/exact/chebyshevPropagator.ts';
import { initialState } from '../../src/model/initialState.ts';
import type { ChainModel } from '../../src/model/modelSpec.ts';
import { denseOracle } from '../support/denseOracle.ts';
import { expectWithin, maxAbsDiff, seededChain } from '../support/smallModels.ts';

describe('chebyshevPropagator', () => {
  it.each([
    [2, 3, 'GUE'],
    [3, 4, 'GOE'],
    [5, 3, 'GUE'],
  ] as const)('agrees with the dense ml-matrix oracle in every amplitude (N = %i, n = %i, %s)', (N, n, ensemble) => {
    const model = seededChain(N, n, { coupling: 0.02, ensemble, seed: 3 });
    const psi = initialState({ site: 1, seed: 2 }, N, n);
    const times = Float64Array.of(0, 7, 55.5, 400, 2500);
    const oracle = denseOracle(model);
    let delta = 0;
    chebyshevPropagator(model, psi, times, {
      onState: (j, re, im) => {
        const want = oracle.evolve(psi, times[j]);
        delta = Math.max(delta, maxAbsDiff(re, want.re), maxAbsDiff(im, want.im));
      },
    });
    // tol = 1e-12 (truncation bound) + 200·√d·ε·(1 + a·t_max): recurrence rounding grows linearly in K ≈ a·t
    expectWithin(delta, 1e-12 + 200 * Math.sqrt(N * n) * Number.EPSILON * (1 + 0.03 * 2500), 'ψ(t) vs oracle');
  });

  it('handles tiny positive times (ψ(t) → ψ(0), no NaN)', () => {
    const model = seededChain(2, 3, { seed: 2 });
    const psi = initialState({ site: 1, seed: 1 }, 2, 3);
    const r = chebyshevPropagator(model, psi, Float64Array.of(1e-300, 1e-80, 1e-12));
    for (const p of r.populations) {
      // 1 − P₁(t) ≤ t²‖B‖² ≈ 0 at these times; tol = 2e-12 from the state bound
      expectWithin(Math.abs(p[0] - 1), 2e-12, 'P₁(tiny t)');
    }
  });

  it('reproduces the analytic Rabi oscillation for N = 2, n = 1', () => {
    const [e1, e2, bRe, bIm] = [1.0, 1.3, 0.12, -0.05];
    const model: ChainModel = {
      sites: 2,
      levels: 1,
      bandWidth: 1,
      gap: 1,
      coupling: 0.13,
      ensemble: 'explicit',
      energies: Float64Array.of(e1, e2),
      couplingRe: [Float64Array.of(bRe)],
      couplingIm: [Float64Array.of(bIm)],
    };
    const psi = { re: Float64Array.of(1, 0), im: Float64Array.of(0, 0) };
    const times = Float64Array.from({ length: 50 }, (_, j) => j * 0.9);
    const result = chebyshevPropagator(model, psi, times);
    const b2 = bRe * bRe + bIm * bIm;
    const delta2 = (e2 - e1) ** 2;
    const omega = Math.sqrt(delta2 / 4 + b2);
    const rabi = Array.from(times, (t) => 1 - ((4 * b2) / (delta2 + 4 * b2)) * Math.sin(omega * t) ** 2);
    // tol = 2·1e-12 + 1e-14: |‖a‖² − ‖b‖²| ≤ (‖a‖ + ‖b‖)‖a − b‖ with ‖δψ‖ ≤ 1e-12, plus rounding of K ≈ 10 terms
    expectWithin(maxAbsDiff(result.populations.map((p) => p[0]), rabi), 2e-12 + 1e-14, 'P₁(t) vs Rabi formula');
  });
});
