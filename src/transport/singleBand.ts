import { decayConstant } from '../ham/decayConstant.ts';
import { softplus } from './logMath.ts';
import { logHeatCapacityEq50 } from './thermal.ts';
import { checkBandWidth, checkCoupling, checkGap, checkLevels, checkTemperature } from './validate.ts';

/**
 * Heat conductivity of the single-band model (Fig. 1), Sec. VIII. Units: ħ = k_B = 1; energies (λ, δε,
 * k_BT) in the unit of ΔE's; κ_th in k_B·(energy unit)/ħ — k_BΔE/ħ when ΔE = 1, as on the axis of Fig. 8.
 */
export interface SingleBandParameters {
  /** n ≥ 1 levels in the excited band. */
  levels: number;
  /** δε > 0. */
  bandWidth: number;
  /** λ ≥ 0. */
  coupling: number;
  /** ΔE > 0 (default 1). */
  gap?: number;
}

function checked(p: SingleBandParameters): { n: number; de: number; lambda: number; gap: number } {
  return {
    n: checkLevels(p.levels),
    de: checkBandWidth(p.bandWidth),
    lambda: checkCoupling(p.coupling),
    gap: checkGap(p.gap ?? 1),
  };
}

/** κ = 2πλ²n/(ħδε), eq. (27), after validating the parameters. */
export function kappa(p: SingleBandParameters): number {
  const { n, de, lambda } = checked(p);
  return decayConstant({ coupling: lambda, levels: n, bandWidth: de });
}

/**
 * ln κ_th(T) of eq. (48), coded as printed:
 * κ_th = (2πk_Bλ²n/(ħδε)) · n e^{−ΔE/k_BT}/(1 + n e^{−ΔE/k_BT})² · (ΔE/k_BT)².
 *
 * @remarks
 * With x = ΔE/k_BT and y = ln n − x: ln κ_th = ln(2π) + 2 ln λ + ln n − ln δε + y − 2 softplus(y) + 2 ln x.
 * Every term is O(1) or a plain logarithm, so the result keeps ≈ 10⁻¹⁵ relative accuracy from
 * k_BT = 10⁻³ (κ_th ~ e^{−1000}, far below the smallest double) to 10³. λ = 0 gives −∞.
 */
export function logKappaThEq48(p: SingleBandParameters, T: number): number {
  const { n, de, lambda, gap } = checked(p);
  const x = gap / checkTemperature(T);
  const y = Math.log(n) - x;
  return Math.log(2 * Math.PI) + 2 * Math.log(lambda) + Math.log(n) - Math.log(de) + y - 2 * softplus(y) + 2 * Math.log(x);
}

/** κ_th(T) of eq. (48); rounds to 0 where the true value is below the smallest double (k_BT ≲ ΔE/700). */
export function kappaThEq48(p: SingleBandParameters, T: number): number {
  return Math.exp(logKappaThEq48(p, T));
}

/** ln(κ·c), the right-hand side of eq. (51), from (27) and (50) separately. */
export function logKappaTimesHeatCapacity(p: SingleBandParameters, T: number): number {
  const { n, gap } = checked(p);
  return Math.log(kappa(p)) + logHeatCapacityEq50(n, gap, T);
}

/**
 * Low-temperature form the paper states ("∝ exp(−1/T)", Sec. VIII), with its exact remainder:
 * ln κ_th = ln(κn) − x + 2 ln x − 2 softplus(ln n − x), and 0 ≤ 2 softplus(ln n − x) ≤ 2n e^{−x}.
 *
 * @returns ln(κn) − ΔE/k_BT + 2 ln(ΔE/k_BT), the asymptote, and the remainder bound 2n e^{−ΔE/k_BT}.
 */
export function lowTemperatureAsymptote(p: SingleBandParameters, T: number): { logAsymptote: number; remainderBound: number } {
  const { n, gap } = checked(p);
  const x = gap / checkTemperature(T);
  return { logAsymptote: Math.log(kappa(p) * n) - x + 2 * Math.log(x), remainderBound: 2 * Math.exp(Math.log(n) - x) };
}

/**
 * High-temperature form the paper states ("∝ T⁻²", Sec. VIII): κ_th → κ n ΔE²/((1 + n)² k_B²T²).
 *
 * @remarks With s(x) = n e^{−x}/(1 + n e^{−x})²: d ln s/dx = −1 + 2n e^{−x}/(1 + n e^{−x}) ∈ [−1, 1], so
 * |ln κ_th − ln(asymptote)| ≤ x = ΔE/k_BT exactly (mean-value theorem), which → 0 as T → ∞.
 */
export function highTemperatureAsymptote(p: SingleBandParameters, T: number): { logAsymptote: number; remainderBound: number } {
  const { n, gap } = checked(p);
  const x = gap / checkTemperature(T);
  return { logAsymptote: Math.log(kappa(p) * n) - 2 * Math.log1p(n) + 2 * Math.log(x), remainderBound: x };
}
