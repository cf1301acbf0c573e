import type { Ensemble } from '../modelSpec.ts';
import type { CouplingStructure } from './couplingStructure.ts';

/**
 * Plain-data description of a general single-excitation model: a graph of subunits, each with its own
 * band, joined by bonds of their own strength (the generalization of the chain of Sec. II, Fig. 1).
 *
 * @remarks
 * Site µ (1-based here, as in the paper) has n_µ levels over a band of width δε_µ centred at ΔE + o_µ (offset
 * o_µ, default 0): E_µk = ΔE + o_µ − δε_µ/2 + (k + ½)·δε_µ/n_µ, k = 0 … n_µ − 1 (docs/conventions.md, level grid,
 * per site).
 * Bond b joins sites (µ, ν) with the block ⟨µ|H|ν⟩ = λ_b·v_b of n_µ × n_ν entries, E|v_ij|² = 1 (GUE or GOE
 * as for the chain). `topology` records how the bonds were made: `"chain"` (bonds (1,2), (2,3), … in this
 * order), `"ring"` (the chain plus (N,1), N ≥ 3) or `"graph"` (any user-given edges).
 */
export interface GeneralModelSpec {
  topology: Topology;
  sites: SiteSpec[];
  bonds: BondSpec[];
  /** Gap ΔE > 0, shared by all sites; default 1. */
  gap: number;
  ensemble: Ensemble;
  /** Seed of the coupling draw (unsigned 32-bit integer). */
  seed: number;
}

export type Topology = 'chain' | 'ring' | 'graph';

export interface SiteSpec {
  /** n_µ ≥ 1. */
  levels: number;
  /** δε_µ > 0. */
  bandWidth: number;
  /**
   * Shift of the band's centre from ΔE (default 0): the band spans ΔE + offset ± δε_µ/2. Several bands of one
   * subunit are several sites with different offsets (examples/variants/multiBand.ts).
   */
  offset?: number;
}

export interface BondSpec {
  /** The two distinct sites it joins, 1-based; the block drawn is ⟨first|H|second⟩. */
  sites: [number, number];
  /** λ_b ≥ 0. */
  coupling: number;
  /** Banded or sparse coupling blocks instead of dense ones (src/model/graph/couplingStructure.ts). */
  structure?: CouplingStructure;
}

/**
 * A built general model: level energies and coupling blocks of the Hamiltonian in the single-excitation
 * basis |µ, k⟩, stored at offsets[µ] + k (0-based µ).
 */
export interface GeneralModel {
  readonly spec: GeneralModelSpec;
  /** N. */
  readonly siteCount: number;
  /** n_µ, 0-based µ. */
  readonly levels: Int32Array;
  /** δε_µ. */
  readonly bandWidths: Float64Array;
  /** N + 1 offsets of the site blocks, offsets[N] = dim. */
  readonly offsets: Int32Array;
  readonly dim: number;
  /** E_µk at offsets[µ] + k. */
  readonly energies: Float64Array;
  readonly bonds: readonly BuiltBond[];
}

export interface BuiltBond {
  /** 0-based sites: the block is ⟨a|H|b⟩, n_a rows × n_b columns, row-major. */
  readonly a: number;
  readonly b: number;
  readonly coupling: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/** Shape shared by {@link chainSpec} and {@link ringSpec}: per-site bands and per-bond couplings. */
export interface GraphShape {
  sites: SiteSpec[];
  /** One λ per bond, in bond order. */
  couplings: number[];
  gap?: number;
  ensemble?: Ensemble;
  seed?: number;
}

/** The chain 1 – 2 – … – N: bond µ joins (µ, µ+1) and takes couplings[µ − 1]. */
export function chainSpec(shape: GraphShape): GeneralModelSpec {
  const bonds = shape.sites.slice(1).map((_, i): BondSpec => ({ sites: [i + 1, i + 2], coupling: shape.couplings[i] }));
  return finish('chain', shape, bonds);
}

/** The ring: the chain plus the bond (N, 1), which takes the last coupling (N ≥ 3 sites, N couplings). */
export function ringSpec(shape: GraphShape): GeneralModelSpec {
  const N = shape.sites.length;
  const bonds = shape.sites.map((_, i): BondSpec => ({ sites: i === N - 1 ? [N, 1] : [i + 1, i + 2], coupling: shape.couplings[i] }));
  return finish('ring', shape, bonds);
}

/** The uniform chain of the paper as a general model: N sites of n levels over δε, every bond λ. */
export function uniformChainSpec(m: { sites: number; levels: number; bandWidth: number; coupling: number; gap?: number; ensemble?: Ensemble; seed?: number }): GeneralModelSpec {
  return chainSpec({
    sites: Array.from({ length: m.sites }, () => ({ levels: m.levels, bandWidth: m.bandWidth })),
    couplings: new Array(m.sites - 1).fill(m.coupling),
    gap: m.gap,
    ensemble: m.ensemble,
    seed: m.seed,
  });
}

function finish(topology: Topology, shape: GraphShape, bonds: BondSpec[]): GeneralModelSpec {
  return { topology, sites: shape.sites.map((s) => ({ ...s })), bonds, gap: shape.gap ?? 1, ensemble: shape.ensemble ?? 'GUE', seed: shape.seed ?? 1 };
}
