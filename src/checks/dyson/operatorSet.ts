/**
 * The Dyson operators of one chain case as plain matrices — what every identity check of Sec. II–IV
 * takes, whoever computed them (hamcheck's reference for the errata report, the implementation under test
 * for the property suites).
 *
 * @remarks
 * Boundary reading: the paper writes P̂_{µ±1,µ±1} and P̂_{µ±2,µ±2} in (17), (18), (20), (21) without
 * restricting µ; at the chain ends those subspaces do not exist. P̂_νν with ν ∉ 1 … N is read as the ZERO
 * operator (equivalently: the term is dropped). It is the only reading under which the printed expressions
 * are defined for every µ = 1 … N, and the one under which (17) and (18) hold for the shortest chains
 * (N = 2 resp. N ≤ 4), so it gives the printed forms the benefit of the doubt.
 */
import { type ComplexMatrix, zeroMatrix } from '../../linalg/complexMatrix.ts';

/** A dense complex matrix in any row-major two-array form (Float64Array or JSON number arrays). */
export interface MatrixLike {
  rows: number;
  cols: number;
  re: ArrayLike<number>;
  im: ArrayLike<number>;
}

/** Copies a {@link MatrixLike} into a {@link ComplexMatrix}, checking its shape. */
export function toComplexMatrix(m: MatrixLike): ComplexMatrix {
  if (m.re.length !== m.rows * m.cols || m.im.length !== m.rows * m.cols) {
    throw new RangeError(`toComplexMatrix: ${m.rows}×${m.cols} needs ${m.rows * m.cols} entries, got ${m.re.length}/${m.im.length}`);
  }
  return { rows: m.rows, cols: m.cols, re: Float64Array.from(m.re), im: Float64Array.from(m.im) };
}

/** The matrices of one case: H, the Dyson operators (9), (10), (16) at step τ, and P̂_µν for µ, ν in 1 … N. */
export interface DysonMatrices {
  sites: number;
  levels: number;
  tau: number;
  h: ComplexMatrix;
  u1: ComplexMatrix;
  u2: ComplexMatrix;
  u2diag: ComplexMatrix;
  u2off: ComplexMatrix;
  /** P̂_µν for in-range 1-based µ, ν (never called outside 1 … N). */
  transition: (mu: number, nu: number) => ComplexMatrix;
}

/** {@link DysonMatrices} with the scales the tolerances need and the boundary reading applied. */
export interface DysonOperatorSet {
  sites: number;
  levels: number;
  /** d = N·n. */
  dim: number;
  tau: number;
  h: ComplexMatrix;
  u1: ComplexMatrix;
  u2: ComplexMatrix;
  u2diag: ComplexMatrix;
  u2off: ComplexMatrix;
  /** λ|v|max: the largest coupling entry. */
  vMax: number;
  /** ω_max: the largest Bohr frequency |E_a − E_b| of Ĥ₀. */
  omegaMax: number;
  /** P̂_µµ (1-based µ), zero outside 1 … N. */
  proj(mu: number): ComplexMatrix;
  /** P̂_µν (1-based), zero if either index is outside 1 … N. */
  transition(mu: number, nu: number): ComplexMatrix;
}

/** Applies the boundary reading and computes vMax, ω_max from H. */
export function dysonOperatorSet(m: DysonMatrices): DysonOperatorSet {
  const dim = m.sites * m.levels;
  const zero = zeroMatrix(dim);
  const inside = (mu: number) => mu >= 1 && mu <= m.sites;
  const transition = (mu: number, nu: number): ComplexMatrix => (inside(mu) && inside(nu) ? m.transition(mu, nu) : zero);
  return {
    sites: m.sites,
    levels: m.levels,
    dim,
    tau: m.tau,
    h: m.h,
    u1: m.u1,
    u2: m.u2,
    u2diag: m.u2diag,
    u2off: m.u2off,
    vMax: maxOffDiagonal(m.h),
    omegaMax: maxFrequency(m.h),
    proj: (mu) => transition(mu, mu),
    transition,
  };
}

/** max |H_ab| over a ≠ b: the largest coupling entry λ|v|max of the model. */
export function maxOffDiagonal(h: ComplexMatrix): number {
  let m = 0;
  for (let i = 0; i < h.rows; i++) {
    for (let j = 0; j < h.cols; j++) if (i !== j) m = Math.max(m, Math.hypot(h.re[i * h.cols + j], h.im[i * h.cols + j]));
  }
  return m;
}

/** Largest |E_a − E_b| over the diagonal of H: the largest Bohr frequency of Ĥ₀. */
export function maxFrequency(h: ComplexMatrix): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < h.rows; i++) {
    lo = Math.min(lo, h.re[i * h.cols + i]);
    hi = Math.max(hi, h.re[i * h.cols + i]);
  }
  return hi - lo;
}
