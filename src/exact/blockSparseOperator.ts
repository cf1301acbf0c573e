import type { ComplexMatrix } from '../linalg/complexMatrix.ts';

/**
 * A Hermitian block-sparse operator H = diag(d) + Σ_b (C_b + C_b†): rows split into groups, one
 * rectangular block C_b = ⟨g_b|H|h_b⟩ per edge (g_b ≠ h_b) of a graph of groups.
 *
 * @remarks
 * The shape of the general model's Hamiltonian (src/model/graph): groups are the sites (n_µ levels each),
 * blocks the bonds λ_b v_b (n_µ × n_ν, row-major). It generalizes the block-tridiagonal operator of the
 * chain (src/linalg/blockTridiagonalOperator.ts) to any edge set, e.g. the ring's bond (N, 1).
 */
export interface BlockSparseOperator {
  readonly dim: number;
  readonly diagonal: Float64Array;
  /** G + 1 row offsets of the groups. */
  readonly offsets: Int32Array;
  readonly blocks: readonly SparseBlock[];
}

export interface SparseBlock {
  /** Row group and column group (0-based, distinct). */
  readonly row: number;
  readonly col: number;
  /** Row-major (rows of `row`) × (rows of `col`). */
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/**
 * y = H x (complex), written into `yRe`/`yIm` (overwritten).
 *
 * @remarks Cost Σ_b 2·n_g·n_h complex multiply-adds: each block is applied as C_b (rows g from columns h) and
 * as C_b† (rows h from columns g) in one pass over its entries.
 */
export function blockSparseMatvec(op: BlockSparseOperator, xRe: Float64Array, xIm: Float64Array, yRe: Float64Array, yIm: Float64Array): void {
  const { dim, diagonal, offsets } = op;
  for (let i = 0; i < dim; i++) {
    yRe[i] = diagonal[i] * xRe[i];
    yIm[i] = diagonal[i] * xIm[i];
  }
  for (const blk of op.blocks) {
    const r0 = offsets[blk.row];
    const c0 = offsets[blk.col];
    const rows = offsets[blk.row + 1] - r0;
    const cols = offsets[blk.col + 1] - c0;
    for (let i = 0; i < rows; i++) {
      let sRe = 0;
      let sIm = 0;
      const xr = xRe[r0 + i];
      const xi = xIm[r0 + i];
      const base = i * cols;
      for (let j = 0; j < cols; j++) {
        const cr = blk.re[base + j];
        const ci = blk.im[base + j];
        const vr = xRe[c0 + j];
        const vi = xIm[c0 + j];
        // (C x_h)_i
        sRe += cr * vr - ci * vi;
        sIm += cr * vi + ci * vr;
        // (C† x_g)_j += conj(C_ij) x_g,i
        yRe[c0 + j] += cr * xr + ci * xi;
        yIm[c0 + j] += cr * xi - ci * xr;
      }
      yRe[r0 + i] += sRe;
      yIm[r0 + i] += sIm;
    }
  }
}

/**
 * Gershgorin enclosure of the spectrum: every eigenvalue lies in ∪_r [d_r − R_r, d_r + R_r], R_r the absolute
 * off-diagonal row sum (rows of C_b and of C_b†).
 *
 * @remarks A guaranteed interval, so a Chebyshev expansion on it needs no restart; widened by
 * dim·ε·(max|d ± R| + 1) for the rounding of the sums, as in src/linalg/blockTridiagonalOperator.ts.
 */
export function blockSparseGershgorin(op: BlockSparseOperator): { min: number; max: number } {
  const radius = new Float64Array(op.dim);
  for (const blk of op.blocks) {
    const r0 = op.offsets[blk.row];
    const c0 = op.offsets[blk.col];
    const rows = op.offsets[blk.row + 1] - r0;
    const cols = op.offsets[blk.col + 1] - c0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const a = Math.hypot(blk.re[i * cols + j], blk.im[i * cols + j]);
        radius[r0 + i] += a;
        radius[c0 + j] += a;
      }
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < op.dim; r++) {
    min = Math.min(min, op.diagonal[r] - radius[r]);
    max = Math.max(max, op.diagonal[r] + radius[r]);
  }
  const slack = op.dim * Number.EPSILON * (Math.max(Math.abs(min), Math.abs(max)) + 1);
  return { min: min - slack, max: max + slack };
}

/** H as a dense dim × dim Hermitian {@link ComplexMatrix} (both triangles), for oracles on small models. */
export function denseBlockSparse(op: BlockSparseOperator): ComplexMatrix {
  const { dim } = op;
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) re[i * dim + i] = op.diagonal[i];
  for (const blk of op.blocks) {
    const r0 = op.offsets[blk.row];
    const c0 = op.offsets[blk.col];
    const rows = op.offsets[blk.row + 1] - r0;
    const cols = op.offsets[blk.col + 1] - c0;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const e = i * cols + j;
        re[(r0 + i) * dim + c0 + j] += blk.re[e];
        im[(r0 + i) * dim + c0 + j] += blk.im[e];
        re[(c0 + j) * dim + r0 + i] += blk.re[e];
        im[(c0 + j) * dim + r0 + i] -= blk.im[e];
      }
    }
  }
  return { rows: dim, cols: dim, re, im };
}
