import { describe, expect, it } from 'vitest';
import { fitScaling } from '../../src/bench/scalingFit.ts';
import { studentTCdf, studentTQuantile } from '../../src/bench/studentT.ts';

describe("Student's t quantile", () => {
  it('matches the closed forms for ν = 1 (Cauchy: tan π(p − ½)) and ν = 2 ((2p − 1)/√(2p(1 − p)))', () => {
    for (const p of [0.6, 0.9, 0.975, 0.995]) {
      // bisection to 1e-12 relative; the CDF's continued fraction converges to ≈ 1e-15
      expect(Math.abs(studentTQuantile(p, 1) / Math.tan(Math.PI * (p - 0.5)) - 1)).toBeLessThan(1e-10);
      expect(Math.abs(studentTQuantile(p, 2) / ((2 * p - 1) / Math.sqrt(2 * p * (1 - p))) - 1)).toBeLessThan(1e-10);
    }
  });

  it('tends to the normal quantile for large ν, within the 1/(4ν) leading correction, and matches printed tables', () => {
    const z = 1.959963984540054; // Φ⁻¹(0.975) (simple-statistics' probit is an approximation good to only 3e-3 here)
    const t = studentTQuantile(0.975, 1e4);
    // t_ν = z + (z³ + z)/(4ν) + O(ν⁻²)
    expect(Math.abs(t - (z + (z ** 3 + z) / 4e4))).toBeLessThan(1e-6);
    expect(studentTQuantile(0.025, 5)).toBe(-studentTQuantile(0.975, 5));
    expect(Math.abs(studentTCdf(studentTQuantile(0.975, 3), 3) - 0.975)).toBeLessThan(1e-12);
    // t_{0.975,3} and t_{0.975,10} to the 7 digits of printed tables
    expect(studentTQuantile(0.975, 3)).toBeCloseTo(3.182446, 6);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
  });
});

describe('fitScaling', () => {
  it('recovers exact power laws t = c·n²·N (zero residual: a zero-width interval at the exponents)', () => {
    const pts = [50, 100, 200].flatMap((n) => [2, 3, 5].map((N) => ({ levels: n, sites: N, seconds: 1e-9 * n * n * N })));
    const f = fitScaling(pts);
    expect(f.levels!.value).toBeCloseTo(2, 12);
    expect(f.sites!.value).toBeCloseTo(1, 12);
    expect(f.levels!.high - f.levels!.low).toBeLessThan(1e-9);
  });

  it('gives the textbook interval b ± t_{0.975,m−2}·s/√Sxx for one regressor, and drops constant regressors', () => {
    const xs = [1, 2, 4, 8, 16];
    const noise = [0.1, -0.05, 0.02, -0.08, 0.01];
    const pts = xs.map((x, i) => ({ levels: x, sites: 3, seconds: Math.exp(1.5 * Math.log(x) + noise[i]) }));
    const f = fitScaling(pts);
    expect(f.sites).toBeNull();
    const lx = xs.map(Math.log);
    const ly = pts.map((p) => Math.log(p.seconds));
    const mx = lx.reduce((a, b) => a + b) / 5;
    const my = ly.reduce((a, b) => a + b) / 5;
    const sxx = lx.reduce((s, x) => s + (x - mx) ** 2, 0);
    const b = lx.reduce((s, x, i) => s + (x - mx) * (ly[i] - my), 0) / sxx;
    const rss = lx.reduce((s, x, i) => s + (ly[i] - my - b * (x - mx)) ** 2, 0);
    const half = studentTQuantile(0.975, 3) * Math.sqrt(rss / 3 / sxx);
    expect(f.levels!.value).toBeCloseTo(b, 12);
    expect(f.levels!.high - f.levels!.value).toBeCloseTo(half, 12);
    // the standard error s/√Sxx and the residual dof m − 2 are kept for tests at other levels
    // (the same quantity through (XᵀX)⁻¹ instead of Sxx, values ≈ 0.03: agree to ≈ 1e-14, checked to 5e-13)
    expect(f.levels!.standardError).toBeCloseTo(Math.sqrt(rss / 3 / sxx), 12);
    expect(f.levels!.dof).toBe(3);
  });

  it('returns null exponents when there are no degrees of freedom left', () => {
    expect(fitScaling([{ levels: 1, sites: 2, seconds: 1 }, { levels: 2, sites: 3, seconds: 2 }, { levels: 4, sites: 2, seconds: 3 }])).toEqual({ levels: null, sites: null });
  });
});
