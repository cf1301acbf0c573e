import type { ComplexVector } from '../linalg/complexVector.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import { blockSparseGershgorin, blockSparseMatvec, type BlockSparseOperator } from './blockSparseOperator.ts';
import { truncatedBessel } from './chebyshevExpansion.ts';

/**
 * ψ(t_j) = e^{−iHt_j}ψ(0) for every output time from one Chebyshev expansion, for any
 * {@link BlockSparseOperator} (the generic twin of src/exact/chebyshevExpansion.ts, which needs a
 * block-tridiagonal H).
 *
 * @remarks
 * With H̃ = (H − c)/a on `interval` = [c − a, c + a] (default the guaranteed Gershgorin interval
 * {@link blockSparseGershgorin}; callers pass a widened Lanczos estimate, ≈ 2–4× narrower):
 * e^{−iHt} = e^{−ict} Σ_k (2 − δ_k0)(−i)^k J_k(a t) T_k(H̃), φ_{k+1} = 2H̃φ_k − φ_{k−1}. Truncation per time
 * as in {@link truncatedBessel}: 2Σ_{k>K_j}|J_k(a t_j)| ≤ `tolerance` bounds ‖ψ_K(t_j) − ψ(t_j)‖₂, since
 * ‖φ_k‖ ≤ ‖ψ(0)‖ when the interval encloses the spectrum; that premise is checked at every step and a growing
 * φ_k returns `null` (the caller widens the interval). Returns row j of `re`/`im` (length T·dim) = ψ(t_j).
 */
export function graphChebyshev(
  op: BlockSparseOperator,
  psi0: ComplexVector,
  times: Float64Array,
  tolerance: number,
  onProgress?: (fraction: number) => void,
  interval: { min: number; max: number } = blockSparseGershgorin(op),
): { re: Float64Array; im: Float64Array; terms: number; centre: number; halfWidth: number } | null {
  const { dim } = op;
  const T = times.length;
  assertFitsInMemory('times.count', 16 * T * dim + 64 * dim, `${T} output states of dimension ${dim}`);
  const { min, max } = interval;
  const centre = 0.5 * (min + max);
  const halfWidth = Math.max(0.5 * (max - min), 1e-300);
  const tables = Array.from(times, (t) => truncatedBessel(halfWidth * t, tolerance));
  const maxOrder = tables.reduce((m, t) => Math.max(m, t.order), 0);
  const accRe = new Float64Array(T * dim);
  const accIm = new Float64Array(T * dim);
  let prevRe = Float64Array.from(psi0.re);
  let prevIm = Float64Array.from(psi0.im);
  let curRe = new Float64Array(dim);
  let curIm = new Float64Array(dim);
  let nextRe = new Float64Array(dim);
  let nextIm = new Float64Array(dim);
  let norm0 = 0;
  for (let i = 0; i < dim; i++) norm0 += psi0.re[i] ** 2 + psi0.im[i] ** 2;
  const limit = Math.sqrt(norm0) * (1 + 1e-9);
  const add = (k: number, re: Float64Array, im: Float64Array) => {
    for (let j = 0; j < T; j++) {
      if (k > tables[j].order) continue;
      // (2 − δ_k0)(−i)^k J_k: (−i)^k = 1, −i, −1, i for k ≡ 0, 1, 2, 3 (mod 4)
      const w = (k === 0 ? 1 : 2) * tables[j].values[k];
      const r = k & 3;
      const base = j * dim;
      if (r === 0 || r === 2) {
        const s = r === 0 ? w : -w;
        for (let i = 0; i < dim; i++) {
          accRe[base + i] += s * re[i];
          accIm[base + i] += s * im[i];
        }
      } else {
        // −i·w·φ = w·(im − i·re) for r = 1; +i·w·φ for r = 3
        const s = r === 1 ? w : -w;
        for (let i = 0; i < dim; i++) {
          accRe[base + i] += s * im[i];
          accIm[base + i] -= s * re[i];
        }
      }
    }
  };
  add(0, prevRe, prevIm);
  if (maxOrder >= 1) {
    scaledApply(op, prevRe, prevIm, curRe, curIm, centre, halfWidth, 1, null, null);
    add(1, curRe, curIm);
  }
  for (let k = 2; k <= maxOrder; k++) {
    scaledApply(op, curRe, curIm, nextRe, nextIm, centre, halfWidth, 2, prevRe, prevIm);
    let n2 = 0;
    for (let i = 0; i < dim; i++) n2 += nextRe[i] ** 2 + nextIm[i] ** 2;
    if (Math.sqrt(n2) > limit) return null;
    add(k, nextRe, nextIm);
    [prevRe, curRe, nextRe] = [curRe, nextRe, prevRe];
    [prevIm, curIm, nextIm] = [curIm, nextIm, prevIm];
    if (onProgress && (k & 63) === 0) onProgress(k / maxOrder);
  }
  for (let j = 0; j < T; j++) {
    // global phase e^{−ict} of the spectral shift
    const cr = Math.cos(centre * times[j]);
    const ci = -Math.sin(centre * times[j]);
    for (let i = j * dim; i < (j + 1) * dim; i++) {
      const r = accRe[i];
      accRe[i] = cr * r - ci * accIm[i];
      accIm[i] = cr * accIm[i] + ci * r;
    }
  }
  return { re: accRe, im: accIm, terms: maxOrder + 1, centre, halfWidth };
}

/** out = f·(H − c)/a·x − prev (prev omitted when null). */
function scaledApply(op: BlockSparseOperator, xRe: Float64Array, xIm: Float64Array, outRe: Float64Array, outIm: Float64Array, c: number, a: number, f: number, prevRe: Float64Array | null, prevIm: Float64Array | null): void {
  blockSparseMatvec(op, xRe, xIm, outRe, outIm);
  const s = f / a;
  for (let i = 0; i < op.dim; i++) {
    outRe[i] = s * (outRe[i] - c * xRe[i]) - (prevRe ? prevRe[i] : 0);
    outIm[i] = s * (outIm[i] - c * xIm[i]) - (prevIm ? prevIm[i] : 0);
  }
}
