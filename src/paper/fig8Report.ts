import { fig8Data, type Fig8Data } from '../transport/fig8.ts';
import { measureKappaTh, type KappaThMeasurementRun } from '../transport/measureKappaTh.ts';
import { type TransportModelSpec, validateTransportModelSpec } from '../transport/transportModel.ts';
import { F8 } from './paperConfigurations.ts';

/**
 * The Fig. 8 note (reports/paper/fig8.md) and its data (reports/paper/fig8.json): κ_th(T) of (48) with the
 * points measured from the exact dynamics, the finite-time factor against n, and the multi-band verdict on (47).
 */
export interface Fig8Report {
  fig8: Fig8Data;
  /** 1 − η at fixed c₁ = ½ for several n (one temperature; η does not depend on T for one band). */
  scaling: ScalingRow[];
  /** B = 3 model measured by the exact trace. */
  multiBand: { spec: TransportModelSpec; run: KappaThMeasurementRun };
}

/** One row of the finite-time-factor table: n at c₁ = ½ and what was measured there. */
export interface ScalingRow {
  n: number;
  /** c₂ = λ²n/δε² = 1/(4n) at c₁ = ½. */
  c2: number;
  /** η = κ_ft/κ(48), the finite-time factor the master equation predicts. */
  eta: number;
  /** κ_measured/κ(48) and its 1σ error (relative to (48)). */
  measuredRatio: number;
  uncertainty: number;
  realizations: number;
  bandWidth: number;
  /** ρ of that measurement. */
  remainderBound: number;
  temperature: number;
}

/** k_BT of the scaling table (η does not depend on T for one band). */
export const SCALING_TEMPERATURE = 0.3;
/** Band sizes of the scaling table with their random-phase realizations. */
export const SCALING_SIZES = [
  { n: 200, realizations: 128 },
  { n: 500, realizations: 64 },
  { n: 2000, realizations: 8 },
] as const;
/** The multi-band model of the (47) verdict: B = 3 bands of n = 8, c = λn/δε = 0.03, exact trace. */
export const MULTI_BAND_MODEL = { bands: 3, levels: 8, bandWidth: 0.05, coupling: (0.03 * 0.05) / 8, seed: 7 } as const;
/** Temperatures of the (47) verdict. */
export const MULTI_BAND_TEMPERATURES = [0.2, 0.3, 0.5, 1, 2, 5] as const;

export interface Fig8ReportOptions {
  /** Random-phase states for the F8 points (default 256). */
  realizations?: number;
  /** Band sizes of the scaling table with their realizations (default {@link SCALING_SIZES}). */
  scaling?: readonly { n: number; realizations: number }[];
  onProgress?: (what: string) => void;
}

/** Runs everything the note reports (≈ 1 min on 2 cores with the defaults). */
export function fig8Report(opts: Fig8ReportOptions = {}): Fig8Report {
  opts.onProgress?.('F8 measured points');
  const fig8 = fig8Data(F8, 241, { realizations: opts.realizations ?? 256, seed: 1 });
  const scaling = (opts.scaling ?? SCALING_SIZES).map(({ n, realizations }): ScalingRow => {
    opts.onProgress?.(`scaling n = ${n}`);
    const spec = validateTransportModelSpec({ bands: 1, levels: n, bandWidth: F8.bandWidth, coupling: F8.bandWidth / (2 * n), seed: 1 });
    const run = measureKappaTh(spec, [SCALING_TEMPERATURE], { realizations, seed: 2 });
    const q = run.points[0];
    return {
      n,
      c2: (spec.coupling ** 2 * n) / spec.bandWidth ** 2,
      eta: q.kappaThFiniteTime / q.kappaThFormula,
      measuredRatio: q.kappaThMeasured / q.kappaThFormula,
      uncertainty: q.uncertainty / q.kappaThFormula,
      realizations,
      bandWidth: spec.bandWidth,
      remainderBound: run.remainderBound,
      temperature: SCALING_TEMPERATURE,
    };
  });
  opts.onProgress?.('multi-band B = 3');
  const mb = validateTransportModelSpec(MULTI_BAND_MODEL);
  const run = measureKappaTh(mb, MULTI_BAND_TEMPERATURES, { mode: 'trace' });
  return { fig8, scaling, multiBand: { spec: mb, run } };
}
