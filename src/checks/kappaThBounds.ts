/**
 * Criteria for κ_th measured from the exact dynamics (Sec. VII, (47)/(48), Fig. 8): the one definition
 * the transport specs judge with and the Fig. 8 note computes its verdicts from.
 *
 * @remarks
 * Every measurement carries its remainder ρ (src/transport/goldenRuleRegime.ts) and, with random phases,
 * a 1σ statistical error; the criteria below add them as stated and never loosen them.
 */
import type { MeasuredPoint } from '../transport/measureKappaTh.ts';

/**
 * z of the statistical allowance zσ of a random-phase mean: a two-sided Gaussian tail of 6·10⁻⁵ per check.
 */
export const KAPPA_TH_Z = 4;

/**
 * First-order window bias of a measurement at fixed c₂ = λ²n/δε²: 4√(2c₂) — the band edges lower the
 * golden-rule slope by ≈ 2/(πδεt) and the back-flow by ≈ 2κt, each ≈ 2√(2c₂) at the window centre
 * t* = (πδεκ)^{−½} (src/transport/fourier.ts).
 */
export function windowBias(c2: number): number {
  return 4 * Math.sqrt(2 * c2);
}

/** The calibration of the peak of (48) at F8, measured with an independent NumPy implementation (docs/conventions.md). */
export const NUMPY_FIG8_PEAK = { kappaTh: 1.669e-3, temperature: 0.1467, digits: 4 } as const;

/** A measured deviation against its tolerance. */
export interface Verdict {
  deviation: number;
  tolerance: number;
  holds: boolean;
}

function verdict(deviation: number, tolerance: number): Verdict {
  return { deviation, tolerance, holds: Number.isFinite(deviation) && deviation <= tolerance };
}

/**
 * The peak agrees with the calibration to its printed digits: |x − x_cal| ≤ ½ unit in the last printed digit,
 * for κ_th and for k_BT. `deviation` is the larger of the two in units of that half unit (tolerance 1).
 */
export function peakAgreesWithCalibration(peak: { kappaTh: number; temperature: number }): Verdict {
  const halfUnit = (x: number) => 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(x))) - NUMPY_FIG8_PEAK.digits + 1);
  const dk = Math.abs(peak.kappaTh - NUMPY_FIG8_PEAK.kappaTh) / halfUnit(NUMPY_FIG8_PEAK.kappaTh);
  const dt = Math.abs(peak.temperature - NUMPY_FIG8_PEAK.temperature) / halfUnit(NUMPY_FIG8_PEAK.temperature);
  return verdict(Math.max(dk, dt), 1);
}

/** A measured κ_th: value, 1σ error, and the two predictions. */
export type KappaThPoint = Pick<MeasuredPoint, 'kappaThMeasured' | 'uncertainty' | 'kappaThFormula' | 'kappaThFiniteTime'>;

/** Measured against the finite-time golden rule: |κ_meas/κ_ft − 1| ≤ ρ + zσ/κ_ft. */
export function agreesWithFiniteTime(q: KappaThPoint, rho: number): Verdict {
  return verdict(Math.abs(q.kappaThMeasured / q.kappaThFiniteTime - 1), rho + (KAPPA_TH_Z * q.uncertainty) / q.kappaThFiniteTime);
}

/** Measured against the formula ((48) for one band): |κ_meas/κ_formula − 1| ≤ 4√(2c₂) + ρ + zσ/κ_formula. */
export function agreesWithFormula(q: KappaThPoint, rho: number, c2: number): Verdict {
  return verdict(
    Math.abs(q.kappaThMeasured / q.kappaThFormula - 1),
    windowBias(c2) + rho + (KAPPA_TH_Z * q.uncertainty) / q.kappaThFormula,
  );
}

/**
 * Several bands, exact trace: the corrected (detailed-balance) form and (47) as printed, both with the
 * window rates, against the exact κ_th. Tolerance ρ + b: the master-equation remainder plus the back-flow b
 * = |κ_ft/κ_db,window − 1| that the window-rate forms leave out.
 */
export function detailedBalanceVerdicts(
  q: Pick<MeasuredPoint, 'kappaThMeasured' | 'kappaThFiniteTime' | 'kappaThPrinted47Window' | 'kappaThDetailedBalanceWindow'>,
  rho: number,
): { corrected: Verdict; printed47: Verdict; backFlow: number } {
  const backFlow = Math.abs(q.kappaThFiniteTime / q.kappaThDetailedBalanceWindow - 1);
  return {
    corrected: verdict(Math.abs(q.kappaThFiniteTime / q.kappaThMeasured - 1), rho + backFlow),
    printed47: verdict(Math.abs(q.kappaThPrinted47Window / q.kappaThMeasured - 1), rho + backFlow),
    backFlow,
  };
}
