import type { ComplexVector } from '../linalg/complexVector.ts';
import { lanczosExtremes } from '../linalg/lanczosSpectralBounds.ts';
import { blockSparseMatvec, type BlockSparseOperator } from './blockSparseOperator.ts';

/**
 * Inner estimates of the extreme eigenvalues of a {@link BlockSparseOperator} by `steps` Lanczos steps — the
 * one Lanczos recipe of src/linalg/lanczosSpectralBounds.ts on the generic matvec.
 *
 * @remarks Ritz values approach the extremes from inside, so callers widen the interval and verify it (the
 * Chebyshev vectors of src/exact/graphChebyshev.ts must not grow). The start vector is copied and normalized.
 */
export function blockSparseLanczos(op: BlockSparseOperator, start: ComplexVector, steps = 50): { min: number; max: number } {
  const wRe = new Float64Array(op.dim);
  const wIm = new Float64Array(op.dim);
  return lanczosExtremes(
    op.dim,
    (xRe, xIm, yRe, yIm, beta) => {
      blockSparseMatvec(op, xRe, xIm, wRe, wIm);
      for (let i = 0; i < op.dim; i++) {
        yRe[i] = wRe[i] + beta * yRe[i];
        yIm[i] = wIm[i] + beta * yIm[i];
      }
    },
    start,
    steps,
  );
}
