/**
 * D² (33) on cases whose value is computed by hand here (not by the code under test): the trapezoid
 * rule is exact for a constant difference, and for a linear difference Δ(t) = c·t its error on each
 * step h_j is exactly h_j³·f''/12 with f = Δ² (Euler–Maclaurin stops: f''' = 0), so the expected value is
 * closed form on even and uneven grids. The window [a, b] starts at a > 0, so the normalization
 * 1/(b − a) is tested, and HAM and exact are both non-zero, so their difference (not sum) is tested.
 */
import { describe, expect, it } from 'vitest';
import { squaredDeviation } from '../../src/ham/squaredDeviation.ts';
import { expectWithin } from '../support/smallModels.ts';

const EPS = Number.EPSILON;

/** Two sites: site 0 gets P_HAM = base₀ + Δ(t), site 1 gets base₁ + 2Δ(t), exact = base (so D²₁ = 4·D²₀). */
function populations(times: number[], diff: (t: number) => number) {
  const ham = times.map((t) => [0.6 + diff(t), 0.3 + 2 * diff(t)]);
  const exact = times.map(() => [0.6, 0.3]);
  return { ham, exact };
}

describe('squaredDeviation (33): closed forms', () => {
  it('constant difference d over [a, b], a > 0: D² = d² (per site)', () => {
    const [a, b, d] = [2, 7, 0.125];
    const times = Array.from({ length: 11 }, (_, j) => a + ((b - a) * j) / 10);
    const { ham, exact } = populations(times, () => d);
    const got = squaredDeviation(times, ham, exact);
    // tol = 4·T·ε·(value): T trapezoid terms summed, each exact up to a few roundings
    expectWithin(Math.abs(got[0] - d * d), 4 * times.length * EPS * d * d, 'D²₀ = d²');
    expectWithin(Math.abs(got[1] - 4 * d * d), 4 * times.length * EPS * 4 * d * d, 'D²₁ = (2d)²');
  });

  it('linear difference c·t on an even grid over [a, b]: D² = c²(a² + ab + b²)/3 + c²h²/6', () => {
    const [a, b, c, K] = [1, 5, 0.03, 9];
    const h = (b - a) / (K - 1);
    const times = Array.from({ length: K }, (_, j) => a + h * j);
    const { ham, exact } = populations(times, (t) => c * t);
    // (1/(b−a))·[∫ₐᵇ c²t² dt + Σ_j h³·(2c²)/12] = c²(b³ − a³)/(3(b − a)) + c²h²/6
    const want = (c * c * (a * a + a * b + b * b)) / 3 + (c * c * h * h) / 6;
    const got = squaredDeviation(times, ham, exact);
    expectWithin(Math.abs(got[0] - want), 8 * K * EPS * want, 'D²₀ linear, even grid'); // tol = 8·T·ε·D²: T terms of a few roundings
    expectWithin(Math.abs(got[1] - 4 * want), 8 * K * EPS * 4 * want, 'D²₁ linear, even grid');
  });

  it('linear difference c·t on an uneven grid: D² = [c²(b³ − a³)/3 + Σ_j c²h_j³/6]/(b − a)', () => {
    const times = [0.5, 0.75, 1.5, 1.625, 3, 4.25];
    const c = 0.2;
    const [a, b] = [times[0], times[times.length - 1]];
    let steps = 0;
    for (let j = 1; j < times.length; j++) steps += (times[j] - times[j - 1]) ** 3;
    const want = ((c * c * (b ** 3 - a ** 3)) / 3 + (c * c * steps) / 6) / (b - a);
    const { ham, exact } = populations(times, (t) => c * t);
    const got = squaredDeviation(times, ham, exact);
    expectWithin(Math.abs(got[0] - want), 8 * times.length * EPS * want, 'D²₀ linear, uneven grid'); // tol as above
    expectWithin(Math.abs(got[1] - 4 * want), 8 * times.length * EPS * 4 * want, 'D²₁ linear, uneven grid');
  });

  it('is symmetric in HAM and exact and zero when they agree', () => {
    const times = [1, 2, 4];
    const { ham, exact } = populations(times, (t) => 0.01 * t);
    expect(Array.from(squaredDeviation(times, exact, ham))).toEqual(Array.from(squaredDeviation(times, ham, exact)));
    expect(Array.from(squaredDeviation(times, ham, ham))).toEqual([0, 0]);
  });

  it('refuses fewer than two times with a plain RangeError (the caller builds the grid)', () => {
    expect(() => squaredDeviation([0], [[1]], [[1]])).toThrow(
      expect.objectContaining({ name: 'RangeError', message: 'squaredDeviation needs at least two times' }),
    );
  });
});
