/**
 * The inputs a suite sends: models with their explicit arrays (the suite owns model generation, so no
 * adapter re-implements hamcheck's PRNG) and normalized initial states.
 */
import { initialState } from '../../src/model/initialState.ts';
import type { ModelSpec } from '../../src/model/modelSpec.ts';
import type { WireModel, WireVector } from '../../src/protocol/capabilities.ts';
import { wireModelOf } from '../../src/protocol/reference/wireModel.ts';

/** A seeded model as sent: parameters plus the arrays of hamcheck's documented seeded draw. */
export function wireModel(spec: Omit<ModelSpec, 'explicit'>): WireModel {
  return wireModelOf(spec);
}

/** The random band state on `site` (1-based) of hamcheck's seeded draw (Haar on that band), as plain arrays. */
export function bandState(spec: { sites: number; levels: number }, seed: number, site = 1): WireVector {
  const v = initialState({ site, seed }, spec.sites, spec.levels);
  return { re: Array.from(v.re), im: Array.from(v.im) };
}
