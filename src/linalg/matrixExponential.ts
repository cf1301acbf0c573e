import { type ComplexMatrix, identityMatrix, matMul, norm1 } from './complexMatrix.ts';

/** Taylor degree of the scaled exponential. */
const TAYLOR_DEGREE = 18;

/**
 * e^A for a small dense complex matrix, by scaling and squaring with a Taylor polynomial.
 *
 * @remarks
 * The one matrix exponential of hamcheck: the exact interaction-picture propagator e^{iĤ₀τ}e^{−iĤτ}
 * that the Dyson expansion (8) approximates, and the real master-equation propagator e^{L(t)} of the
 * second-order transport prediction (a real A keeps im ≡ 0 exactly: every product adds only 0·x terms). With s = max(0, ⌈log₂(2‖A‖₁)⌉), B = A/2^s has ‖B‖₁ ≤ ½, and the degree-18 Taylor
 * polynomial of e^B (Horner form) has truncation error ≤ (½)^19/19!·e^{½} < 3·10⁻²³ relative to
 * ‖e^B‖ — far below rounding. Then e^A = (e^B)^{2^s} by s squarings. For the skew-Hermitian A = −iHτ
 * used here every factor is unitary up to rounding, so each squaring adds about d·ε to the error and
 * the result is accurate to ≈ (s + 19)·d·ε in norm (d the dimension). Cost (18 + s) products, O(d³).
 */
export function matrixExponential(a: ComplexMatrix): ComplexMatrix {
  if (a.rows !== a.cols) throw new RangeError('matrixExponential: square matrix required');
  const dim = a.rows;
  const norm = norm1(a);
  const s = norm > 0.5 ? Math.ceil(Math.log2(2 * norm)) : 0;
  const scale = 2 ** -s;
  const b: ComplexMatrix = { rows: dim, cols: dim, re: a.re.map((x) => x * scale), im: a.im.map((x) => x * scale) };
  // Horner: T ← I + B·T/k, k = m … 1.
  let t = identityMatrix(dim);
  for (let k = TAYLOR_DEGREE; k >= 1; k--) {
    const bt = matMul(b, t);
    const next = identityMatrix(dim);
    for (let e = 0; e < next.re.length; e++) {
      next.re[e] += bt.re[e] / k;
      next.im[e] = bt.im[e] / k;
    }
    t = next;
  }
  for (let q = 0; q < s; q++) t = matMul(t, t);
  return t;
}
