import type { BlockTridiagonalOperator } from './blockTridiagonalOperator.ts';
import { fusedBlockRows } from './fusedBlockRows.ts';

/**
 * y ← α (H − c) x + β y for a {@link BlockTridiagonalOperator}, without forming H.
 *
 * @remarks
 * (Hx)_g = diag(d_g) x_g + C_g x_{g+1} + C_{g−1}† x_{g−1}. Cost 2Σ_g rows_g·rows_{g+1} complex
 * multiply-adds (2(N−1)n² for the chain): each block C_g is read once, row by row, and serves both
 * C_g x_{g+1} (a row dot product) and C_g† x_g (a scatter along the same row), so it streams through
 * the cache once per product ({@link fusedBlockRows}). `y` must not alias `x`.
 */
export function blockTridiagonalMatvec(
  op: BlockTridiagonalOperator,
  xRe: Float64Array,
  xIm: Float64Array,
  yRe: Float64Array,
  yIm: Float64Array,
  shift: number,
  alpha: number,
  beta: number,
): void {
  const { dim, diagonal, groups } = op;
  for (let i = 0; i < dim; i++) {
    const d = alpha * (diagonal[i] - shift);
    yRe[i] = beta * yRe[i] + d * xRe[i];
    yIm[i] = beta * yIm[i] + d * xIm[i];
  }
  for (let g = 0; g + 2 < groups.length; g++) {
    const top = groups[g];
    const bot = groups[g + 1];
    const cols = groups[g + 2] - bot;
    fusedBlockRows(op.blockRe, op.blockIm, op.blockStart[g], cols, 0, bot - top, alpha, xRe, xIm, top, bot, yRe, yIm, top, yRe, yIm, bot);
  }
}
