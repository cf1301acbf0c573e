import { HamcheckNumericalError } from '../errors.ts';
import { truncatedBessel } from '../exact/chebyshevPropagator.ts';
import { gershgorinBounds, sectorMatvec } from './sectorOperator.ts';
import type { Sector } from './transportModel.ts';

/** A complex vector as two Float64Arrays. */
export interface CVec {
  re: Float64Array;
  im: Float64Array;
}

/** Result of {@link propagateSector}: states[v][m] = e^{−iH_E t_m} starts[v]. */
export interface SectorStates {
  states: CVec[][];
  /** Chebyshev terms used for the latest time. */
  terms: number;
  centre: number;
  halfWidth: number;
}

/**
 * Exact propagation inside one sector by a Chebyshev expansion shared by all output times.
 *
 * @remarks
 * H̃ = (H_E − c)/a with [c − a, c + a] the Gershgorin enclosure ({@link gershgorinBounds}), so the scaled
 * spectrum lies in [−1, 1] with certainty. e^{−iHt} = e^{−ict} Σ_k (2 − δ_k0)(−i)^k J_k(at) T_k(H̃); the
 * vectors T_k(H̃)ψ₀ obey the three-term recurrence and each is added into every output time that still
 * needs it. Truncation: K_m is the smallest order with 2Σ_{k>K_m}|J_k(a t_m)| ≤ `tolerance`, which bounds
 * ‖ψ_K(t_m) − ψ(t_m)‖ since ‖T_k(H̃)ψ₀‖ ≤ ‖ψ₀‖. As a guard the recurrence is checked to stay bounded
 * (it grows only if the spectrum left [−1, 1]). Cost: K_max matvecs per start vector.
 */
export function propagateSector(sector: Sector, starts: CVec[], times: Float64Array, tolerance = 1e-12): SectorStates {
  const { min, max } = gershgorinBounds(sector);
  const centre = 0.5 * (min + max);
  const halfWidth = Math.max(0.5 * (max - min), 1e-300);
  const dim = sector.dim;
  const M = times.length;
  const coeffs: Float64Array[] = [];
  const orders = new Int32Array(M);
  let maxOrder = 0;
  for (let m = 0; m < M; m++) {
    const t = times[m];
    if (!(t >= 0) || !Number.isFinite(t)) throw new RangeError(`times[${m}] must be a finite number ≥ 0, got ${t}`);
    // z < tol/2: the tail 2Σ_{k≥1}|J_k(z)| ≈ z is already below tol, keep J_0 = 1 only (also avoids the 2/z
    // overflow of the backward recurrence for subnormal z)
    const z = halfWidth * t;
    const { values, order } = z < tolerance / 2 ? { values: new Float64Array([1]), order: 0 } : truncatedBessel(z, tolerance);
    coeffs.push(values);
    orders[m] = order;
    maxOrder = Math.max(maxOrder, order);
  }
  const states: CVec[][] = [];
  let pRe = new Float64Array(dim);
  let pIm = new Float64Array(dim);
  let qRe = new Float64Array(dim);
  let qIm = new Float64Array(dim);
  for (const start of starts) {
    const acc: CVec[] = Array.from({ length: M }, () => ({ re: new Float64Array(dim), im: new Float64Array(dim) }));
    pRe.set(start.re);
    pIm.set(start.im);
    qRe.fill(0);
    qIm.fill(0);
    let norm0 = 0;
    for (let i = 0; i < dim; i++) norm0 += pRe[i] * pRe[i] + pIm[i] * pIm[i];
    const limit = norm0 * (1 + 1e-9);
    for (let k = 0; k <= maxOrder; k++) {
      if (k > 0) {
        sectorMatvec(sector, pRe, pIm, qRe, qIm, centre, k === 1 ? 1 / halfWidth : 2 / halfWidth, k === 1 ? 0 : -1);
        [pRe, qRe] = [qRe, pRe];
        [pIm, qIm] = [qIm, pIm];
        if ((k & 15) === 0) {
          let n2 = 0;
          for (let i = 0; i < dim; i++) n2 += pRe[i] * pRe[i] + pIm[i] * pIm[i];
          if (n2 > limit) throw new HamcheckNumericalError(`sector ${sector.index}: Chebyshev recurrence grew (spectral bound violated)`);
        }
      }
      const phase = k & 3; // (−i)^k = 1, −i, −1, i
      const sign = phase === 0 || phase === 3 ? 1 : -1;
      const weight = k === 0 ? 1 : 2;
      for (let m = 0; m < M; m++) {
        if (k > orders[m]) continue;
        const w = sign * weight * coeffs[m][k];
        const aRe = acc[m].re;
        const aIm = acc[m].im;
        if ((phase & 1) === 0) {
          for (let i = 0; i < dim; i++) {
            aRe[i] += w * pRe[i];
            aIm[i] += w * pIm[i];
          }
        } else {
          for (let i = 0; i < dim; i++) {
            aRe[i] -= w * pIm[i];
            aIm[i] += w * pRe[i];
          }
        }
      }
    }
    for (let m = 0; m < M; m++) {
      const cr = Math.cos(centre * times[m]);
      const ci = -Math.sin(centre * times[m]);
      const { re, im } = acc[m];
      for (let i = 0; i < dim; i++) {
        const r = re[i];
        re[i] = cr * r - ci * im[i];
        im[i] = cr * im[i] + ci * r;
      }
    }
    states.push(acc);
  }
  return { states, terms: maxOrder + 1, centre, halfWidth };
}
