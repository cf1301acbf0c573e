/**
 * Shared fast-check generators of small chain models (paper Sec. II) and Dyson time steps.
 *
 * @remarks
 * Integer grids mapped to reals, never `.filter`, so every draw is valid and shrinking is cheap and
 * predictable. Components are tupled in the order N, n, λ, τ, δε, ensemble, seed: fast-check shrinks a
 * tuple component by component from the left, so a failing case shrinks first to the smallest chain
 * length N, then to the smallest band size n, then to the smallest grid values of λ, τ, δε, GUE and
 * seed 0. The level energies are the paper's evenly spaced band (gap ΔE = 1), so every site has the
 * same levels and the frequencies ω_ab between sites include exact zeros — the near-degenerate regime
 * of the closed forms is exercised on every draw.
 */
import { fc } from '@fast-check/vitest';
import type { ModelSpec } from '../support/implementation.ts';

export interface ChainCase {
  spec: ModelSpec;
  /** Dyson time step τ (units ħ/ΔE). */
  tau: number;
}

export interface ChainCaseOptions {
  /** Range of N; default [2, 5]. */
  sites?: [number, number];
  /** Range of n; default [1, 6]. */
  levels?: [number, number];
}

/** λ = k/40, k ∈ [1, 40]: 0.025 … 1 (in ΔE). Zero is excluded so the coupling never vanishes. */
export const couplingGrid = (k: number): number => k / 40;
/** τ = j/4, j ∈ [1, 40]: 0.25 … 10 (in ħ/ΔE). */
export const tauGrid = (j: number): number => j / 4;
/** δε = m/20, m ∈ [1, 20]: 0.05 … 1 (in ΔE). */
export const bandWidthGrid = (m: number): number => m / 20;

/** A small chain model and a time step τ, shrinking towards (N, n) = (2, 1) in that order. */
export function chainCase(options: ChainCaseOptions = {}): fc.Arbitrary<ChainCase> {
  const [nMin, nMax] = options.sites ?? [2, 5];
  const [lMin, lMax] = options.levels ?? [1, 6];
  return fc
    .tuple(
      fc.integer({ min: nMin, max: nMax }),
      fc.integer({ min: lMin, max: lMax }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 20 }),
      fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'),
      fc.integer({ min: 0, max: 0xffff }),
    )
    .map(([sites, levels, k, j, m, ensemble, seed]) => ({
      spec: {
        sites,
        levels,
        bandWidth: bandWidthGrid(m),
        gap: 1,
        coupling: couplingGrid(k),
        ensemble,
        seed,
      },
      tau: tauGrid(j),
    }));
}

/** A one-line description of a case for failure messages and errata entries. */
export function describeCase(c: ChainCase): string {
  const s = c.spec;
  return `N = ${s.sites}, n = ${s.levels}, λ = ${s.coupling}, τ = ${c.tau}, δε = ${s.bandWidth}, ${s.ensemble} seed ${s.seed}`;
}

/** Largest dimension N·n that {@link chainCase} produces with its default ranges. */
export const MAX_DIM = 5 * 6;

/**
 * A state vector of length {@link MAX_DIM} (use the first N·n entries): components (x + ½) + i(y + ½)
 * with integer x, y ∈ [−4, 4], so no component — and no band part ψ_µ — is ever zero, even after
 * shrinking (which goes to all components ½ + ½i). Not normalized; the identities are homogeneous.
 */
export function stateVector(): fc.Arbitrary<{ re: Float64Array; im: Float64Array }> {
  const part = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: MAX_DIM, maxLength: MAX_DIM });
  return fc.tuple(part, part).map(([x, y]) => ({
    re: Float64Array.from(x, (v) => v + 0.5),
    im: Float64Array.from(y, (v) => v + 0.5),
  }));
}
