import { HamcheckInputError } from '../errors.ts';
import { bandWidthField, couplingField, levelsField } from '../model/modelFields.ts';
import { finiteNumber } from '../validate/fields.ts';

/**
 * Input checks shared by the transport formulas: each throws a {@link HamcheckInputError} naming the field
 * and the allowed range, so bad input never reaches the numerics.
 */

/** k_BT: a finite number > 0. */
export function checkTemperature(value: unknown, field = 'temperature'): number {
  return finiteNumber(value, field, { gt: 0 });
}

/**
 * A temperature pair T ± ΔT/2 (eq. 40): T finite > 0 and ΔT finite with |ΔT| < 2T, so that both
 * subunit temperatures stay positive. ΔT < 0 (subunit 2 hotter) is allowed.
 */
export function checkTemperaturePair(T: unknown, dT: unknown, field = 'temperature'): { T: number; dT: number } {
  const t = checkTemperature(T, field);
  const d = finiteNumber(dT, `${field}Difference`);
  if (!(Math.abs(d) < 2 * t)) {
    throw new HamcheckInputError(`${field}Difference`, `a finite number with |ΔT| < 2T = ${2 * t} (both T ± ΔT/2 must be > 0)`, dT);
  }
  return { T: t, dT: d };
}

/** Levels per band n (the model layer's rule, src/model/modelFields.ts). */
export function checkLevels(value: unknown, field = 'levels'): number {
  return levelsField(value, field);
}

/** δε (the model layer's rule). */
export function checkBandWidth(value: unknown, field = 'bandWidth'): number {
  return bandWidthField(value, field);
}

/** ΔE: a finite number > 0, required here (formulas take it explicitly; specs default it to 1). */
export function checkGap(value: unknown, field = 'gap'): number {
  return finiteNumber(value, field, { gt: 0 });
}

/** λ (the model layer's rule). */
export function checkCoupling(value: unknown, field = 'coupling'): number {
  return couplingField(value, field);
}
