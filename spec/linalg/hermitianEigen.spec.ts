import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { HamcheckNumericalError } from '../../src/errors.ts';
import { hermitianEigen, symmetricEigen } from '../../src/linalg/hermitianEigen.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';

const EPS = Number.EPSILON;

interface Herm {
  re: Float64Array;
  im: Float64Array;
  dim: number;
}

/** Seeded GUE-like Hermitian matrix (full storage). */
function randomHermitian(dim: number, seed: number, real = false): Herm {
  const g = new NormalDeviates(new Xoshiro128(seed));
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    re[i * dim + i] = g.next();
    for (let j = i + 1; j < dim; j++) {
      const a = g.next();
      const b = real ? 0 : g.next();
      re[i * dim + j] = a;
      re[j * dim + i] = a;
      im[i * dim + j] = b;
      im[j * dim + i] = -b;
    }
  }
  return { re, im, dim };
}

/** U diag(λ) U† with U a product of three seeded complex Householder reflectors (exactly unitary up to rounding). */
function withSpectrum(lambda: number[], seed: number): Herm {
  const dim = lambda.length;
  const g = new NormalDeviates(new Xoshiro128(seed));
  // Columns of U, built by applying reflectors to the identity.
  const uRe = new Float64Array(dim * dim);
  const uIm = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) uRe[i * dim + i] = 1;
  for (let r = 0; r < 3; r++) {
    const wr = Array.from({ length: dim }, () => g.next());
    const wi = Array.from({ length: dim }, () => g.next());
    const w2 = wr.reduce((s, x, i) => s + x * x + wi[i] * wi[i], 0);
    for (let c = 0; c < dim; c++) {
      // s = w† u_c; u_c ← u_c − 2 w s / ‖w‖²
      let sr = 0;
      let si = 0;
      for (let i = 0; i < dim; i++) {
        sr += wr[i] * uRe[i * dim + c] + wi[i] * uIm[i * dim + c];
        si += wr[i] * uIm[i * dim + c] - wi[i] * uRe[i * dim + c];
      }
      for (let i = 0; i < dim; i++) {
        uRe[i * dim + c] -= (2 * (wr[i] * sr - wi[i] * si)) / w2;
        uIm[i * dim + c] -= (2 * (wr[i] * si + wi[i] * sr)) / w2;
      }
    }
  }
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < dim; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < dim; k++) {
        // U_ik λ_k conj(U_jk)
        const ar = uRe[i * dim + k];
        const ai = uIm[i * dim + k];
        const br = uRe[j * dim + k];
        const bi = -uIm[j * dim + k];
        sr += lambda[k] * (ar * br - ai * bi);
        si += lambda[k] * (ar * bi + ai * br);
      }
      re[i * dim + j] = sr;
      im[i * dim + j] = si;
    }
  }
  // Make exactly Hermitian.
  for (let i = 0; i < dim; i++) {
    im[i * dim + i] = 0;
    for (let j = i + 1; j < dim; j++) {
      re[j * dim + i] = re[i * dim + j];
      im[j * dim + i] = -im[i * dim + j];
    }
  }
  return { re, im, dim };
}

function frobenius(h: Herm): number {
  let s = 0;
  for (let k = 0; k < h.dim * h.dim; k++) s += h.re[k] ** 2 + h.im[k] ** 2;
  return Math.sqrt(s);
}

/** max_j ‖H v_j − λ_j v_j‖₂ and max |(V†V − 1)_jk|. */
function quality(h: Herm, r: ReturnType<typeof hermitianEigen>): { residual: number; orth: number } {
  const { dim } = h;
  const V = (i: number, j: number) => [r.vectorsRe[i * dim + j], r.vectorsIm[i * dim + j]] as const;
  let residual = 0;
  let orth = 0;
  for (let j = 0; j < dim; j++) {
    let n2 = 0;
    for (let i = 0; i < dim; i++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < dim; k++) {
        const [vr, vi] = V(k, j);
        sr += h.re[i * dim + k] * vr - h.im[i * dim + k] * vi;
        si += h.re[i * dim + k] * vi + h.im[i * dim + k] * vr;
      }
      const [vr, vi] = V(i, j);
      n2 += (sr - r.values[j] * vr) ** 2 + (si - r.values[j] * vi) ** 2;
    }
    residual = Math.max(residual, Math.sqrt(n2));
    for (let l = 0; l < dim; l++) {
      let sr = 0;
      let si = 0;
      for (let i = 0; i < dim; i++) {
        const [ar, ai] = V(i, l);
        const [br, bi] = V(i, j);
        sr += ar * br + ai * bi;
        si += ar * bi - ai * br;
      }
      orth = Math.max(orth, Math.hypot(sr - (l === j ? 1 : 0), si));
    }
  }
  return { residual, orth };
}

