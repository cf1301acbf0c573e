import { HamcheckInputError } from '../errors.ts';
import { subBandPairs, type SubBandPair, type TransportParameters } from './multiBand.ts';
import { masterEquationPopulations, type SecondOrderTransfer } from './secondOrder.ts';
import { bandLogProbabilities } from './thermal.ts';
import { transferAt, type TransferData } from './transfer.ts';
import type { TransportModel } from './transportModel.ts';
import { checkTemperaturePair } from './validate.ts';

/**
 * Fourier's law measured from the exact dynamics: the current J₁→₂ (our sign convention, see
 * current.ts) of quasi-thermal product states at T ± ΔT/2, read off in the linear regime.
 *
 * @remarks
 * Observable: the energy moved from subunit 1 to 2, X(t) = −Σ_a ℰ_a P_a(t) = −½(U₁ − U₂)(t) (band energies
 * E_i = iΔE as in (42)); J = dX/dt. Linear regime: the least-squares slope of X over a window
 * [t₀, t₁] with ħ/δε ≪ t₀ < t₁ ≪ 1/κ. Two effects bend X(t) there, both computable: the band edges lower
 * the slope by ≈ 2/(πδεt) (finite-time golden rule), the back-flow by ≈ 2κt (HAM depletion for one band).
 * Their sum is smallest at t* = (πδεκ)^{−½}, where each is ≈ 2√(2c₂) with c₂ = λ²n/δε² (29): the
 * window is [t_* / √3, √3·t_*]. So the linear regime exists exactly when c₂ ≪ 1, and a window slope reaches
 * κ_th only up to a relative bias ≈ 4√(2c₂) (12.6 % at F8), which {@link predictedCurrent} computes exactly.
 */
export interface MeasurementWindow {
  t0: number;
  t1: number;
  /** t* = (πδεκ_ref)^{−½}. */
  tStar: number;
  /** Largest golden-rule out-rate of any sub-band (κ for one band). */
  kappaRef: number;
  /** Heisenberg time 2πħ n_min/δε of the sparsest band, which t₁ must stay well below. */
  heisenbergTime: number;
}

/** The default window (see the module remarks); κ_ref from the golden-rule rates of `p`. */
export function defaultWindow(p: TransportParameters): MeasurementWindow {
  const pairs = subBandPairs(p);
  const out = new Map<string, number>();
  for (const pr of pairs) {
    const ka = `${pr.a.i},${pr.a.j}`;
    const kb = `${pr.b.i},${pr.b.j}`;
    out.set(ka, (out.get(ka) ?? 0) + pr.rateAB);
    out.set(kb, (out.get(kb) ?? 0) + pr.rateBA);
  }
  const kappaRef = Math.max(...out.values());
  if (!(kappaRef > 0)) throw new HamcheckInputError('model.coupling', 'a coupling λ > 0 to measure a current', p.coupling);
  const tStar = 1 / Math.sqrt(Math.PI * p.bandWidth * kappaRef);
  const nMin = Math.min(...p.spectrum.counts.slice(1));
  return { t0: tStar / Math.sqrt(3), t1: tStar * Math.sqrt(3), tStar, kappaRef, heisenbergTime: (2 * Math.PI * nMin) / p.bandWidth };
}

/** Output times: t = 0 followed by `points` evenly spaced times spanning the window. */
export function windowTimes(w: MeasurementWindow, points = 9): Float64Array {
  const t = new Float64Array(points + 1);
  for (let k = 0; k < points; k++) t[k + 1] = w.t0 + ((w.t1 - w.t0) * k) / (points - 1);
  return t;
}

/** Least-squares slope weights over the times inside [t0, t1] (others weight 0): slope = Σ w_m X_m. */
export function slopeWeights(times: Float64Array, t0: number, t1: number): Float64Array {
  const inside = (t: number): boolean => t >= t0 * (1 - 1e-12) && t <= t1 * (1 + 1e-12);
  let n = 0;
  let mean = 0;
  for (const t of times) if (inside(t)) {
    n++;
    mean += t;
  }
  if (n < 2) throw new HamcheckInputError('times', 'at least two output times inside the window', n);
  mean /= n;
  let ss = 0;
  for (const t of times) if (inside(t)) ss += (t - mean) ** 2;
  return times.map((t) => (inside(t) ? (t - mean) / ss : 0));
}

/** c_b = √(p_i(T₁)p_j(T₂)) for every sub-band of every dynamic sector (eq. 38). */
export function subBandAmplitudes(model: TransportModel, T1: number, T2: number): Float64Array[] {
  const l1 = bandLogProbabilities(model.spectrum, T1);
  const l2 = bandLogProbabilities(model.spectrum, T2);
  return model.sectors.map((s) => Float64Array.from(s.subBands, (b) => Math.exp(0.5 * (l1[b.i] + l2[b.j]))));
}

/** Which part of P_a(t) to use: everything ("raw", the actual product state) or only b = b′ ("incoherent"). */
export type Part = 'raw' | 'incoherent';

/** X_r(t_m) = −Σ_a ℰ_a P_a(t_m) for every realization r, at T₁, T₂. */
export function transferredEnergy(data: TransferData, model: TransportModel, T1: number, T2: number, part: Part): Float64Array[] {
  const amps = subBandAmplitudes(model, T1, T2);
  const M = data.times.length;
  const out = Array.from({ length: data.realizations }, () => new Float64Array(M));
  data.sectors.forEach((st, e) => {
    const c = amps[e];
    for (let r = 0; r < data.realizations; r++) {
      for (let m = 0; m < M; m++) {
        let x = 0;
        for (let a = 0; a < st.S; a++) {
          let P = 0;
          for (let b = 0; b < st.S; b++) {
            P += c[b] * c[b] * transferAt(st, M, r, m, a, b, b);
            if (part === 'raw') for (let b2 = b + 1; b2 < st.S; b2++) P += 2 * c[b] * c[b2] * transferAt(st, M, r, m, a, b, b2);
          }
          x -= st.sector.subBands[a].epsilon * P;
        }
        out[r][m] += x;
      }
    }
  });
  return out;
}

