import type { InitialSpec, ModelSpec } from '../../src/model/modelSpec.ts';

/**
 * What the dynamics property suites need from an implementation of the HAM model.
 *
 * @remarks
 * Every operation takes and returns plain JSON-shaped data and is asynchronous, so the same suites
 * can drive the reference in-process or an external implementation over JSON Lines on stdio (the
 * conformance protocol). Models are {@link ModelSpec}s: seeded (an implementation re-implements the
 * documented generator) or carrying explicit arrays. Sites are 1-based in specs, 0-based in arrays.
 */
export interface DynamicsImplementation {
  /** Human-readable name for reports. */
  readonly name: string;
  /**
   * The accuracy the implementation claims for exact populations: |P_µ − P_µ^true| ≤ exactAccuracy.
   * The suites derive their identity tolerances from it (the reference: 2·10⁻¹², from its 10⁻¹² state bound).
   */
  readonly exactAccuracy: number;
  /** κ (27) in units of ΔE/ħ. */
  kappa(model: ModelSpec): Promise<number>;
  /** c₁, c₂ of (29). */
  criteria(model: ModelSpec): Promise<{ c1: number; c2: number }>;
  /** HAM populations (30)–(32): `result[j][µ]` at `times[j]` from initial populations `p0`. */
  hamPopulations(p0: number[], kappa: number, times: number[]): Promise<number[][]>;
  /** Exact Schrödinger populations `result[j][µ]` = P_µ(t_j) (11). */
  exactPopulations(model: ModelSpec, initial: InitialSpec, times: number[]): Promise<number[][]>;
  /** The explicit arrays of a seeded model (as `hamcheck propagate --dump-model` writes them). */
  explicitModel(model: ModelSpec, initial: InitialSpec): Promise<{
    levels: number[][];
    couplings: { re: number[]; im: number[] }[];
    initial: { re: number[]; im: number[] };
  }>;
}
