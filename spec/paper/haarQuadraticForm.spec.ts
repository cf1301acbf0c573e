import { describe, expect, it } from 'vitest';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { haarMeanSquaredDeviation, haarQuadraticMoments, trapezoidMeanWeights } from '../../src/paper/haarQuadraticForm.ts';

/** A random Hermitian PSD A = BB† (n×n), row-major re/im. */
function randomPsd(n: number, g: NormalDeviates): { re: Float64Array; im: Float64Array } {
  const bRe = Float64Array.from({ length: n * n }, () => g.next());
  const bIm = Float64Array.from({ length: n * n }, () => g.next());
  const re = new Float64Array(n * n);
  const im = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      for (let k = 0; k < n; k++) {
        // (B B†)_ij = Σ_k B_ik conj(B_jk)
        re[i * n + j] += bRe[i * n + k] * bRe[j * n + k] + bIm[i * n + k] * bIm[j * n + k];
        im[i * n + j] += bIm[i * n + k] * bRe[j * n + k] - bRe[i * n + k] * bIm[j * n + k];
      }
  return { re, im };
}

describe('Haar moments of z†Az (closed forms in Tr A, Tr A²)', () => {
  it('A = I: q = 1 for every z, so E q = E q² = 1 and Var q = 0 (to rounding 4ε)', () => {
    for (const n of [1, 3, 50]) {
      const m = haarQuadraticMoments(n, n, n);
      expect(Math.abs(m.mean - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
      expect(Math.abs(m.secondMoment - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
      expect(Math.abs(m.variance)).toBeLessThanOrEqual(8 * Number.EPSILON);
    }
  });

  it('rank-one A = e₁e₁†: q = |z₁|² ~ Beta(1, n − 1), E q = 1/n, E q² = 2/(n(n+1)) (to 4ε)', () => {
    for (const n of [2, 5, 40]) {
      const m = haarQuadraticMoments(n, 1, 1);
      expect(Math.abs(m.mean - 1 / n)).toBeLessThanOrEqual(4 * Number.EPSILON);
      expect(Math.abs(m.secondMoment - 2 / (n * (n + 1)))).toBeLessThanOrEqual(4 * Number.EPSILON);
    }
  });

  it('agrees with 40 000 sampled Haar states at n = 4 for a random PSD A (|z| ≤ 4.5 per moment: false alarm 7e-6 each)', () => {
    const n = 4;
    const g = new NormalDeviates(new Xoshiro128(12345));
    const A = randomPsd(n, g);
    let trA = 0;
    let trA2 = 0;
    for (let i = 0; i < n; i++) trA += A.re[i * n + i];
    for (let i = 0; i < n * n; i++) trA2 += A.re[i] ** 2 + A.im[i] ** 2; // Tr A² = Σ|A_ij|² (A Hermitian)
    const exact = haarQuadraticMoments(n, trA, trA2);
    const S = 40_000;
    const q = new Float64Array(S);
    for (let s = 0; s < S; s++) {
      const zr = Array.from({ length: n }, () => g.next());
      const zi = Array.from({ length: n }, () => g.next());
      const norm = Math.sqrt(zr.reduce((a, x, i) => a + x * x + zi[i] * zi[i], 0));
      let v = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          // conj(z_i) A_ij z_j, real part (the sum is real)
          const ar = A.re[i * n + j];
          const ai = A.im[i * n + j];
          const pr = ar * zr[j] - ai * zi[j];
          const pi = ar * zi[j] + ai * zr[j];
          v += zr[i] * pr + zi[i] * pi;
        }
      q[s] = v / (norm * norm);
    }
    const mean = (xs: Float64Array): number => xs.reduce((a, x) => a + x, 0) / xs.length;
    const m1 = mean(q);
    const q2 = q.map((x) => x * x);
    const m2 = mean(q2);
    const se = (xs: Float64Array, mu: number) => Math.sqrt(xs.reduce((a, x) => a + (x - mu) ** 2, 0) / (xs.length - 1) / xs.length);
    expect(Math.abs(m1 - exact.mean) / se(q, m1)).toBeLessThanOrEqual(4.5);
    expect(Math.abs(m2 - exact.secondMoment) / se(q2, m2)).toBeLessThanOrEqual(4.5);
  });

  it('E[D²] from the moments: trapezoid weights sum to 1, and a deterministic q (A = h·I) gives D² = 0 (to 8ε)', () => {
    const t = [0, 1, 3, 4, 10];
    const w = trapezoidMeanWeights(t);
    expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThanOrEqual(8 * Number.EPSILON);
    const h = [1, 0.8, 0.5, 0.4, 0.1];
    const n = 7;
    const moments = h.map((x) => haarQuadraticMoments(n, n * x, n * x * x));
    expect(Math.abs(haarMeanSquaredDeviation(w, h, moments))).toBeLessThanOrEqual(8 * Number.EPSILON);
  });
});