function expectAscending(values: Float64Array): void {
  for (let k = 1; k < values.length; k++) expect(values[k]).toBeGreaterThanOrEqual(values[k - 1]);
}

/** Checks H V = V Λ and V†V = 1 at the backward-stability level and that the input is untouched. */
function expectDecomposition(h: Herm): ReturnType<typeof hermitianEigen> {
  const before = [Float64Array.from(h.re), Float64Array.from(h.im)];
  const r = hermitianEigen(h.re, h.im, h.dim);
  expect(h.re).toEqual(before[0]);
  expect(h.im).toEqual(before[1]);
  expectAscending(r.values);
  const { residual, orth } = quality(h, r);
  // tol = 50·dim·ε·‖H‖_F: Householder, QL and back-transformation are each backward stable with O(dim·ε) constants
  expect(residual).toBeLessThanOrEqual(50 * h.dim * EPS * Math.max(frobenius(h), 1e-300));
  // tol = 50·dim·ε: V is a product of O(dim) reflectors and O(dim²) rotations, each unitary to O(ε) per entry
  expect(orth).toBeLessThanOrEqual(50 * h.dim * EPS);
  return r;
}

describe('hermitianEigen', () => {
  it.each([1, 2, 3, 5, 16, 41, 90])('decomposes a random complex Hermitian matrix of dimension %i', (dim) => {
    expectDecomposition(randomHermitian(dim, 100 + dim));
  });

  it.each([2, 7, 33])('takes the real path for a real symmetric matrix of dimension %i', (dim) => {
    const h = randomHermitian(dim, 200 + dim, true);
    const r = expectDecomposition(h);
    expect(r.vectorsIm.every((x) => x === 0)).toBe(true);
  });

  it('agrees with ml-matrix on the real embedding [[A, −B], [B, A]], where every eigenvalue appears twice', () => {
    const h = randomHermitian(24, 7);
    const { dim } = h;
    const M = new Matrix(2 * dim, 2 * dim);
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        M.set(i, j, h.re[i * dim + j]);
        M.set(i + dim, j + dim, h.re[i * dim + j]);
        M.set(i, j + dim, -h.im[i * dim + j]);
        M.set(i + dim, j, h.im[i * dim + j]);
      }
    }
    const emb = [...new EigenvalueDecomposition(M, { assumeSymmetric: true }).realEigenvalues].sort((a, b) => a - b);
    const ours = hermitianEigen(h.re, h.im, dim).values;
    // tol = 50·(dim + 2dim)·ε·‖H‖_F: both solvers backward stable, the embedding has dimension 2dim and ‖M‖_F = √2‖H‖_F
    const tol = 50 * 3 * dim * EPS * Math.SQRT2 * frobenius(h);
    for (let k = 0; k < dim; k++) {
      expect(Math.abs(ours[k] - emb[2 * k])).toBeLessThanOrEqual(tol);
      expect(Math.abs(ours[k] - emb[2 * k + 1])).toBeLessThanOrEqual(tol);
    }
  });

  it('matches the closed form of a 2×2 Hermitian matrix', () => {
    const [a, d, br, bi] = [0.3, -1.1, 0.7, -0.4];
    const h: Herm = { re: Float64Array.of(a, br, br, d), im: Float64Array.of(0, bi, -bi, 0), dim: 2 };
    const r = expectDecomposition(h);
    const mid = (a + d) / 2;
    const rad = Math.sqrt(((a - d) / 2) ** 2 + br * br + bi * bi);
    // tol = 8ε·(|mid| + rad): a handful of roundings in the closed form and in QL on a 2×2
    const tol = 8 * EPS * (Math.abs(mid) + rad);
    expect(Math.abs(r.values[0] - (mid - rad))).toBeLessThanOrEqual(tol);
    expect(Math.abs(r.values[1] - (mid + rad))).toBeLessThanOrEqual(tol);
  });

  it('resolves degenerate eigenvalues with an orthonormal eigenbasis', () => {
    const lambda = [-2, -2, -2, 0.5, 0.5, 1, 3, 3, 3, 3, 7, 7];
    const h = withSpectrum(lambda, 11);
    const r = expectDecomposition(h);
    // tol = 100·dim·ε·‖H‖_F: 50·dim·ε·‖H‖_F backward error (Weyl: |Δλ| ≤ ‖E‖₂) plus as much again for rounding in U Λ U†
    const tol = 100 * h.dim * EPS * frobenius(h);
    lambda.forEach((l, k) => expect(Math.abs(r.values[k] - l)).toBeLessThanOrEqual(tol));
  });

  it('returns sorted diagonal entries and unit vectors for a diagonal matrix', () => {
    const diag = [4, -1, 2.5, -1, 0, 9];
    const dim = diag.length;
    const h: Herm = { re: new Float64Array(dim * dim), im: new Float64Array(dim * dim), dim };
    diag.forEach((x, i) => (h.re[i * dim + i] = x));
    const r = expectDecomposition(h);
    expect([...r.values]).toEqual([...diag].sort((x, y) => x - y));
    for (let j = 0; j < dim; j++) {
      let nonzero = 0;
      for (let i = 0; i < dim; i++) if (r.vectorsRe[i * dim + j] !== 0 || r.vectorsIm[i * dim + j] !== 0) nonzero++;
      expect(nonzero).toBe(1);
    }
  });

  it('handles zero off-diagonal rows and decoupled blocks (reflectors skipped mid-way)', () => {
    // Block-diagonal: a 5×5 complex block, a decoupled level, and a 4×4 complex block.
    const a = randomHermitian(5, 21);
    const b = randomHermitian(4, 22);
    const dim = 10;
    const h: Herm = { re: new Float64Array(dim * dim), im: new Float64Array(dim * dim), dim };
    const place = (blk: Herm, at: number) => {
      for (let i = 0; i < blk.dim; i++) {
        for (let j = 0; j < blk.dim; j++) {
          h.re[(at + i) * dim + at + j] = blk.re[i * blk.dim + j];
          h.im[(at + i) * dim + at + j] = blk.im[i * blk.dim + j];
        }
      }
    };
    h.re[0] = 0.25; // row 0: a decoupled level first, so reflector 0 is skipped
    place(a, 1);
    place(b, 6);
    const r = expectDecomposition(h);
    const want = [0.25, ...hermitianEigen(a.re, a.im, 5).values, ...hermitianEigen(b.re, b.im, 4).values].sort((x, y) => x - y);
    // tol = 50·dim·ε·‖H‖_F, as for the decomposition itself
    const tol = 50 * dim * EPS * frobenius(h);
    want.forEach((l, k) => expect(Math.abs(r.values[k] - l)).toBeLessThanOrEqual(tol));
  });

  it('handles the zero matrix, and scales near under- and overflow', () => {
    expectDecomposition({ re: new Float64Array(9), im: new Float64Array(9), dim: 3 });
    for (const real of [false, true]) {
      const h = randomHermitian(6, 31, real);
      for (const scale of [1e-200, 1e200]) {
        const scaled = { re: h.re.map((x) => x * scale), im: h.im.map((x) => x * scale), dim: 6 };
        const r = hermitianEigen(scaled.re, scaled.im, 6);
        // Judge the scaled result on the unscaled matrix (H·scale would overflow the residual sums).
        const { residual, orth } = quality(h, { ...r, values: r.values.map((x) => x / scale) });
        // tol = 50·dim·ε·‖H‖_F and 50·dim·ε, as in expectDecomposition: scaling by a power of ten is exact up to ε per entry
        expect(residual).toBeLessThanOrEqual(50 * 6 * EPS * frobenius(h));
        expect(orth).toBeLessThanOrEqual(50 * 6 * EPS);
      }
    }
  });

  it('refuses non-finite input with HamcheckNumericalError', () => {
    const h = randomHermitian(3, 1);
    h.im[1] = Number.NaN;
    expect(() => hermitianEigen(h.re, h.im, 3)).toThrow(HamcheckNumericalError);
  });
});

describe('symmetricEigen', () => {
  it('agrees with ml-matrix on a real symmetric matrix', () => {
    const h = randomHermitian(30, 5, true);
    const ours = symmetricEigen(h.re, 30);
    const ref = new EigenvalueDecomposition(new Matrix(Array.from({ length: 30 }, (_, i) => [...h.re.subarray(i * 30, i * 30 + 30)])), {
      assumeSymmetric: true,
    }).realEigenvalues.sort((a, b) => a - b);
    // tol = 50·2·dim·ε·‖A‖_F: two backward-stable solvers
    const tol = 100 * 30 * EPS * frobenius(h);
    ref.forEach((l, k) => expect(Math.abs(ours.values[k] - l)).toBeLessThanOrEqual(tol));
  });
});
