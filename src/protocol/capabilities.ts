/**
 * The capabilities of conformance protocol v1: what a request asks for and what a result holds.
 *
 * @remarks
 * This file is the TypeScript mirror of `protocol/v1/` (the JSON Schemas are the contract; these types
 * must say the same). Conventions: ħ = 1 and energies in units of ΔE; sites 1-based in parameters,
 * arrays 0-based; basis |µ, k⟩ at index (µ−1)·n + k; matrices row-major as {@link WireMatrix}.
 * Every field here is plain JSON: no typed arrays, no NaN, no Infinity.
 */

/** The capability names of protocol v1, in the order PROTOCOL.md lists them. */
export const CAPABILITIES = [
  'model.build',
  'model.kappa',
  'model.criteria',
  'ham.populations',
  'exact.populations',
  'dyson.operators',
  'dyson.bondTraces',
  'transport.heatCapacity',
  'transport.kappaTh',
  'ham.graphPopulations',
] as const;

export type Capability = (typeof CAPABILITIES)[number];

/** A dense complex matrix, row-major, as two plain arrays of rows·cols numbers. */
export interface WireMatrix {
  rows: number;
  cols: number;
  re: number[];
  im: number[];
}

/** A complex vector as two plain arrays. */
export interface WireVector {
  re: number[];
  im: number[];
}

/** The explicit arrays of a model, in the `--dump-model` layout. */
export interface WireExplicit {
  /** N arrays of n level energies. */
  levels: number[][];
  /** N−1 row-major n×n blocks ⟨µ|H|µ+1⟩, λ included. */
  couplings: WireVector[];
}

/** A model as it travels: its parameters and (except for `model.build`) its explicit arrays. */
export interface WireModel {
  sites: number;
  levels: number;
  bandWidth: number;
  gap: number;
  coupling: number;
  ensemble: 'GUE' | 'GOE';
  seed: number;
  explicit?: WireExplicit;
}

/**
 * A general model's parameters (the `hamcheck-model/2` fields, src/model/graph/generalModel.ts): sites with
 * their own n_µ and δε_µ, bonds (µ, ν) 1-based with their own λ_b, and how the bonds were made.
 */
export interface WireGraph {
  topology: 'chain' | 'ring' | 'graph';
  /** `offset`: the band's centre shift from `gap` (default 0). */
  sites: { levels: number; bandWidth: number; offset?: number }[];
  /** `structure`: banded or sparse blocks (src/model/graph/couplingStructure.ts); absent = dense. */
  bonds: { sites: [number, number]; coupling: number; structure?: { kind: 'banded'; halfWidth: number } | { kind: 'sparse'; density: number } }[];
  gap: number;
  ensemble?: 'GUE' | 'GOE';
  seed?: number;
}

/** Arguments of each capability. */
export interface CapabilityArgs {
  'model.build': { model: WireModel };
  'model.kappa': { model: WireModel };
  'model.criteria': { model: WireModel };
  'ham.populations': { p0: number[]; kappa: number; times: number[] };
  'exact.populations': { model: WireModel; initial: WireVector; times: number[] };
  'dyson.operators': { model: WireModel; tau: number };
  'dyson.bondTraces': { model: WireModel; tau: number };
  'transport.heatCapacity': { levels: number; gap: number; temperatures: number[] };
  'transport.kappaTh': { levels: number; bandWidth: number; coupling: number; gap: number; temperatures: number[] };
  'ham.graphPopulations': { model: WireGraph; p0: number[]; times: number[] };
}

/** Results of each capability. */
export interface CapabilityResults {
  'model.build': WireExplicit;
  'model.kappa': { kappa: number };
  'model.criteria': { c1: number; c2: number };
  'ham.populations': { populations: number[][] };
  'exact.populations': { populations: number[][] };
  'dyson.operators': { first: WireMatrix; second: WireMatrix; secondDiag: WireMatrix; secondOff: WireMatrix };
  'dyson.bondTraces': { traces: number[] };
  'transport.heatCapacity': { c: number[] };
  'transport.kappaTh': { kappaTh: number[] };
  'ham.graphPopulations': { populations: number[][] };
}

/** Default claimed accuracy when the adapter's hello gives none: absolute for populations, relative for closed forms. */
export const DEFAULT_ACCURACY: Readonly<Record<Capability, number>> = {
  'model.build': 1e-12,
  'model.kappa': 1e-12,
  'model.criteria': 1e-12,
  'ham.populations': 1e-12,
  'exact.populations': 1e-9,
  'dyson.operators': 1e-12,
  'dyson.bondTraces': 1e-12,
  'transport.heatCapacity': 1e-12,
  'transport.kappaTh': 1e-12,
  'ham.graphPopulations': 1e-12,
};

export function isCapability(s: unknown): s is Capability {
  return typeof s === 'string' && (CAPABILITIES as readonly string[]).includes(s);
}
