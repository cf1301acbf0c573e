/**
 * One streaming pass over rows [i0, i1) of a rectangular complex block C that serves both C·x and C†·x.
 *
 * @remarks
 * For a Hermitian block-tridiagonal H with upper block C between row groups `top` and `bot`:
 * d[dOff + i] += α Σ_j C_ij x[bot + j]           (the row dot products, C x_bot),
 * s[sOff + j] += α Σ_i conj(C_ij) x[top + i]     (the scatter along the same rows, C† x_top).
 * C is row-major with `cols` columns starting at `cOff`. Each entry of C is read once, and rows are
 * taken in pairs so each x[bot + j], s[sOff + j] load serves two rows. Cost: 2·(i1 − i0)·cols complex
 * multiply-adds. Strided in the stdlib-js manner (arrays plus offsets), so one kernel serves the serial
 * matvec, the threaded Chebyshev participants (row ranges) and the transport sectors (rectangular C).
 * `d`/`s` ranges must not overlap `x`'s.
 */
export function fusedBlockRows(
  cRe: Float64Array,
  cIm: Float64Array,
  cOff: number,
  cols: number,
  i0: number,
  i1: number,
  alpha: number,
  xRe: Float64Array,
  xIm: Float64Array,
  top: number,
  bot: number,
  dRe: Float64Array,
  dIm: Float64Array,
  dOff: number,
  sRe: Float64Array,
  sIm: Float64Array,
  sOff: number,
): void {
  let i = i0;
  for (; i + 1 < i1; i += 2) {
    const u0Re = alpha * xRe[top + i];
    const u0Im = alpha * xIm[top + i];
    const u1Re = alpha * xRe[top + i + 1];
    const u1Im = alpha * xIm[top + i + 1];
    let s0Re = 0;
    let s0Im = 0;
    let s1Re = 0;
    let s1Im = 0;
    const p = cOff + i * cols;
    const q = p + cols;
    for (let j = 0; j < cols; j++) {
      const a = cRe[p + j];
      const b = cIm[p + j];
      const c = cRe[q + j];
      const d = cIm[q + j];
      const vr = xRe[bot + j];
      const vi = xIm[bot + j];
      s0Re += a * vr - b * vi;
      s0Im += a * vi + b * vr;
      s1Re += c * vr - d * vi;
      s1Im += c * vi + d * vr;
      sRe[sOff + j] += a * u0Re + b * u0Im + c * u1Re + d * u1Im;
      sIm[sOff + j] += a * u0Im - b * u0Re + c * u1Im - d * u1Re;
    }
    dRe[dOff + i] += alpha * s0Re;
    dIm[dOff + i] += alpha * s0Im;
    dRe[dOff + i + 1] += alpha * s1Re;
    dIm[dOff + i + 1] += alpha * s1Im;
  }
  if (i < i1) {
    const uRe = alpha * xRe[top + i];
    const uIm = alpha * xIm[top + i];
    let s0Re = 0;
    let s0Im = 0;
    const p = cOff + i * cols;
    for (let j = 0; j < cols; j++) {
      const a = cRe[p + j];
      const b = cIm[p + j];
      const vr = xRe[bot + j];
      const vi = xIm[bot + j];
      s0Re += a * vr - b * vi;
      s0Im += a * vi + b * vr;
      sRe[sOff + j] += a * uRe + b * uIm;
      sIm[sOff + j] += a * uIm - b * uRe;
    }
    dRe[dOff + i] += alpha * s0Re;
    dIm[dOff + i] += alpha * s0Im;
  }
}
