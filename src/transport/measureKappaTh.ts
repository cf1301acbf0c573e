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
import { isGoldenRuleRegime, masterEquationRemainder } from './goldenRuleRegime.ts';
import { checkTemperature } from './validate.ts';

/** How to measure κ_th from the exact dynamics. */
export interface MeasureOptions {
  /** Random-phase realizations (phases mode); default 32. */
  realizations?: number;
  /** Seed of the phases; default 1. */
  seed?: number;
  /** "phases" (default: random-phase quasi-thermal states, docs/conventions.md) or "trace" (exact phase average, small models). */
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
   * Bound ρ on the relative difference between the exact phase average and `kappaThFiniteTime`
   * ({@link masterEquationRemainder}).
   */
  remainderBound: number;
  /** The window lies in the golden-rule regime ({@link isGoldenRuleRegime}); else `remainderBound` does not apply. */
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
    remainderBound: masterEquationRemainder(window, spec.bandWidth),
    goldenRuleRegime: isGoldenRuleRegime(window, spec.bandWidth),
    points,
  };
}

