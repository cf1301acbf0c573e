import { describe, expect, it } from 'vitest';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { hamPopulations } from '../../src/ham/hamPopulations.ts';
import { pathLaplacianModes } from '../../src/ham/pathLaplacianModes.ts';
import { squaredDeviation } from '../../src/ham/squaredDeviation.ts';
import { criteria } from '../../src/model/criteria.ts';
import { expectWithin, maxAbsDiff } from '../support/smallModels.ts';

/** Classical RK4 on the rate equations (30)–(32) as printed: an independent integrator. */
function rk4(p0: number[], kappa: number, tEnd: number, steps: number): number[] {
  const N = p0.length;
  const f = (p: number[]) =>
    p.map((_, mu) => {
      if (mu === 0) return -kappa * (p[0] - p[1]); // (30)
      if (mu === N - 1) return -kappa * (p[N - 1] - p[N - 2]); // (32)
      return -kappa * (2 * p[mu] - p[mu + 1] - p[mu - 1]); // (31)
    });
  let p = [...p0];
  const h = tEnd / steps;
  for (let s = 0; s < steps; s++) {
    const k1 = f(p);
    const k2 = f(p.map((x, i) => x + (h / 2) * k1[i]));
    const k3 = f(p.map((x, i) => x + (h / 2) * k2[i]));
    const k4 = f(p.map((x, i) => x + h * k3[i]));
    p = p.map((x, i) => x + (h / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
  }
  return p;
}

describe('HAM rate equations (30)–(32)', () => {
  it('κ = 2πλ²n/δε (27) on F2', () => {
    const kappa = decayConstant({ coupling: 5e-5, levels: 500, bandWidth: 0.05 });
    expectWithin(Math.abs(kappa - 2 * Math.PI * 2.5e-9 * 500 / 0.05), 4 * Number.EPSILON * kappa, 'κ'); // tol = 4ε·κ
    expect(kappa.toPrecision(5)).toBe('0.00015708');
  });

  it('N = 2 gives P₁ = ½(1 + e^{−2κt})', () => {
    const kappa = 0.7;
    const times = Array.from({ length: 30 }, (_, j) => j * 0.2);
    const p = hamPopulations([1, 0], kappa, times);
    const closed = times.map((t) => 0.5 * (1 + Math.exp(-2 * kappa * t)));
    expectWithin(maxAbsDiff(p.map((x) => x[0]), closed), 8 * Number.EPSILON, 'P₁(t)'); // tol = 8ε: two modes
  });

  it.each([3, 5, 8])('matches an RK4 integration of the printed equations for N = %i', (N) => {
    const p0 = Array.from({ length: N }, (_, i) => (i === 1 ? 0.7 : 0.3 / (N - 1)));
    const kappa = 1.3;
    const steps = 4000;
    const tEnd = 2;
    const closed = hamPopulations(p0, kappa, [tEnd])[0];
    // tol = 10·(4κh)⁴: RK4 global error ∝ (h·‖κL‖)⁴ with ‖L‖ ≤ 4, plus rounding
    expectWithin(maxAbsDiff(closed, rk4(p0, kappa, tEnd, steps)), 10 * ((4 * kappa * tEnd) / steps) ** 4 + 1e-14, 'closed form vs RK4');
  });

  it('uses an orthonormal mode basis and relaxes to 1/N conserving ΣP', () => {
    const N = 6;
    const { rates, vectors } = pathLaplacianModes(N);
    let ortho = 0;
    for (let a = 0; a < N; a++) {
      for (let b = 0; b < N; b++) {
        let s = 0;
        for (let mu = 0; mu < N; mu++) s += vectors[a * N + mu] * vectors[b * N + mu];
        ortho = Math.max(ortho, Math.abs(s - (a === b ? 1 : 0)));
      }
    }
    expectWithin(ortho, 8 * N * Number.EPSILON, 'uᵀu − 1'); // tol = 8Nε: N-term sums of O(1) products
    expect(rates[0]).toBe(0);
    const late = hamPopulations([1, 0, 0, 0, 0, 0], 1, [0.5, 200]);
    expectWithin(Math.abs(late[0].reduce((s, x) => s + x, 0) - 1), 16 * Number.EPSILON, 'Σ P_µ');
    expectWithin(maxAbsDiff(late[1], new Array(N).fill(1 / N)), 1e-12, 'P(∞) = 1/N'); // e^{−ω₁·200} ≈ 1e-23
  });
});

describe('squaredDeviation (33)', () => {
  it('integrates a known difference: (e^{−t})² averaged over [0, T]', () => {
    const T = 3;
    const K = 2001;
    const times = Array.from({ length: K }, (_, j) => (T * j) / (K - 1));
    const ham = times.map((t) => [Math.exp(-t)]);
    const exact = times.map(() => [0]);
    const want = (1 - Math.exp(-2 * T)) / (2 * T);
    // tol = h²/12·max|f''|: trapezoid rule error with f = e^{−2t}, |f''| ≤ 4
    expectWithin(Math.abs(squaredDeviation(times, ham, exact)[0] - want), ((T / (K - 1)) ** 2 / 12) * 4, 'D²');
  });
});

describe('criteria (29)', () => {
  it('computes c₁ = λn/δε, c₂ = λ²n/δε² and the verdict', () => {
    const f2 = criteria({ coupling: 5e-5, levels: 500, bandWidth: 0.05 });
    expectWithin(Math.abs(f2.c1 - 0.5), 4 * Number.EPSILON, 'c₁ F2'); // tol = 4ε·c₁: three roundings
    expectWithin(Math.abs(f2.c2 - 5e-4), 4 * Number.EPSILON * 5e-4, 'c₂ F2');
    expect(f2.valid).toBe(true);
    const weak = criteria({ coupling: 5e-5, levels: 100, bandWidth: 0.05 });
    expect([weak.c1Holds, weak.valid]).toEqual([false, false]);
    expect(weak.verdict).toMatch(/c1 = 0\.1 < 1\/2/);
    const strong = criteria({ coupling: 0.01, levels: 100, bandWidth: 0.05 });
    expect([strong.c1Holds, strong.c2Holds]).toEqual([true, false]);
  });
});
