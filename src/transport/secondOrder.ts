import { matrixExponential } from '../linalg/matrixExponential.ts';
import type { Sector, TransportModel } from './transportModel.ts';

/**
 * Second-order (golden-rule before the t → ∞ limit) transfer between adjacent sub-bands of one model
 * realization, and the master equation built on it.
 *
 * @remarks
 * To second order in λ, a basis state l of sub-band b reaches state k of sub-band a with probability
 * |C_kl|² f(ε_k − ε_l, t), f(ω, t) = 4 sin²(ωt/2)/ω² (C the coupling block, λ included). Summed:
 * W_ab(t) = Σ_{k∈a, l∈b} |C_kl|² f(ε_k − ε_l, t) = W_ba(t) — microscopic reversibility at this order.
 * The phase-averaged transfer from a uniformly filled b into a is W_ab/n_b. For t ≫ ħ/δε and a smooth
 * density, W_ab(t) → g_ab t (the golden-rule limit used by κ(E, ℰ, ℰ′)); at finite t the band edges
 * reduce the slope by ≈ 2/(πδεt) (uniform bands), which this exact sum includes.
 */
export interface SecondOrderTransfer {
  /** w[E − 1][s][m] = W between sub-bands s and s + 1 of sector E at times[m]. */
  w: Float64Array[][];
  times: Float64Array;
}

/** f(ω, t) = 4 sin²(ωt/2)/ω², with the limit t² at ω = 0. */
export function transferKernel(omega: number, t: number): number {
  const x = 0.5 * omega * t;
  if (Math.abs(x) < 1e-8) return t * t;
  const s = Math.sin(x) / x;
  return t * t * s * s;
}

/** W_ab(t) of one coupling block of `sector` (between sub-bands s and s + 1) at every time. */
export function blockTransfer(sector: Sector, s: number, times: Float64Array): Float64Array {
  const { rows, cols, re, im } = sector.blocks[s];
  const top = sector.offsets[s];
  const bot = sector.offsets[s + 1];
  const out = new Float64Array(times.length);
  for (let i = 0; i < rows; i++) {
    const ei = sector.energies[top + i];
    for (let j = 0; j < cols; j++) {
      const c2 = re[i * cols + j] ** 2 + im[i * cols + j] ** 2;
      const omega = ei - sector.energies[bot + j];
      for (let m = 0; m < times.length; m++) out[m] += c2 * transferKernel(omega, times[m]);
    }
  }
  return out;
}

/** {@link SecondOrderTransfer} for every block of every dynamic sector. */
export function secondOrderTransfer(model: TransportModel, times: Float64Array): SecondOrderTransfer {
  return { w: model.sectors.map((sector) => sector.blocks.map((_, s) => blockTransfer(sector, s, times))), times };
}

/**
 * Sub-band populations at time t of the master equation driven by the second-order transfers:
 * P(t) = e^{L(t)} P(0) with L_ab = W_ab(t)/n_b (a ≠ b), L_bb = −Σ_a W_ab(t)/n_b.
 *
 * @remarks For short times this is P(0) + (second-order transfer) exactly; the exponential adds the HAM
 * depletion (the back-flow that makes the rate equation (44) relax), e.g. ½(1 − e^{−2W/n}) for one pair of
 * equal sub-bands, the HAM solution of (30) with κt → W/n.
 */
export function masterEquationPopulations(sector: Sector, w: Float64Array[], m: number, P0: Float64Array): Float64Array {
  const S = sector.subBands.length;
  const L = new Float64Array(S * S);
  for (let s = 0; s + 1 < S; s++) {
    const W = w[s][m];
    const na = sector.subBands[s].count;
    const nb = sector.subBands[s + 1].count;
    L[s * S + (s + 1)] += W / nb;
    L[(s + 1) * S + (s + 1)] -= W / nb;
    L[(s + 1) * S + s] += W / na;
    L[s * S + s] -= W / na;
  }
  const E = matrixExponential({ rows: S, cols: S, re: L, im: new Float64Array(S * S) }).re; // real L: im stays 0
  const out = new Float64Array(S);
  for (let a = 0; a < S; a++) for (let b = 0; b < S; b++) out[a] += E[a * S + b] * P0[b];
  return out;
}
