import type { Sector } from './transportModel.ts';

/**
 * y ← α (H_E − c) x + β y for one sector's block-tridiagonal Hamiltonian, without forming it.
 *
 * @remarks
 * (Hx)_s = diag(E_s) x_s + C_s x_{s+1} + C_{s−1}† x_{s−1} with rectangular blocks C_s (rows = size of
 * sub-band s, cols = size of s + 1). Each block is streamed once, row by row, serving both C_s x_{s+1}
 * (a row dot product) and C_s† x_s (a scatter along the same row) — the kernel of
 * src/linalg/blockTridiagonalMatvec.ts generalised to unequal block sizes. Cost: 2·Σ rows·cols complex
 * multiply-adds. `y` must not alias `x`.
 */
export function sectorMatvec(
  sector: Sector,
  xRe: Float64Array,
  xIm: Float64Array,
  yRe: Float64Array,
  yIm: Float64Array,
  shift: number,
  alpha: number,
  beta: number,
): void {
  const { dim, energies, blocks, offsets } = sector;
  for (let i = 0; i < dim; i++) {
    const d = alpha * (energies[i] - shift);
    yRe[i] = beta * yRe[i] + d * xRe[i];
    yIm[i] = beta * yIm[i] + d * xIm[i];
  }
  for (let s = 0; s < blocks.length; s++) {
    const { rows, cols, re: bRe, im: bIm } = blocks[s];
    const top = offsets[s];
    const bot = offsets[s + 1];
    for (let i = 0; i < rows; i++) {
      const uRe = alpha * xRe[top + i];
      const uIm = alpha * xIm[top + i];
      let sRe = 0;
      let sIm = 0;
      const row = i * cols;
      for (let j = 0; j < cols; j++) {
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

/**
 * Rigorous bounds on the spectrum of H_E by Gershgorin's theorem: every eigenvalue lies in
 * ∪_r [E_r − R_r, E_r + R_r], R_r = Σ_{c≠r} |H_rc| (row sums of |C_s| for rows of sub-band s, column
 * sums of |C_{s−1}| for its rows as seen from below).
 *
 * @remarks A guaranteed enclosure is what the Chebyshev expansion needs (the scaled spectrum must lie in
 * [−1, 1]); for the random blocks here it is ≈ 2× wider than the true spread, which costs ≈ 2× the terms
 * — negligible next to the certainty.
 */
export function gershgorinBounds(sector: Sector): { min: number; max: number } {
  const { dim, energies, blocks, offsets } = sector;
  const radius = new Float64Array(dim);
  for (let s = 0; s < blocks.length; s++) {
    const { rows, cols, re, im } = blocks[s];
    const top = offsets[s];
    const bot = offsets[s + 1];
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      for (let j = 0; j < cols; j++) {
        const a = Math.hypot(re[i * cols + j], im[i * cols + j]);
        sum += a;
        radius[bot + j] += a;
      }
      radius[top + i] += sum;
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < dim; r++) {
    min = Math.min(min, energies[r] - radius[r]);
    max = Math.max(max, energies[r] + radius[r]);
  }
  // one relative rounding per summed term: widen by dim·ε·(|E| + R)
  const slack = dim * Number.EPSILON * (Math.max(Math.abs(min), Math.abs(max)) + 1);
  return { min: min - slack, max: max + slack };
}
