import { HamcheckInputError } from '../errors.ts';
import { slowestRate } from '../ham/graphRates.ts';
import type { GeneralModelSpec } from '../model/graph/generalModel.ts';
import { validateGeneralModel } from '../model/graph/validateGeneralModel.ts';
import { asObject, integer, noUnknownKeys } from '../validate/fields.ts';
import { validateDeviationWindow, validateTimes, type DeviationSpec, type TimesSpec } from './propagationSpec.ts';
import { assertWithinLimits, chebyshevEstimate, propagationWindow, type RunEstimate } from './runEstimate.ts';

/** A validated `hamcheck propagate` input whose `model` is a general model (it has a `topology`). */
export interface GraphPropagationSpec {
  model: GeneralModelSpec;
  /** A random band state on `site` (1-based) from `seed` (src/model/graph/graphInitialState.ts). */
  initial: { site: number; seed: number };
  /** `untilKappa` counts in units of 1/κ_min, the slowest golden-rule rate of any bond. */
  times: TimesSpec;
  d2: DeviationSpec;
}

/** Whether a propagate spec's `model` describes a general model (`hamcheck-model/2`) rather than the uniform chain. */
export function isGraphModelInput(model: unknown): boolean {
  return model !== null && typeof model === 'object' && 'topology' in model;
}

/**
 * Validates a `hamcheck propagate` spec with a general model: `{ model: {topology, sites, bonds, gap?, ensemble?,
 * seed?}, initial?: {site?, seed?}, times, method?: "chebyshev", d2? }` — before any compute, with every size it
 * implies checked against its limit ({@link estimateGraphPropagation}).
 *
 * @remarks Times and the D² window in units of 1/κ scale with κ_min (T_D = 5/κ_min by default: five relaxation
 * times of the slowest bond). General models propagate by Chebyshev only (src/exact/graphPropagator.ts).
 */
export function validateGraphPropagationSpec(input: unknown): GraphPropagationSpec {
  const o = asObject(input, 'spec');
  noUnknownKeys(o, 'spec', ['model', 'initial', 'times', 'method', 'd2']);
  const model = validateGeneralModel(o.model, 'model');
  if (o.method !== undefined && o.method !== 'chebyshev') throw new HamcheckInputError('method', '"chebyshev" (a general model has no dense eigen path)', o.method);
  const io = o.initial === undefined ? {} : asObject(o.initial, 'initial');
  noUnknownKeys(io, 'initial', ['site', 'seed']);
  const initial = { site: integer(io.site, 'initial.site', { ge: 1, le: model.sites.length }, 1), seed: integer(io.seed, 'initial.seed', { ge: 0, le: 2 ** 32 - 1 }, 1) };
  const times = validateTimes(o.times);
  const d2 = validateDeviationWindow(o.d2);
  if (model.bonds.every((b) => b.coupling === 0) && 'untilKappa' in times) {
    throw new HamcheckInputError('times.untilKappa', 'a window in units of 1/κ only when some bond has λ > 0', times.untilKappa, 'every coupling is 0, so κ = 0: give times.until instead');
  }
  const spec = { model, initial, times, d2 };
  assertWithinLimits(estimateGraphPropagation(spec));
  return spec;
}

/**
 * {@link chebyshevEstimate} for a general model: half-width a ≈ (level span)/2 + max_µ Σ_{b∋µ} λ_b(√n_µ + √n_ν), the
 * block Gershgorin row sum with each n_µ × n_ν block at its semicircle edge λ(√n_µ + √n_ν).
 */
export function estimateGraphPropagation(spec: GraphPropagationSpec): RunEstimate {
  const { model } = spec;
  const rate = model.bonds.some((b) => b.coupling > 0) ? slowestRate(model) : 0;
  const { tMax, tMaxField, times } = propagationWindow(spec.times, spec.d2, rate);
  const n = model.sites.map((s) => s.levels);
  const rowSum = new Float64Array(n.length);
  let blockEntries = 0;
  for (const b of model.bonds) {
    const [mu, nu] = [b.sites[0] - 1, b.sites[1] - 1];
    const edge = b.coupling * (Math.sqrt(n[mu]) + Math.sqrt(n[nu]));
    rowSum[mu] += edge;
    rowSum[nu] += edge;
    blockEntries += n[mu] * n[nu];
  }
  const dim = n.reduce((a, x) => a + x, 0);
  const top = Math.max(...model.sites.map((s) => (s.offset ?? 0) + s.bandWidth / 2));
  const bottom = Math.min(...model.sites.map((s) => (s.offset ?? 0) - s.bandWidth / 2));
  const halfWidth = (top - bottom) / 2 + Math.max(...rowSum);
  return chebyshevEstimate({ halfWidth, tMax, tMaxField, times, dim, modelBytes: 16 * blockEntries + 8 * dim, blockEntries });
}
