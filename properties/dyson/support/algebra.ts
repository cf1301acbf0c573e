/**
 * Test-side complex matrix algebra for the Dyson suites, independent of `src/` (the suites must not
 * reuse the implementation's own arithmetic to check it).
 */
import type { MatrixData } from '../../support/implementation.ts';

export class Mat {
  readonly rows: number;
  readonly cols: number;
  readonly re: Float64Array;
  readonly im: Float64Array;

  constructor(rows: number, cols: number, re?: ArrayLike<number>, im?: ArrayLike<number>) {
    this.rows = rows;
    this.cols = cols;
    this.re = re ? Float64Array.from(re) : new Float64Array(rows * cols);
    this.im = im ? Float64Array.from(im) : new Float64Array(rows * cols);
    if (this.re.length !== rows * cols || this.im.length !== rows * cols) {
      throw new RangeError(`Mat: ${rows}×${cols} needs ${rows * cols} entries`);
    }
  }

  static from(m: MatrixData): Mat {
    return new Mat(m.rows, m.cols, m.re, m.im);
  }

  static zero(dim: number): Mat {
    return new Mat(dim, dim);
  }

  static identity(dim: number): Mat {
    const m = new Mat(dim, dim);
    for (let i = 0; i < dim; i++) m.re[i * dim + i] = 1;
    return m;
  }

  mul(b: Mat): Mat {
    if (this.cols !== b.rows) throw new RangeError('Mat.mul: shape');
    const out = new Mat(this.rows, b.cols);
    for (let i = 0; i < this.rows; i++) {
      for (let k = 0; k < this.cols; k++) {
        const ar = this.re[i * this.cols + k];
        const ai = this.im[i * this.cols + k];
        for (let j = 0; j < b.cols; j++) {
          out.re[i * b.cols + j] += ar * b.re[k * b.cols + j] - ai * b.im[k * b.cols + j];
          out.im[i * b.cols + j] += ar * b.im[k * b.cols + j] + ai * b.re[k * b.cols + j];
        }
      }
    }
    return out;
  }

  /** this + (sRe + i·sIm)·b */
  addScaled(b: Mat, sRe = 1, sIm = 0): Mat {
    if (this.rows !== b.rows || this.cols !== b.cols) throw new RangeError('Mat.addScaled: shape');
    const out = new Mat(this.rows, this.cols, this.re, this.im);
    for (let e = 0; e < out.re.length; e++) {
      out.re[e] += sRe * b.re[e] - sIm * b.im[e];
      out.im[e] += sRe * b.im[e] + sIm * b.re[e];
    }
    return out;
  }

  add(b: Mat): Mat {
    return this.addScaled(b, 1, 0);
  }

  sub(b: Mat): Mat {
    return this.addScaled(b, -1, 0);
  }

  scale(sRe: number, sIm = 0): Mat {
    return Mat.zero(this.rows).addScaled(this, sRe, sIm);
  }

  adjoint(): Mat {
    const out = new Mat(this.cols, this.rows);
    for (let i = 0; i < this.rows; i++) {
      for (let j = 0; j < this.cols; j++) {
        out.re[j * this.rows + i] = this.re[i * this.cols + j];
        out.im[j * this.rows + i] = -this.im[i * this.cols + j];
      }
    }
    return out;
  }

  maxAbs(): number {
    let m = 0;
    for (let e = 0; e < this.re.length; e++) m = Math.max(m, Math.hypot(this.re[e], this.im[e]));
    return m;
  }

  frobenius(): number {
    let s = 0;
    for (let e = 0; e < this.re.length; e++) s += this.re[e] ** 2 + this.im[e] ** 2;
    return Math.sqrt(s);
  }

  /** Real part of the trace. */
  traceRe(): number {
    let s = 0;
    for (let i = 0; i < Math.min(this.rows, this.cols); i++) s += this.re[i * this.cols + i];
    return s;
  }

  /** ⟨x|this|y⟩ for column vectors x, y given as {re, im}. */
  sandwich(x: Vec, y: Vec): { re: number; im: number } {
    let sr = 0;
    let si = 0;
    for (let i = 0; i < this.rows; i++) {
      let tr = 0;
      let ti = 0;
      for (let j = 0; j < this.cols; j++) {
        const ar = this.re[i * this.cols + j];
        const ai = this.im[i * this.cols + j];
        tr += ar * y.re[j] - ai * y.im[j];
        ti += ar * y.im[j] + ai * y.re[j];
      }
      // conj(x_i)·t
      sr += x.re[i] * tr + x.im[i] * ti;
      si += x.re[i] * ti - x.im[i] * tr;
    }
    return { re: sr, im: si };
  }
}

export interface Vec {
  re: Float64Array;
  im: Float64Array;
}

/** max |H_ab| over a ≠ b: the largest coupling entry λ|v|max of the model. */
export function maxOffDiagonal(h: Mat): number {
  let m = 0;
  for (let i = 0; i < h.rows; i++) {
    for (let j = 0; j < h.cols; j++) if (i !== j) m = Math.max(m, Math.hypot(h.re[i * h.cols + j], h.im[i * h.cols + j]));
  }
  return m;
}

/** Largest |E_a − E_b| over the diagonal of H: the largest Bohr frequency of Ĥ₀. */
export function maxFrequency(h: Mat): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < h.rows; i++) {
    lo = Math.min(lo, h.re[i * h.cols + i]);
    hi = Math.max(hi, h.re[i * h.cols + i]);
  }
  return hi - lo;
}
