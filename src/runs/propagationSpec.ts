import { HamcheckInputError } from '../errors.ts';
import type { ExactMethod } from '../exact/propagation.ts';
import type { InitialSpec, ModelSpec } from '../model/modelSpec.ts';
import { refuseDrawBesideExplicit, validateInitialSpec, validateModelSpec } from '../model/validateModelSpec.ts';
import { asObject, finiteNumber, integer, noUnknownKeys, oneOf } from '../validate/fields.ts';
import { assertWithinLimits, estimatePropagation } from './runEstimate.ts';

/** Output times: `count` evenly spaced points on [0, until] (ħ/ΔE) or [0, untilKappa/κ], or explicit values. */
export type TimesSpec =
  | { count: number; until: number }
  | { count: number; untilKappa: number }
  | { values: number[] };

/** The window of D² (33): T_D = untilKappa/κ on `points` evenly spaced times. */
export interface DeviationSpec {
  untilKappa: number;
  points: number;
}

/** A validated `hamcheck propagate` input file. */
export interface PropagationSpec {
  model: ModelSpec;
  initial: InitialSpec;
  times: TimesSpec;
  method: ExactMethod;
  d2: DeviationSpec;
}

/** Upper limit on the number of output times (keeps memory and output size sane). */
export const MAX_OUTPUT_TIMES = 100_000;

/**
 * Validates a `hamcheck propagate` spec: `{ model, initial?, times, method?, d2? }`.
 *
 * @remarks Defaults: `initial` = site 1, seed 1; `method` = "chebyshev"; `d2` = { untilKappa: 5,
 * points: 201 } (T_D = 5/κ, docs/conventions.md). `untilKappa` needs κ > 0, i.e. `model.coupling` > 0.
 * `seed`/`ensemble` beside `model.explicit` are refused ({@link refuseDrawBesideExplicit}). Every size the
 * spec implies (Chebyshev terms, memory) is checked against its limit ({@link assertWithinLimits}).
 */
export function validatePropagationSpec(input: unknown): PropagationSpec {
  const o = asObject(input, 'spec');
  noUnknownKeys(o, 'spec', ['model', 'initial', 'times', 'method', 'd2']);
  refuseDrawBesideExplicit(o.model);
  const model = validateModelSpec(o.model);
  const initial = validateInitialSpec(o.initial, model.sites, model.levels);
  const times = validateTimes(o.times);
  const method = oneOf(o.method, 'method', ['chebyshev', 'eigen'] as const, 'chebyshev');
  const d2 = validateDeviationWindow(o.d2);
  if (model.coupling === 0 && 'untilKappa' in times) {
    throw new HamcheckInputError('times.untilKappa', 'a window in units of 1/κ only when κ > 0', times.untilKappa, 'model.coupling is 0, so κ = 0: give times.until instead');
  }
  const spec = { model, initial, times, method, d2 };
  assertWithinLimits(estimatePropagation(spec));
  return spec;
}

/** The `times` of a propagation spec (shared by the chain and the general-model specs). */
export function validateTimes(input: unknown): TimesSpec {
  const o = asObject(input, 'times');
  noUnknownKeys(o, 'times', ['count', 'until', 'untilKappa', 'values']);
  if (o.values !== undefined) {
    if (!Array.isArray(o.values) || o.values.length < 1 || o.values.length > MAX_OUTPUT_TIMES) {
      throw new HamcheckInputError('times.values', `an array of 1 … ${MAX_OUTPUT_TIMES} times ≥ 0`, o.values);
    }
    const values = o.values.map((t, j) => finiteNumber(t, `times.values[${j}]`, { ge: 0 }));
    return { values };
  }
  const count = integer(o.count, 'times.count', { ge: 2, le: MAX_OUTPUT_TIMES });
  if ((o.until === undefined) === (o.untilKappa === undefined)) {
    throw new HamcheckInputError('times', 'exactly one of "until" (ħ/ΔE) or "untilKappa" (1/κ), or "values"', o);
  }
  if (o.until !== undefined) return { count, until: finiteNumber(o.until, 'times.until', { gt: 0 }) };
  return { count, untilKappa: finiteNumber(o.untilKappa, 'times.untilKappa', { gt: 0, le: 1e6 }) };
}

/** The `d2` window of a propagation spec; default T_D = 5/κ on 201 points (docs/conventions.md). */
export function validateDeviationWindow(input: unknown): DeviationSpec {
  const d2o = input === undefined ? {} : asObject(input, 'd2');
  noUnknownKeys(d2o, 'd2', ['untilKappa', 'points']);
  return {
    untilKappa: finiteNumber(d2o.untilKappa, 'd2.untilKappa', { gt: 0, le: 1e6 }, 5),
    points: integer(d2o.points, 'd2.points', { ge: 2, le: MAX_OUTPUT_TIMES }, 201),
  };
}

/** Evenly spaced times j·T/(count − 1), j = 0 … count − 1. */
export function evenTimes(count: number, until: number): Float64Array {
  return Float64Array.from({ length: count }, (_, j) => (until * j) / (count - 1));
}

/** The output times of a spec, given κ. */
export function resolveTimes(times: TimesSpec, kappa: number): Float64Array {
  if ('values' in times) return Float64Array.from(times.values);
  return evenTimes(times.count, 'until' in times ? times.until : times.untilKappa / kappa);
}
