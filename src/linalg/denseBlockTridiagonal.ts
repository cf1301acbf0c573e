import type { BlockTridiagonalOperator } from './blockTridiagonalOperator.ts';
import { type ComplexMatrix, zeroMatrix } from './complexMatrix.ts';

/**
 * A Hermitian block-tridiagonal operator H = diag(d) + Σ_g (C_g + C_g†) as a dense dim×dim
 * {@link ComplexMatrix}: H_rr = d_r, H_{top+i, bot+j} = (C_g)_ij and H_{bot+j, top+i} = conj((C_g)_ij).
 *
 * @remarks
 * For the eigen propagator, the Dyson operators and the test oracles only: memory 16·dim² bytes. The
 * exact-dynamics hot path uses {@link blockTridiagonalMatvec} on the operator itself. Every entry is a
 * copy (or a negated imaginary part) of an operator entry, so no rounding happens here.
 */
export function denseBlockTridiagonal(op: BlockTridiagonalOperator): ComplexMatrix {
  const { dim, groups } = op;
  const h = zeroMatrix(dim);
  const { re, im } = h;
  for (let i = 0; i < dim; i++) re[i * dim + i] = op.diagonal[i];
  for (let g = 0; g + 2 < groups.length; g++) {
    const top = groups[g];
    const bot = groups[g + 1];
    const rows = bot - top;
    const cols = groups[g + 2] - bot;
    const base = op.blockStart[g];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const r = top + i;
        const c = bot + j;
        const bRe = op.blockRe[base + i * cols + j];
        const bIm = op.blockIm[base + i * cols + j];
        re[r * dim + c] = bRe;
        im[r * dim + c] = bIm;
        re[c * dim + r] = bRe;
        im[c * dim + r] = -bIm;
      }
    }
  }
  return h;
}
