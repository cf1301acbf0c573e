import { describe, expect, it } from 'vitest';
import { besselJSequence } from '../../src/linalg/besselJSequence.ts';
import { truncatedBessel } from '../../src/exact/chebyshevExpansion.ts';
import { expectWithin } from '../support/smallModels.ts';

/** J_k(z) by its power series Σ_m (−1)^m (z/2)^{2m+k} / (m!(m+k)!), accurate for small z. */
function besselSeries(k: number, z: number): number {
  let term = 1;
  for (let i = 1; i <= k; i++) term *= z / 2 / i;
  let sum = term;
  for (let m = 1; m < 60; m++) {
    term *= -(z * z) / 4 / (m * (m + k));
    sum += term;
  }
  return sum;
}

describe('besselJSequence (Miller backward recurrence)', () => {
  it.each([0.5, 1, 3, 7.5])('matches the power series at z = %s for k ≤ 20', (z) => {
    const j = besselJSequence(z, 20);
    let delta = 0;
    for (let k = 0; k <= 20; k++) delta = Math.max(delta, Math.abs(j[k] - besselSeries(k, z)));
    // tol = 64ε·e^{z²/4}: the alternating series loses ~z²/4 nats to cancellation, Miller's values are a few ε
    expectWithin(delta, 64 * Number.EPSILON * Math.exp((z * z) / 4), `J_k(${z})`);
  });

  it('matches tabulated values at large argument (Abramowitz & Stegun / DLMF)', () => {
    const j = besselJSequence(100, 120);
    // J_0(100) and J_100(100) to 16 digits (DLMF §10.75 tables / mpmath)
    expectWithin(Math.abs(j[0] - 0.019985850304223122), 1e-14, 'J_0(100)'); // tol = 100·ε·‖J‖ with ‖J‖ ≤ 1
    expectWithin(Math.abs(j[100] - 0.09636667329586155), 1e-14, 'J_100(100)');
  });

  it('satisfies the Neumann sum J_0 + 2ΣJ_2k = 1 and Σ J_k² identity at z = 900', () => {
    const z = 900;
    const j = besselJSequence(z, 1100);
    let sq = j[0] * j[0];
    for (let k = 1; k <= 1100; k++) sq += 2 * j[k] * j[k];
    // J_0² + 2ΣJ_k² = 1 (DLMF 10.23.3); tol = 1100·4ε: one rounding per squared term
    expectWithin(Math.abs(sq - 1), 1100 * 4 * Number.EPSILON, 'Σ J_k² at z = 900');
    // three-term recurrence J_{k−1} + J_{k+1} = (2k/z) J_k inside the oscillatory range
    let rec = 0;
    for (let k = 1; k < 1000; k++) rec = Math.max(rec, Math.abs(j[k - 1] + j[k + 1] - ((2 * k) / z) * j[k]));
    expectWithin(rec, 16 * Number.EPSILON, 'recurrence residual'); // tol = 16ε: |J| ≤ 1, |2k/z| ≤ 2.3
  });

  it('returns J_0 = 1 and zeros at z = 0', () => {
    expect(Array.from(besselJSequence(0, 3))).toEqual([1, 0, 0, 0]);
  });

  it.each([1e-70, 1e-30, 9.99e-7, 1.01e-6, 1e-3])('is finite and matches the power series at tiny z = %s', (z) => {
    const j = besselJSequence(z, 6);
    let rel = 0;
    for (let k = 0; k <= 6; k++) {
      const want = besselSeries(k, z);
      if (want !== 0) rel = Math.max(rel, Math.abs(j[k] - want) / Math.abs(want));
      else expect(j[k]).toBe(0); // (z/2)^k underflows in both
    }
    // tol = 8ε relative: both sides are the same convergent series up to a few roundings
    expectWithin(rel, 8 * Number.EPSILON, `J_k(${z}) relative`);
  });
});

describe('truncatedBessel', () => {
  it.each([0, 0.1, 10, 900])('cuts the expansion so that the tail 2Σ_{k>K}|J_k(z)| ≤ tol (z = %s)', (z) => {
    const tol = 1e-12;
    const { order } = truncatedBessel(z, tol);
    const full = besselJSequence(z, order + 200);
    let tail = 0;
    for (let k = order + 1; k <= order + 200; k++) tail += 2 * Math.abs(full[k]);
    expect(tail).toBeLessThanOrEqual(tol);
    // and the order is not wasteful: dropping one more term would exceed the tolerance
    if (order > 0) expect(tail + 2 * Math.abs(full[order])).toBeGreaterThan(tol);
    expect(order).toBeGreaterThanOrEqual(Math.floor(z));
  });
});
