/**
 * Dense complex matrices on two row-major `Float64Array`s (real and imaginary parts): the one dense
 * complex matrix type of hamcheck.
 *
 * @remarks
 * Entry (r, c) is at index `r·cols + c`. Used for the dense chain Hamiltonian (eigen propagator,
 * oracles) and the Dyson operators of Sec. III, which live in the single-excitation subspace of
 * dimension d = N·n; for the identities (5), (13)–(21) d is small (≤ a few hundred), so plain O(d³)
 * loops are enough. The protocol's plain-JSON matrix (`WireMatrix`) is a serialization of this type,
 * not a second one.
 */
export interface ComplexMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** The rows×cols zero matrix. */
export function zeroMatrix(rows: number, cols = rows): ComplexMatrix {
  return { rows, cols, re: new Float64Array(rows * cols), im: new Float64Array(rows * cols) };
}

/** The d×d identity. */
export function identityMatrix(dim: number): ComplexMatrix {
  const m = zeroMatrix(dim);
  for (let i = 0; i < dim; i++) m.re[i * dim + i] = 1;
  return m;
}

/** A · B (recursive summation over the inner index, zero entries of A skipped). */
export function matMul(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  if (a.cols !== b.rows) throw new RangeError(`matMul: ${a.rows}×${a.cols} times ${b.rows}×${b.cols}`);
  const out = zeroMatrix(a.rows, b.cols);
  const { cols: inner } = a;
  const w = b.cols;
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < inner; k++) {
      const ar = a.re[i * inner + k];
      const ai = a.im[i * inner + k];
      if (ar === 0 && ai === 0) continue;
      for (let j = 0; j < w; j++) {
        const br = b.re[k * w + j];
        const bi = b.im[k * w + j];
        out.re[i * w + j] += ar * br - ai * bi;
        out.im[i * w + j] += ar * bi + ai * br;
      }
    }
  }
  return out;
}

/** α·A + β·B for complex scalars α = (αRe, αIm), β = (βRe, βIm). */
export function linearCombination(
  alphaRe: number,
  alphaIm: number,
  a: ComplexMatrix,
  betaRe: number,
  betaIm: number,
  b: ComplexMatrix,
): ComplexMatrix {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new RangeError('linearCombination: shape mismatch');
  const out = zeroMatrix(a.rows, a.cols);
  for (let e = 0; e < a.re.length; e++) {
    out.re[e] = alphaRe * a.re[e] - alphaIm * a.im[e] + betaRe * b.re[e] - betaIm * b.im[e];
    out.im[e] = alphaRe * a.im[e] + alphaIm * a.re[e] + betaRe * b.im[e] + betaIm * b.re[e];
  }
  return out;
}

/** A + B. */
export function matAdd(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return linearCombination(1, 0, a, 1, 0, b);
}

/** A − B. */
export function matSub(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  return linearCombination(1, 0, a, -1, 0, b);
}

/** The conjugate transpose A†. */
export function adjoint(a: ComplexMatrix): ComplexMatrix {
  const out = zeroMatrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < a.cols; j++) {
      out.re[j * a.rows + i] = a.re[i * a.cols + j];
      out.im[j * a.rows + i] = -a.im[i * a.cols + j];
    }
  }
  return out;
}

/** max_ij |A_ij|. */
export function maxAbs(a: ComplexMatrix): number {
  let m = 0;
  for (let e = 0; e < a.re.length; e++) m = Math.max(m, Math.hypot(a.re[e], a.im[e]));
  return m;
}

/** The maximum absolute column sum ‖A‖₁. */
export function norm1(a: ComplexMatrix): number {
  let best = 0;
  for (let j = 0; j < a.cols; j++) {
    let s = 0;
    for (let i = 0; i < a.rows; i++) s += Math.hypot(a.re[i * a.cols + j], a.im[i * a.cols + j]);
    best = Math.max(best, s);
  }
  return best;
}
