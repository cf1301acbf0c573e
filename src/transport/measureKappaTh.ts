import {
  defaultWindow,
  measureKappaThAt,
  predictedKappaTh,
  slopeWeights,
  windowPairs,
  windowTimes,
  type Estimate,
  type MeasurementWindow,
} from './fourier.ts';
import { kappaThDetailedBalance, kappaThPrinted47 } from './multiBand.ts';
import { secondOrderTransfer } from './secondOrder.ts';
import { measureTransfer } from './transfer.ts';
import { buildTransportModel, transportParameters, type TransportModelSpec } from './transportModel.ts';
import { checkTemperature } from './validate.ts';

/** How to measure κ_th from the exact dynamics. */
export interface MeasureOptions {
  /** Random-phase realizations (phases mode); default 32. */
  realizations?: number;
  /** Seed of the phases; default 1. */
  seed?: number;
  /** "phases" (default, the estimator) or "trace" (exact phase average, small models). */
  mode?: 'phases' | 'trace';
  /** Output times inside the window; default 9. */
  points?: number;
  onProgress?: (fraction: number) => void;
}

/** κ_th at one temperature: measured, and the two predictions it is compared with. */
export interface MeasuredPoint {
  temperature: number;
  /** ΔT used (J is measured at ±ΔT with common phases). */
  dT: number;
  /** κ_th from the exact dynamics (full product states), mean over realizations. */
  kappaThMeasured: number;
  /** 1σ statistical error of that mean (0 in trace mode). */
  uncertainty: number;
  /** Same from the b = b′ terms only (see fourier.ts). */
  incoherent: Estimate;
  /** Golden-rule formula: (48) for one band, the detailed-balance form of (47) otherwise. */
  kappaThFormula: number;
  /** (47) exactly as printed, golden-rule κ with final densities. */
  kappaThPrinted47: number;
  /**
   * What the exact dynamics should give in this window: second-order transfers of this realization
   * through the master equation (finite-time golden rule + HAM depletion), see {@link predictedKappaTh}.
   */
  kappaThFiniteTime: number;
  /** (47) printed, and the detailed-balance form, both with the window rates of the second-order transfer. */
  kappaThPrinted47Window: number;
  kappaThDetailedBalanceWindow: number;
}

/** A measurement over several temperatures from ONE set of propagations. */
export interface KappaThMeasurementRun {
  window: MeasurementWindow;
  times: number[];
  realizations: number;
  mode: 'phases' | 'trace';
  seed: number;
  chebyshevTerms: number;
  /**
   * Bound on the relative difference between the exact phase average and `kappaThFiniteTime`:
   * ρ = 2 κ_ref t₁ (ħ/(δε t₀) + t₁/t_H). The master-equation resummation keeps every second-order term and
   * the depletion; what it misses are fourth-order terms sensitive to the energy structure on the scale
   * ħ/t — the band edges (relative ħ/(δεt)) and the level discreteness (relative t/t_H, t_H = 2πħn_min/δε)
   * — each suppressed by one more factor κ_ref t. The coefficient 2 is calibrated: over ≈ 1 300 exact-trace
   * models in the golden-rule regime ({@link goldenRuleRegime}; B = 1 … 3, n = 1 … 60, c = λn/δε up to 0.3,
   * GUE and GOE) the remainder reached 1.6 κ_ref t₁(…) once (GOE, n = 4 — GOE's E|v|⁴ = 3 vs GUE's 2 makes
   * its fourth order larger), ≤ 1.0 for n ≥ 8, and ≈ 0.2 for the n = 50 … 200 single-band runs.
   */
  remainderBound: number;
  /**
   * The window lies in the golden-rule regime: ħ/(δε t₀) ≤ ½ (band edges resolved), κ_ref t₁ ≤ 0.2 (little
   * depletion) and t₁ ≤ t_H/3 (levels not resolved). Outside it the measured short-time current is still
   * exact but not a transport coefficient, and {@link remainderBound} does not apply.
   */
  goldenRuleRegime: boolean;
  points: MeasuredPoint[];
}

/**
 * Measures κ_th(T) for a model from the exact dynamics of quasi-thermal product states (see fourier.ts
 * and transfer.ts for the method and the window), at every temperature in `temperatures`.
 */
export function measureKappaTh(spec: TransportModelSpec, temperatures: readonly number[], opts: MeasureOptions = {}): KappaThMeasurementRun {
  temperatures.forEach((T, i) => checkTemperature(T, `temperatures[${i}]`));
  const model = buildTransportModel(spec);
  const p = transportParameters(spec);
  const window = defaultWindow(p);
  const times = windowTimes(window, opts.points ?? 9);
  const w = slopeWeights(times, window.t0, window.t1);
  const mode = opts.mode ?? 'phases';
  const seed = opts.seed ?? 1;
  const data = measureTransfer(model, { times, realizations: opts.realizations ?? 32, seed, mode, onProgress: opts.onProgress });
  const so = secondOrderTransfer(model, times);
  const wp = windowPairs(p, model, so, w);
  const points = temperatures.map((T): MeasuredPoint => {
    const m = measureKappaThAt(data, model, T, w);
    return {
      temperature: T,
      dT: m.dT,
      kappaThMeasured: m.raw.mean,
      uncertainty: m.raw.standardError,
      incoherent: m.incoherent,
      kappaThFormula: kappaThDetailedBalance(p, T),
      kappaThPrinted47: kappaThPrinted47(p, T).value,
      kappaThFiniteTime: predictedKappaTh(model, so, T, w, m.dT),
      kappaThPrinted47Window: kappaThPrinted47(p, T, wp).value,
      kappaThDetailedBalanceWindow: kappaThDetailedBalance(p, T, wp),
    };
  });
  return {
    window,
    times: Array.from(times),
    realizations: data.realizations,
    mode,
    seed,
    chebyshevTerms: data.chebyshevTerms,
    remainderBound: 2 * window.kappaRef * window.t1 * (1 / (spec.bandWidth * window.t0) + window.t1 / window.heisenbergTime),
    goldenRuleRegime: isGoldenRuleRegime(window, spec.bandWidth),
    points,
  };
}

/** See {@link KappaThMeasurementRun.goldenRuleRegime}. */
export function isGoldenRuleRegime(w: MeasurementWindow, bandWidth: number): boolean {
  return 1 / (bandWidth * w.t0) <= 0.5 && w.kappaRef * w.t1 <= 0.2 && w.t1 <= w.heisenbergTime / 3;
}
