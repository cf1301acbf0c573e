/**
 * The few operations the identity checks need on top of src/linalg/complexMatrix.ts: complex scaling,
 * chained products, norms and ⟨x|A|y⟩.
 */
import { type ComplexMatrix, linearCombination, matMul } from '../../linalg/complexMatrix.ts';

/** c·A for the complex scalar c = re + i·im. */
export function scaled(a: ComplexMatrix, re: number, im = 0): ComplexMatrix {
  return linearCombination(re, im, a, 0, 0, a);
}

/** A₁A₂⋯A_k, multiplied left to right. */
export function product(first: ComplexMatrix, ...rest: ComplexMatrix[]): ComplexMatrix {
  return rest.reduce((acc, m) => matMul(acc, m), first);
}

/** max_i Σ_j |A_ij|: the ∞-norm, bounding every entry of a product it takes part in. */
export function rowSumNorm(a: ComplexMatrix): number {
  let best = 0;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += Math.hypot(a.re[i * a.cols + j], a.im[i * a.cols + j]);
    best = Math.max(best, s);
  }
  return best;
}

/** ‖A‖_F = (Σ|A_ij|²)^½. */
export function frobeniusNorm(a: ComplexMatrix): number {
  let s = 0;
  for (let e = 0; e < a.re.length; e++) s += a.re[e] ** 2 + a.im[e] ** 2;
  return Math.sqrt(s);
}

/** A column vector as two real arrays. */
export interface VectorParts {
  re: ArrayLike<number>;
  im: ArrayLike<number>;
}

/** ⟨x|A|y⟩ = Σ_ij conj(x_i)A_ij y_j. */
export function sandwich(a: ComplexMatrix, x: VectorParts, y: VectorParts): { re: number; im: number } {
  let sr = 0;
  let si = 0;
  for (let i = 0; i < a.rows; i++) {
    let tr = 0;
    let ti = 0;
    for (let j = 0; j < a.cols; j++) {
      const ar = a.re[i * a.cols + j];
      const ai = a.im[i * a.cols + j];
      tr += ar * y.re[j] - ai * y.im[j];
      ti += ar * y.im[j] + ai * y.re[j];
    }
    sr += x.re[i] * tr + x.im[i] * ti;
    si += x.re[i] * ti - x.im[i] * tr;
  }
  return { re: sr, im: si };
}
