import type { HermitianTridiagonal } from './hermitianTridiagonal.ts';
import type { SymmetricTridiagonal } from './symmetricTridiagonal.ts';

/** Eigenvectors processed together, so each reflector row is read once per block (≈ 16·16n bytes in cache). */
const BLOCK = 16;

/**
 * Back-transformation V = Q D Z of tridiagonal eigenvectors to eigenvectors of the original Hermitian
 * matrix, with Q = P₀ ⋯ P_{n−3} and D from {@link hermitianTridiagonal}.
 *
 * @remarks
 * `z` holds the real eigenvectors of T_r in its rows (as {@link tridiagonalQL} leaves them). Each
 * vector w = D zⱼ is transformed as w ← P_k w = w − u_k (u_k† w)/h_k for k = n−3 … 0: a contiguous
 * dot product and axpy per reflector. Vectors are processed in blocks of {@link BLOCK} so the
 * reflectors stream through the cache once per block, then scattered into column j of the row-major
 * result (component i at `[i·n + j]`). Cost ≈ 8n³ real flops.
 */
export function hermitianBackTransform(
  tri: HermitianTridiagonal,
  z: Float64Array,
  n: number,
): { vectorsRe: Float64Array; vectorsIm: Float64Array } {
  const { uRe, uIm, h, phaseRe, phaseIm } = tri;
  const vectorsRe = new Float64Array(n * n);
  const vectorsIm = new Float64Array(n * n);
  const wRe = new Float64Array(BLOCK * n);
  const wIm = new Float64Array(BLOCK * n);
  for (let jb = 0; jb < n; jb += BLOCK) {
    const nb = Math.min(BLOCK, n - jb);
    for (let b = 0; b < nb; b++) {
      const ob = b * n;
      const oz = (jb + b) * n;
      for (let i = 0; i < n; i++) {
        wRe[ob + i] = phaseRe[i] * z[oz + i];
        wIm[ob + i] = phaseIm[i] * z[oz + i];
      }
    }
    for (let k = n - 3; k >= 0; k--) {
      const hk = h[k];
      if (hk === 0) continue;
      const rk = k * n;
      let b = 0;
      // Four vectors per pass share the loads of u_k and give eight independent sums.
      for (; b + 3 < nb; b += 4) {
        const o0 = b * n;
        const o1 = o0 + n;
        const o2 = o1 + n;
        const o3 = o2 + n;
        let s0r = 0;
        let s0i = 0;
        let s1r = 0;
        let s1i = 0;
        let s2r = 0;
        let s2i = 0;
        let s3r = 0;
        let s3i = 0;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          let wr = wRe[o0 + j];
          let wi = wIm[o0 + j];
          s0r += ur * wr + ui * wi;
          s0i += ur * wi - ui * wr;
          wr = wRe[o1 + j];
          wi = wIm[o1 + j];
          s1r += ur * wr + ui * wi;
          s1i += ur * wi - ui * wr;
          wr = wRe[o2 + j];
          wi = wIm[o2 + j];
          s2r += ur * wr + ui * wi;
          s2i += ur * wi - ui * wr;
          wr = wRe[o3 + j];
          wi = wIm[o3 + j];
          s3r += ur * wr + ui * wi;
          s3i += ur * wi - ui * wr;
        }
        s0r /= hk;
        s0i /= hk;
        s1r /= hk;
        s1i /= hk;
        s2r /= hk;
        s2i /= hk;
        s3r /= hk;
        s3i /= hk;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          wRe[o0 + j] -= ur * s0r - ui * s0i;
          wIm[o0 + j] -= ur * s0i + ui * s0r;
          wRe[o1 + j] -= ur * s1r - ui * s1i;
          wIm[o1 + j] -= ur * s1i + ui * s1r;
          wRe[o2 + j] -= ur * s2r - ui * s2i;
          wIm[o2 + j] -= ur * s2i + ui * s2r;
          wRe[o3 + j] -= ur * s3r - ui * s3i;
          wIm[o3 + j] -= ur * s3i + ui * s3r;
        }
      }
      // Then two, then one.
      for (; b + 1 < nb; b += 2) {
        const o1 = b * n;
        const o2 = o1 + n;
        let s1r = 0;
        let s1i = 0;
        let s2r = 0;
        let s2i = 0;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          const w1r = wRe[o1 + j];
          const w1i = wIm[o1 + j];
          const w2r = wRe[o2 + j];
          const w2i = wIm[o2 + j];
          s1r += ur * w1r + ui * w1i;
          s1i += ur * w1i - ui * w1r;
          s2r += ur * w2r + ui * w2i;
          s2i += ur * w2i - ui * w2r;
        }
        s1r /= hk;
        s1i /= hk;
        s2r /= hk;
        s2i /= hk;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          wRe[o1 + j] -= ur * s1r - ui * s1i;
          wIm[o1 + j] -= ur * s1i + ui * s1r;
          wRe[o2 + j] -= ur * s2r - ui * s2i;
          wIm[o2 + j] -= ur * s2i + ui * s2r;
        }
      }
      for (; b < nb; b++) {
        const ob = b * n;
        let sr = 0;
        let si = 0;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          const wr = wRe[ob + j];
          const wi = wIm[ob + j];
          sr += ur * wr + ui * wi;
          si += ur * wi - ui * wr;
        }
        sr /= hk;
        si /= hk;
        for (let j = k + 1; j < n; j++) {
          const ur = uRe[rk + j];
          const ui = uIm[rk + j];
          wRe[ob + j] -= ur * sr - ui * si;
          wIm[ob + j] -= ur * si + ui * sr;
        }
      }
    }
    for (let i = 0; i < n; i++) {
      const oi = i * n + jb;
      for (let b = 0; b < nb; b++) {
        vectorsRe[oi + b] = wRe[b * n + i];
        vectorsIm[oi + b] = wIm[b * n + i];
      }
    }
  }
  return { vectorsRe, vectorsIm };
}