/** Sample mean with its standard error sd/√R (0 for a single, exact, sample). */
export interface Estimate {
  mean: number;
  standardError: number;
  samples: number;
}

export function estimate(xs: ArrayLike<number>): Estimate {
  const R = xs.length;
  let mean = 0;
  for (let i = 0; i < R; i++) mean += xs[i];
  mean /= R;
  let v = 0;
  for (let i = 0; i < R; i++) v += (xs[i] - mean) ** 2;
  const se = R > 1 ? Math.sqrt(v / (R - 1) / R) : 0;
  return { mean, standardError: se, samples: R };
}

function slope(x: Float64Array, w: Float64Array): number {
  let s = 0;
  for (let m = 0; m < x.length; m++) s += w[m] * x[m];
  return s;
}

/** Per-realization window currents J_r at T ± ΔT/2. */
export function currentSamples(data: TransferData, model: TransportModel, T: number, dT: number, w: Float64Array, part: Part): Float64Array {
  const { T: t, dT: d } = checkTemperaturePair(T, dT);
  const X = transferredEnergy(data, model, t + d / 2, t - d / 2, part);
  return Float64Array.from(X, (x) => slope(x, w));
}

/** κ_th measured at T: the antithetic slope (J(ΔT) − J(−ΔT))/(2ΔT) per realization, averaged. */
export interface KappaThMeasurement {
  temperature: number;
  dT: number;
  /** From the full product states (coherent terms included). */
  raw: Estimate;
  /** From the b = b′ terms only (same expectation, smaller variance; identical to raw for one band). */
  incoherent: Estimate;
}

/**
 * κ_th from the exact dynamics at temperature T with the difference ΔT (default 10⁻²·min(T, T²/ΔE), so
 * that the O(ΔT²) curvature of J(ΔT), ≈ (ΔE·ΔT/T²)²/24, stays below 10⁻⁵).
 *
 * @remarks Using the same phases at +ΔT and −ΔT (common random numbers) cancels every term even in ΔT;
 * for one band the coherent terms are even (their weight √(p₁(T₁)p₀(T₂)p₀(T₁)p₁(T₂)) is symmetric), so
 * raw and incoherent estimates coincide exactly there.
 */
export function measureKappaThAt(data: TransferData, model: TransportModel, T: number, w: Float64Array, dT?: number): KappaThMeasurement {
  const gap = model.spectrum.gap;
  const d = dT ?? 1e-2 * Math.min(T, (T * T) / gap);
  const parts = (['raw', 'incoherent'] as const).map((part) => {
    const jp = currentSamples(data, model, T, d, w, part);
    const jm = currentSamples(data, model, T, -d, w, part);
    return estimate(jp.map((x, r) => (x - jm[r]) / (2 * d)));
  });
  return { temperature: T, dT: d, raw: parts[0], incoherent: parts[1] };
}

/**
 * The current the exact dynamics should show in the window, from the second-order transfers of this very
 * realization fed through the master equation ({@link masterEquationPopulations}), at T ± ΔT/2; the
 * window slope of the predicted X(t), as for the measurement.
 */
export function predictedCurrent(model: TransportModel, so: SecondOrderTransfer, T: number, dT: number, w: Float64Array): number {
  const { T: t, dT: d } = checkTemperaturePair(T, dT);
  const amps = subBandAmplitudes(model, t + d / 2, t - d / 2);
  const X = new Float64Array(so.times.length);
  model.sectors.forEach((sector, e) => {
    const P0 = amps[e].map((c) => c * c);
    for (let m = 0; m < so.times.length; m++) {
      if (w[m] === 0) continue;
      const P = masterEquationPopulations(sector, so.w[e], m, P0);
      sector.subBands.forEach((b, a) => (X[m] -= b.epsilon * P[a]));
    }
  });
  return slope(X, w);
}

/** κ_th predicted for the window: (J(ΔT) − J(−ΔT))/(2ΔT) of {@link predictedCurrent}. */
export function predictedKappaTh(model: TransportModel, so: SecondOrderTransfer, T: number, w: Float64Array, dT?: number): number {
  const d = dT ?? 1e-2 * Math.min(T, (T * T) / model.spectrum.gap);
  return (predictedCurrent(model, so, T, d, w) - predictedCurrent(model, so, T, -d, w)) / (2 * d);
}

/**
 * Window rates: the sub-band pairs with g_ab replaced by the window slope of the second-order transfer
 * W_ab(t) (and κ_ab = g_ab/n_a), for evaluating (47) and the detailed-balance form at the finite times
 * the measurement sees.
 */
export function windowPairs(p: TransportParameters, model: TransportModel, so: SecondOrderTransfer, w: Float64Array): SubBandPair[] {
  const pairs = subBandPairs(p);
  return pairs.map((pr) => {
    const e = pr.sector - 1;
    const sector = model.sectors[e];
    const s = sector.subBands.findIndex((b) => b.i === pr.a.i && b.j === pr.a.j);
    const g = slope(so.w[e][s], w);
    return { ...pr, g, rateAB: g / pr.a.count, rateBA: g / pr.b.count };
  });
}
