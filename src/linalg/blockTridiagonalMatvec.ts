import type { ChainModel } from '../model/modelSpec.ts';

/**
 * y ← α (H − c) x + β y for the block-tridiagonal chain Hamiltonian (3), without forming H.
 *
 * @remarks
 * (Hx)_µ = diag(E_µ) x_µ + B_µ x_{µ+1} + B_{µ−1}† x_{µ−1}. Cost 2(N−1)n² complex multiply-adds: each
 * block B_µ is read once, row by row, and serves both B_µ x_{µ+1} (a row dot product) and B_µ† x_µ
 * (a scatter along the same row), so the n×n block streams through the cache once per product.
 * Rows are taken in pairs so each x_{µ+1}[j], y_{µ+1}[j] load serves two rows.
 * `y` must not alias `x`.
 */
export function blockTridiagonalMatvec(
  model: ChainModel,
  xRe: Float64Array,
  xIm: Float64Array,
  yRe: Float64Array,
  yIm: Float64Array,
  shift: number,
  alpha: number,
  beta: number,
): void {
  const { sites: N, levels: n, energies } = model;
  const dim = N * n;
  for (let i = 0; i < dim; i++) {
    const d = alpha * (energies[i] - shift);
    yRe[i] = beta * yRe[i] + d * xRe[i];
    yIm[i] = beta * yIm[i] + d * xIm[i];
  }
  for (let mu = 0; mu < N - 1; mu++) {
    const bRe = model.couplingRe[mu];
    const bIm = model.couplingIm[mu];
    const top = mu * n; // block row µ
    const bot = top + n; // block row µ+1
    let i = 0;
    // Two rows at a time: x_{µ+1}[j] and y_{µ+1}[j] are loaded once for both rows.
    for (; i + 1 < n; i += 2) {
      const u0Re = alpha * xRe[top + i];
      const u0Im = alpha * xIm[top + i];
      const u1Re = alpha * xRe[top + i + 1];
      const u1Im = alpha * xIm[top + i + 1];
      let s0Re = 0;
      let s0Im = 0;
      let s1Re = 0;
      let s1Im = 0;
      const r0 = i * n;
      const r1 = r0 + n;
      for (let j = 0; j < n; j++) {
        const a = bRe[r0 + j];
        const b = bIm[r0 + j];
        const c = bRe[r1 + j];
        const d = bIm[r1 + j];
        const vr = xRe[bot + j];
        const vi = xIm[bot + j];
        s0Re += a * vr - b * vi;
        s0Im += a * vi + b * vr;
        s1Re += c * vr - d * vi;
        s1Im += c * vi + d * vr;
        yRe[bot + j] += a * u0Re + b * u0Im + c * u1Re + d * u1Im;
        yIm[bot + j] += a * u0Im - b * u0Re + c * u1Im - d * u1Re;
      }
      yRe[top + i] += alpha * s0Re;
      yIm[top + i] += alpha * s0Im;
      yRe[top + i + 1] += alpha * s1Re;
      yIm[top + i + 1] += alpha * s1Im;
    }
    for (; i < n; i++) {
      // u = α x_{µ,i}, scattered into y_{µ+1} by conj(B_ij).
      const uRe = alpha * xRe[top + i];
      const uIm = alpha * xIm[top + i];
      let sRe = 0;
      let sIm = 0;
      const row = i * n;
      for (let j = 0; j < n; j++) {
        const br = bRe[row + j];
        const bi = bIm[row + j];
        const vr = xRe[bot + j];
        const vi = xIm[bot + j];
        sRe += br * vr - bi * vi;
        sIm += br * vi + bi * vr;
        yRe[bot + j] += br * uRe + bi * uIm;
        yIm[bot + j] += br * uIm - bi * uRe;
      }
      yRe[top + i] += alpha * sRe;
      yIm[top + i] += alpha * sIm;
    }
  }
}
