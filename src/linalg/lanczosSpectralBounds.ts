import { blockTridiagonalMatvec } from './blockTridiagonalMatvec.ts';
import type { BlockTridiagonalOperator } from './blockTridiagonalOperator.ts';
import type { ComplexVector } from './complexVector.ts';
import { symmetricTridiagonalExtremes } from './symmetricTridiagonalExtremes.ts';

/**
 * Estimates of the smallest and largest eigenvalue of a block-tridiagonal H by `steps` Lanczos steps.
 *
 * @remarks
 * Ritz values approach the extremal eigenvalues from inside, so the estimates are inner bounds; the
 * caller widens them by a margin and {@link chebyshevPropagator} verifies the result at run time
 * (‖T_k(H̃)ψ‖ ≤ 1 holds exactly when the scaled spectrum lies in [−1, 1]). The caller supplies the
 * start vector (any nonzero vector of length dim, normalized here on a copy; it is not modified), so
 * the estimate is as deterministic as the start; a random start has, with probability 1, a component
 * along the extremal eigenvectors. No reorthogonalization: spurious copies of converged Ritz values do
 * not move the extremes.
 */
export function lanczosSpectralBounds(op: BlockTridiagonalOperator, start: ComplexVector, steps = 40): { min: number; max: number } {
  return lanczosExtremes(op.dim, (xRe, xIm, yRe, yIm, beta) => blockTridiagonalMatvec(op, xRe, xIm, yRe, yIm, 0, 1, beta), start, steps);
}

/** y ← H x + beta·y for a Hermitian H of the caller's (x and y never alias). */
export type AccumulatingMatvec = (xRe: Float64Array, xIm: Float64Array, yRe: Float64Array, yIm: Float64Array, beta: number) => void;

/**
 * The Lanczos recipe of {@link lanczosSpectralBounds} for any Hermitian operator given by its matvec:
 * inner estimates of the extreme eigenvalues after `steps` steps from a copy of `start`.
 */
export function lanczosExtremes(dim: number, apply: AccumulatingMatvec, start: ComplexVector, steps = 40): { min: number; max: number } {
  if (start.re.length !== dim || start.im.length !== dim) {
    throw new Error(`lanczosSpectralBounds: start vector of length ${start.re.length} for an operator of dimension ${dim}`);
  }
  const m = Math.min(steps, dim);
  let vRe = Float64Array.from(start.re);
  let vIm = Float64Array.from(start.im);
  scale(vRe, vIm, 1 / norm(vRe, vIm));
  let prevRe = new Float64Array(dim);
  let prevIm = new Float64Array(dim);
  const alpha: number[] = [];
  const beta: number[] = [];
  let b = 0;
  for (let step = 0; step < m; step++) {
    // w = H v − b·v_prev, written into prev.
    apply(vRe, vIm, prevRe, prevIm, -b);
    let a = 0;
    for (let i = 0; i < dim; i++) a += vRe[i] * prevRe[i] + vIm[i] * prevIm[i];
    for (let i = 0; i < dim; i++) {
      prevRe[i] -= a * vRe[i];
      prevIm[i] -= a * vIm[i];
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