/**
 * Real counterpart of {@link hermitianBackTransform}: V = Q Z with Q = P₀ ⋯ P_{n−3} from
 * {@link symmetricTridiagonal} (no phases). Cost ≈ 2n³ real flops.
 */
export function symmetricBackTransform(tri: SymmetricTridiagonal, z: Float64Array, n: number): Float64Array {
  const { u, h } = tri;
  const vectors = new Float64Array(n * n);
  const w = new Float64Array(BLOCK * n);
  for (let jb = 0; jb < n; jb += BLOCK) {
    const nb = Math.min(BLOCK, n - jb);
    w.set(z.subarray(jb * n, (jb + nb) * n));
    for (let k = n - 3; k >= 0; k--) {
      const hk = h[k];
      if (hk === 0) continue;
      const rk = k * n;
      let b = 0;
      // Four vectors per pass share the loads of u_k and give four independent sums.
      for (; b + 3 < nb; b += 4) {
        const o0 = b * n;
        const o1 = o0 + n;
        const o2 = o1 + n;
        const o3 = o2 + n;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let j = k + 1; j < n; j++) {
          const uj = u[rk + j];
          s0 += uj * w[o0 + j];
          s1 += uj * w[o1 + j];
          s2 += uj * w[o2 + j];
          s3 += uj * w[o3 + j];
        }
        s0 /= hk;
        s1 /= hk;
        s2 /= hk;
        s3 /= hk;
        for (let j = k + 1; j < n; j++) {
          const uj = u[rk + j];
          w[o0 + j] -= s0 * uj;
          w[o1 + j] -= s1 * uj;
          w[o2 + j] -= s2 * uj;
          w[o3 + j] -= s3 * uj;
        }
      }
      for (; b < nb; b++) {
        const ob = b * n;
        let s = 0;
        for (let j = k + 1; j < n; j++) s += u[rk + j] * w[ob + j];
        s /= hk;
        for (let j = k + 1; j < n; j++) w[ob + j] -= s * u[rk + j];
      }
    }
    for (let i = 0; i < n; i++) {
      const oi = i * n + jb;
      for (let b = 0; b < nb; b++) vectors[oi + b] = w[b * n + i];
    }
  }
  return vectors;
}
