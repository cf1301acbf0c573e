import { normalQuantile } from './normalQuantile.ts';

/**
 * Calibration of the acceptance statistic on the paper's chain inside (29) (src/variant/paperChainFamily.ts):
 * ln(n̄·D̄²) of the paper's HAM (30)–(32) per model, 3 states each, measured by
 * `node bin/run-ts.mjs src/variant/calibrateAcceptance.ts 200 2024` (src/variant/calibrateAcceptance.ts).
 * (61 s on one core; geometric mean 0.119, range 0.044–0.285). spec/variant/acceptance.spec.ts re-measures a small
 * sample and checks it against these figures.
 */
export const CALIBRATION = { models: 200, seed: 2024, lnMean: -2.1319, lnSd: 0.3412 } as const;

/** Sample size, mean and sd of ln(n̄·D̄²) of a calibration. */
export interface Calibration {
  models: number;
  lnMean: number;
  lnSd: number;
}

/** False-alarm probability of one `hamcheck variant` verdict for a variant as good as the paper's HAM. */
export const FALSE_ALARM_PER_RUN = 1e-4;

/** Confidence of the calibration limits (mean shifted up, sd raised to their 99.9 % limits, as src/checks/dynamicsBounds.ts does). */
const CALIBRATION_CONFIDENCE = 0.999;

/**
 * The calibration's mean and sd of ln(n̄·D̄²) raised to their one-sided {@link CALIBRATION_CONFIDENCE} limits:
 * μ⁺ = μ + z·s/√K and σ⁺ = s·√((K − 1)/χ²_{K−1}(1 − c)), the χ² quantile by Wilson–Hilferty.
 */
export function calibrationLimits(cal: Calibration = CALIBRATION): { mean: number; sd: number } {
  const K = cal.models;
  const z = normalQuantile(CALIBRATION_CONFIDENCE);
  const dof = K - 1;
  const h = 2 / (9 * dof);
  const chi2 = dof * (1 - h - z * Math.sqrt(h)) ** 3;
  return { mean: cal.lnMean + (z * cal.lnSd) / Math.sqrt(K), sd: cal.lnSd * Math.sqrt(dof / chi2) };
}

/**
 * Acceptance bound on the geometric mean of n̄·D̄² over a family of M models: exp(μ⁺ + z_{1−α}·σ⁺/√M).
 *
 * @remarks
 * Under the calibrated normal law of ln(n̄·D̄²) (limits of {@link calibrationLimits}) the mean of M logs of a
 * variant as good as the paper's HAM exceeds ln(bound) with probability ≤ α = {@link FALSE_ALARM_PER_RUN}.
 * With M = 4 and α = 2·10⁻⁶ the same recipe gives the lead's C_INSIDE (src/checks/dynamicsBounds.ts).
 */
export function acceptanceBound(models: number, falseAlarm = FALSE_ALARM_PER_RUN, cal: Calibration = CALIBRATION): number {
  const { mean, sd } = calibrationLimits(cal);
  return Math.exp(mean + (normalQuantile(1 - falseAlarm) * sd) / Math.sqrt(models));
}

/**
 * C of the "within C/n" fraction: the 99th percentile of n̄·D̄² of ONE model of the paper's chain,
 * exp(μ⁺ + z_{0.99}σ⁺) — about 1 % of the paper's own models lie above it.
 */
export function typicalModelBound(cal: Calibration = CALIBRATION): number {
  const { mean, sd } = calibrationLimits(cal);
  return Math.exp(mean + normalQuantile(0.99) * sd);
}
