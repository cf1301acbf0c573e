/**
 * Plain-data descriptions of a single-band chain (paper Sec. II, Fig. 1) and of an initial state.
 *
 * @remarks
 * These are what a user writes in JSON. {@link buildChainModel} turns a validated spec into the
 * typed-array {@link ChainModel} the numerics work on. Sites are 1-based here, as in the paper.
 */
export type Ensemble = 'GUE' | 'GOE';

/** Explicit arrays, in the `--dump-model` format, replacing `ensemble` and `seed`. */
export interface ExplicitArrays {
  /** N arrays of n level energies, one per site (units of ΔE). */
  levels: number[][];
  /** N−1 blocks ⟨µ|H|µ+1⟩ of the Hamiltonian (λ included), each row-major n×n as `{re, im}`. */
  couplings: { re: number[]; im: number[] }[];
  /**
   * Optional lower blocks ⟨µ+1|H|µ⟩, as other codes often write both triangles. When present they must
   * be the conjugate transpose of `couplings`, or the model is refused as non-Hermitian.
   */
  lowerCouplings?: { re: number[]; im: number[] }[];
}

export interface ModelSpec {
  /** Number of subunits N ≥ 2. */
  sites: number;
  /** Levels per excited band n ≥ 1. */
  levels: number;
  /** Band width δε > 0 (units of ΔE). */
  bandWidth: number;
  /** Gap ΔE > 0; default 1. */
  gap: number;
  /** Coupling strength λ ≥ 0 (units of ΔE). */
  coupling: number;
  /** Random-matrix ensemble of the couplings; default `"GUE"`. */
  ensemble: Ensemble;
  /** Seed of the couplings (unsigned 32-bit integer); default 1. */
  seed: number;
  /** Explicit level energies and coupling blocks instead of a seeded draw. */
  explicit?: ExplicitArrays;
}

export interface InitialSpec {
  /** Site (1-based) whose band holds the excitation; default 1. */
  site: number;
  /** Seed of the random band state; default 1. */
  seed: number;
  /** Explicit amplitudes of length N·n (normalized on use) instead of a random band state. */
  amplitudes?: { re: number[]; im: number[] };
}

/**
 * The Hamiltonian (3) restricted to the single-excitation subspace, dimension N·n, basis |µ, k⟩.
 *
 * @remarks
 * H is block tridiagonal: diagonal blocks diag(E_µk), off-diagonal blocks B_µ = ⟨µ|H|µ+1⟩ = λ v_µ,µ+1
 * and B_µ† (eq. 7). Sites are 0-based in these arrays.
 */
export interface ChainModel {
  readonly sites: number;
  readonly levels: number;
  readonly bandWidth: number;
  readonly gap: number;
  readonly coupling: number;
  readonly ensemble: Ensemble | 'explicit';
  /** Level energies, `energies[µ·n + k]`. */
  readonly energies: Float64Array;
  /** Real parts of B_µ (µ = 0 … N−2), row-major n×n. */
  readonly couplingRe: readonly Float64Array[];
  /** Imaginary parts of B_µ, row-major n×n. */
  readonly couplingIm: readonly Float64Array[];
}
