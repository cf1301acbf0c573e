import { type ComplexMatrix, zeroMatrix } from '../linalg/complexMatrix.ts';

/** Û⁽²⁾ split by blocks: (16) plus whatever lies outside the pattern (16) allows. */
export interface SecondOrderParts {
  /** Û⁽²⁾_diag = Σ_µ u⁽²⁾_µµ P̂_µµ: the blocks (µ, µ). */
  diag: ComplexMatrix;
  /** Û⁽²⁾_off = Σ_µ (u⁽²⁾_{µ−1,µ+1} P̂_{µ−1,µ+1} + u⁽²⁾_{µ+1,µ−1} P̂_{µ+1,µ−1}): the blocks (µ, µ±2). */
  off: ComplexMatrix;
  /** All other blocks; (15) says these vanish identically. */
  remainder: ComplexMatrix;
}

/**
 * The decomposition Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off of eq. (16), by copying blocks.
 *
 * @remarks
 * Sec. III, (15)–(16). `diag + off + remainder` reproduces the input exactly (each entry is copied to
 * exactly one part); the suite checks that `remainder` is zero, i.e. that no block (µ, ν) with
 * |µ − ν| ∉ {0, 2} is populated.
 */
export function splitSecondOrder(u2: ComplexMatrix, sites: number, levels: number): SecondOrderParts {
  const dim = sites * levels;
  if (u2.rows !== dim || u2.cols !== dim) throw new RangeError(`splitSecondOrder: expected ${dim}×${dim}`);
  const parts = { diag: zeroMatrix(dim), off: zeroMatrix(dim), remainder: zeroMatrix(dim) };
  for (let r = 0; r < dim; r++) {
    const mu = Math.floor(r / levels);
    for (let c = 0; c < dim; c++) {
      const dist = Math.abs(mu - Math.floor(c / levels));
      const target = dist === 0 ? parts.diag : dist === 2 ? parts.off : parts.remainder;
      target.re[r * dim + c] = u2.re[r * dim + c];
      target.im[r * dim + c] = u2.im[r * dim + c];
    }
  }
  return parts;
}
