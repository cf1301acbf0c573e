import { describe, expect, it } from 'vitest';
import { complexGemmNT } from '../../src/linalg/complexGemm.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';

describe('complexGemmNT', () => {
  it.each([
    [1, 1, 1],
    [2, 3, 300], // several inner blocks (KB = 128)
    [5, 67, 131], // odd edges and several column panels (JB = 64)
    [8, 2, 7],
  ])('C = A·Bᵀ agrees with the naive triple loop (m = %i, p = %i, k = %i)', (m, p, k) => {
    const g = new NormalDeviates(new Xoshiro128(m * 1000 + p * 10 + k));
    const r = (len: number) => Float64Array.from({ length: len }, () => g.next());
    const [aRe, aIm, bRe, bIm] = [r(m * k), r(m * k), r(p * k), r(p * k)];
    const cRe = new Float64Array(m * p).fill(Number.NaN); // overwritten, not accumulated into
    const cIm = new Float64Array(m * p).fill(Number.NaN);
    complexGemmNT(aRe, aIm, m, bRe, bIm, p, k, cRe, cIm);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < p; j++) {
        let sr = 0;
        let si = 0;
        let mag = 0;
        for (let l = 0; l < k; l++) {
          sr += aRe[i * k + l] * bRe[j * k + l] - aIm[i * k + l] * bIm[j * k + l];
          si += aRe[i * k + l] * bIm[j * k + l] + aIm[i * k + l] * bRe[j * k + l];
          mag += Math.hypot(aRe[i * k + l], aIm[i * k + l]) * Math.hypot(bRe[j * k + l], bIm[j * k + l]);
        }
        // tol = 2k·ε·Σ|a||b|: two sums of k products in different order, each within k·ε·Σ|terms|
        const tol = 2 * k * Number.EPSILON * mag;
        expect(Math.abs(cRe[i * p + j] - sr)).toBeLessThanOrEqual(tol);
        expect(Math.abs(cIm[i * p + j] - si)).toBeLessThanOrEqual(tol);
      }
    }
  });
});
