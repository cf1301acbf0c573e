import type { MeasurementWindow } from './fourier.ts';

/**
 * The remainder ρ of the second-order master equation: a bound on the relative difference between the
 * exact phase-averaged current of a measurement window and the finite-time golden-rule prediction,
 * ρ = 2 κ_ref t₁ (ħ/(δε t₀) + t₁/t_H) (ħ = 1).
 *
 * @remarks
 * The master-equation resummation keeps every second-order term and the depletion; what it misses are
 * fourth-order terms sensitive to the energy structure on the scale ħ/t — the band edges (relative ħ/(δεt))
 * and the level discreteness (relative t/t_H, t_H = 2πħn_min/δε) — each suppressed by one more factor
 * κ_ref t. The coefficient 2 is calibrated: over ≈ 1 300 exact-trace models in the golden-rule regime
 * ({@link isGoldenRuleRegime}; B = 1 … 3, n = 1 … 60, c = λn/δε up to 0.3, GUE and GOE) the remainder
 * reached 1.6 κ_ref t₁(…) once (GOE, n = 4 — GOE's E|v|⁴ = 3 vs GUE's 2 makes its fourth order larger),
 * ≤ 1.0 for n ≥ 8, and ≈ 0.2 for the n = 50 … 200 single-band runs. Used by the measurement
 * ({@link ./measureKappaTh.ts}) and the errata entries that compare with it.
 */
export function masterEquationRemainder(w: MeasurementWindow, bandWidth: number): number {
  return 2 * w.kappaRef * w.t1 * (1 / (bandWidth * w.t0) + w.t1 / w.heisenbergTime);
}

/** How ρ is written in the reports, next to its value. */
export const MASTER_EQUATION_REMAINDER_FORMULA = 'ρ = 2κt₁(ħ/(δεt₀) + t₁/t_H)';

/**
 * The window lies in the golden-rule regime: ħ/(δε t₀) ≤ ½ (band edges resolved), κ_ref t₁ ≤ 0.2 (little
 * depletion) and t₁ ≤ t_H/3 (levels not resolved). Outside it the measured short-time current is still
 * exact but not a transport coefficient, and {@link masterEquationRemainder} does not apply.
 */
export function isGoldenRuleRegime(w: MeasurementWindow, bandWidth: number): boolean {
  return 1 / (bandWidth * w.t0) <= 0.5 && w.kappaRef * w.t1 <= 0.2 && w.t1 <= w.heisenbergTime / 3;
}
