import { measureKappaTh, type KappaThMeasurementRun, type MeasureOptions } from './measureKappaTh.ts';
import { logKappaThEq48, type SingleBandParameters } from './singleBand.ts';

/** The maximum of κ_th(T), eq. (48), with its derived accuracy. */
export interface KappaThPeak {
  /** k_BT at the maximum. */
  temperature: number;
  /** κ_th at the maximum. */
  kappaTh: number;
  /** Bound on |ln T_found − ln T_true| (see {@link kappaThPeak}). */
  logTemperatureAccuracy: number;
  /** Bound on the relative error of `kappaTh`. */
  relativeAccuracy: number;
  /** Golden-section iterations used. */
  iterations: number;
}

const INV_PHI = (Math.sqrt(5) - 1) / 2;

/**
 * Locates the maximum of κ_th(T) (48) by golden-section search on u = ln k_BT.
 *
 * @remarks
 * f(u) = ln κ_th(e^u) is computed with an absolute error ≤ δf = 16ε·(1 + Σ|terms|) (a dozen rounded
 * operations on terms of size ≤ |f| + x). Near the maximum f(u*) − f(u) ≈ ½|f''|(u − u*)², so a change
 * of u smaller than δu = √(4δf/|f''|) cannot be resolved by comparing f-values: the search stops when the
 * bracket is narrower than δu and reports δu as the location accuracy. The value at the found point
 * differs from the true maximum by ≤ ½|f''|δu² + δf = 3δf in f, i.e. a relative error ≤ 3δf in κ_th.
 * f'' is estimated by a central difference with step 10⁻³ (its own error is irrelevant at this precision:
 * only the order of magnitude of δu matters). Bracket: d ln κ_th/dx = 2/x − 1 + 2s with
 * s = n e^{−x}/(1 + n e^{−x}) ∈ (0, 1) vanishes at x* = 2/(1 − 2s) > 2, and s < ½ forces n e^{−x*} < 1,
 * x* ≈ ln n + O(1); so T* = ΔE/x* lies in (10⁻³ΔE, ΔE/2) for every n below e⁹⁰⁰ — inside the
 * searched [10⁻³, 10³]·ΔE, where κ_th is unimodal (one root of the derivative).
 */
export function kappaThPeak(p: SingleBandParameters): KappaThPeak {
  const gap = p.gap ?? 1;
  const f = (u: number): number => logKappaThEq48(p, Math.exp(u));
  let a = Math.log(1e-3 * gap);
  let b = Math.log(1e3 * gap);
  let c = b - INV_PHI * (b - a);
  let d = a + INV_PHI * (b - a);
  let fc = f(c);
  let fd = f(d);
  // first pass: shrink to a bracket of width 1e-3 so the curvature estimate is local
  let iterations = 0;
  const step = (): void => {
    iterations++;
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - INV_PHI * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + INV_PHI * (b - a);
      fd = f(d);
    }
  };
  while (b - a > 1e-3) step();
  const um = 0.5 * (a + b);
  const h = 1e-3;
  const fm = f(um);
  const curvature = Math.abs((f(um + h) - 2 * fm + f(um - h)) / (h * h));
  const deltaF = 16 * Number.EPSILON * (1 + Math.abs(fm) + 2 * Math.abs(Math.log(p.coupling)) + gap / Math.exp(um) + 10);
  const deltaU = Math.sqrt((4 * deltaF) / curvature);
  while (b - a > deltaU) step();
  const u = 0.5 * (a + b);
  return {
    temperature: Math.exp(u),
    kappaTh: Math.exp(f(u)),
    logTemperatureAccuracy: deltaU,
    relativeAccuracy: 3 * deltaF,
    iterations,
  };
}

/** One point of the Fig. 8 curve. */
export interface Fig8Point {
  temperature: number;
  kappaTh: number;
}

/** A point measured from the exact dynamics, to be drawn on top of the (48) line. */
export interface Fig8MeasuredPoint {
  temperature: number;
  /** κ_th from the window slope of the exact current, mean over random phases. */
  kappaTh: number;
  /** 1σ statistical error of the mean. */
  uncertainty: number;
  /** (48) at this T. */
  kappaThFormula: number;
  /** The finite-time golden-rule value the measurement should show (see {@link measureKappaTh}). */
  kappaThFiniteTime: number;
}

/** Data of Fig. 8 from eq. (48): the curve and its peak; `measured` when requested. */
export interface Fig8Data {
  parameters: Required<SingleBandParameters>;
  /** κ_th(T) on a logarithmic grid of k_BT from 10⁻² to 10¹ (ΔE = 1), `points` values. */
  curve: Fig8Point[];
  peak: KappaThPeak;
  measured?: Fig8MeasuredPoint[];
  /** Window, realizations, remainder bound of the measurement. */
  measurement?: Omit<KappaThMeasurementRun, 'points'>;
}

/** Temperatures of the measured Fig. 8 points (k_BT/ΔE), spanning both flanks and the peak. */
export const FIG8_MEASURED_TEMPERATURES = [0.05, 0.08, 0.1467, 0.25, 0.5, 1, 2, 5, 10] as const;

/**
 * Fig. 8: κ_th(T) of (48) for the given parameters (the paper's F8: src/paper/paperConfigurations.ts) and its peak; with `measure`, points measured from
 * the exact dynamics of quasi-thermal product states ({@link measureKappaTh}: one set of propagations of
 * the N = 2 model with GUE seed `measure.modelSeed` ?? 1 serves every temperature).
 */
export function fig8Data(
  parameters: Required<SingleBandParameters>,
  points = 241,
  measure?: MeasureOptions & { temperatures?: readonly number[]; modelSeed?: number },
): Fig8Data {
  const lo = Math.log(1e-2 * parameters.gap);
  const hi = Math.log(1e1 * parameters.gap);
  const curve: Fig8Point[] = [];
  for (let k = 0; k < points; k++) {
    const T = Math.exp(lo + ((hi - lo) * k) / (points - 1));
    curve.push({ temperature: T, kappaTh: Math.exp(logKappaThEq48(parameters, T)) });
  }
  const data: Fig8Data = { parameters, curve, peak: kappaThPeak(parameters) };
  if (measure) {
    const temps = (measure.temperatures ?? FIG8_MEASURED_TEMPERATURES).map((t) => t * parameters.gap);
    const run = measureKappaTh(
      { bands: 1, ...parameters, ensemble: 'GUE', seed: measure.modelSeed ?? 1 },
      temps,
      measure,
    );
    const { points: pts, ...rest } = run;
    data.measured = pts.map((q) => ({
      temperature: q.temperature,
      kappaTh: q.kappaThMeasured,
      uncertainty: q.uncertainty,
      kappaThFormula: q.kappaThFormula,
      kappaThFiniteTime: q.kappaThFiniteTime,
    }));
    data.measurement = rest;
  }
  return data;
}
