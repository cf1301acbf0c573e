import type { ComplexVector } from '../linalg/complexVector.ts';
import { symmetricTridiagonalExtremes } from '../linalg/symmetricTridiagonalExtremes.ts';
import { blockSparseMatvec, type BlockSparseOperator } from './blockSparseOperator.ts';

/**
 * Inner estimates of the extreme eigenvalues of a {@link BlockSparseOperator} by `steps` Lanczos steps — the
 * recipe of src/linalg/lanczosSpectralBounds.ts on the generic matvec.
 *
 * @remarks Ritz values approach the extremes from inside, so callers widen the interval and verify it (the
 * Chebyshev vectors of src/exact/graphChebyshev.ts must not grow). No reorthogonalization: spurious copies of
 * converged Ritz values do not move the extremes. The start vector is copied and normalized.
 */
export function blockSparseLanczos(op: BlockSparseOperator, start: ComplexVector, steps = 50): { min: number; max: number } {
  const dim = op.dim;
  const m = Math.min(steps, dim);
  let vRe = Float64Array.from(start.re);
  let vIm = Float64Array.from(start.im);
  scale(vRe, vIm, 1 / norm(vRe, vIm));
  let prevRe = new Float64Array(dim);
  let prevIm = new Float64Array(dim);
  const wRe = new Float64Array(dim);
  const wIm = new Float64Array(dim);
  const alpha: number[] = [];
  const beta: number[] = [];
  let b = 0;
  for (let step = 0; step < m; step++) {
    blockSparseMatvec(op, vRe, vIm, wRe, wIm);
    let a = 0;
    for (let i = 0; i < dim; i++) a += vRe[i] * wRe[i] + vIm[i] * wIm[i];
    for (let i = 0; i < dim; i++) {
      prevRe[i] = wRe[i] - a * vRe[i] - b * prevRe[i];
      prevIm[i] = wIm[i] - a * vIm[i] - b * prevIm[i];
    }
    alpha.push(a);
    b = norm(prevRe, prevIm);
    if (step === m - 1 || b <= 1e-14 * Math.abs(a)) break;
    beta.push(b);
    scale(prevRe, prevIm, 1 / b);
    [vRe, prevRe] = [prevRe, vRe];
    [vIm, prevIm] = [prevIm, vIm];
  }
  return symmetricTridiagonalExtremes(Float64Array.from(alpha), Float64Array.from(beta.slice(0, alpha.length - 1)));
}

function norm(re: Float64Array, im: Float64Array): number {
  let s = 0;
  for (let i = 0; i < re.length; i++) s += re[i] * re[i] + im[i] * im[i];
  return Math.sqrt(s);
}

function scale(re: Float64Array, im: Float64Array, f: number): void {
  for (let i = 0; i < re.length; i++) {
    re[i] *= f;
    im[i] *= f;
  }
}
