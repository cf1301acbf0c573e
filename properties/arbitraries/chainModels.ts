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
import fc from 'fast-check';
import type { ModelSpec } from '../../src/model/modelSpec.ts';

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
  if (s.explicit) {
    const levels = s.explicit.levels.map((row) => row.map((e) => +e.toFixed(6)).join(' ')).join(' | ');
    return `N = ${s.sites}, n = ${s.levels}, τ = ${c.tau}, explicit levels [${levels}], couplings ${JSON.stringify(s.explicit.couplings)}`;
  }
  return `N = ${s.sites}, n = ${s.levels}, λ = ${s.coupling}, τ = ${c.tau}, δε = ${s.bandWidth}, ${s.ensemble} seed ${s.seed}`;
}

/**
 * A chain with EXPLICIT, generic level energies and couplings (no seeded draw), so the identities are
 * also exercised away from the paper's evenly spaced, site-independent band (where many Bohr
 * frequencies vanish exactly). Levels E = 1 + j·δε/64, j ∈ [−32, 32] (distinct sites get distinct
 * levels); coupling entries λ·(x + iy)/8 with x, y ∈ [−8, 8]. Same shrinking order as {@link chainCase}:
 * N, n, then λ, τ, δε, then the integer arrays (towards zeros: degenerate levels, vanishing couplings).
 */
export function explicitChainCase(options: ChainCaseOptions = {}): fc.Arbitrary<ChainCase> {
  const [nMin, nMax] = options.sites ?? [2, 5];
  const [lMin, lMax] = options.levels ?? [1, 6];
  const maxLevels = 5 * 6;
  const maxCouplings = 4 * 36;
  const ints = (len: number, lo: number, hi: number) =>
    fc.array(fc.integer({ min: lo, max: hi }), { minLength: len, maxLength: len });
  return fc
    .tuple(
      fc.integer({ min: nMin, max: nMax }),
      fc.integer({ min: lMin, max: lMax }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 1, max: 20 }),
      ints(maxLevels, -32, 32),
      ints(maxCouplings, -8, 8),
      ints(maxCouplings, -8, 8),
    )
    .map(([sites, levels, k, j, m, lv, cr, ci]) => {
      const lambda = couplingGrid(k);
      const bandWidth = bandWidthGrid(m);
      const n2 = levels * levels;
      return {
        spec: {
          sites,
          levels,
          bandWidth,
          gap: 1,
          coupling: lambda,
          ensemble: 'GUE' as const,
          seed: 0,
          explicit: {
            levels: Array.from({ length: sites }, (_, mu) =>
              Array.from({ length: levels }, (_, q) => 1 + (lv[mu * levels + q] * bandWidth) / 64),
            ),
            couplings: Array.from({ length: sites - 1 }, (_, mu) => ({
              re: Array.from({ length: n2 }, (_, e) => (lambda * cr[mu * n2 + e]) / 8),
              im: Array.from({ length: n2 }, (_, e) => (lambda * ci[mu * n2 + e]) / 8),
            })),
          },
        },
        tau: tauGrid(j),
      };
    });
}

/** Either a seeded band model or an explicit generic one (for statements that must hold for all models). */
export function anyChainCase(options: ChainCaseOptions = {}): fc.Arbitrary<ChainCase> {
  return fc.oneof(chainCase(options), explicitChainCase(options));
}

/** Largest dimension N·n that {@link chainCase} produces with its default ranges. */
export const MAX_DIM = 5 * 6;

/**
 * A state vector of length {@link MAX_DIM} (use the first N·n entries): components (x + ½) + i(y + ½)
 * with integer x, y ∈ [−4, 4], so no component — and no band part ψ_µ — is ever zero, even after
 * shrinking (which goes to all components ½ + ½i). Not normalized; the identities are homogeneous.
 * Plain number arrays, so a counterexample is reported as concrete JSON.
 */
export function stateVector(): fc.Arbitrary<{ re: number[]; im: number[] }> {
  const part = fc.array(fc.integer({ min: -4, max: 4 }), { minLength: MAX_DIM, maxLength: MAX_DIM });
  return fc.tuple(part, part).map(([x, y]) => ({
    re: x.map((v) => v + 0.5),
    im: y.map((v) => v + 0.5),
  }));
}

/** δε of the paper's configurations, the band of {@link goldenRuleCase}. */
export const GOLDEN_RULE_BAND = 0.05;

/**
 * Large-n cases inside the golden-rule window of (26): N ∈ [2, 4], n = 200 + 50i ∈ [200, 300],
 * t = τδε ∈ {20, 30, 40} (so 1/δε ≪ τ and τ ≤ n/(5δε) ≪ n/δε), λ = δε/(2n) (criterion c₁ = ½), GUE/GOE,
 * seed. The edge correction b decays only like (2/π)(ln t + O(1))/t (b = 0.25 at t = 10, 0.15 at t = 20,
 * 0.08 at t = 40), so t ≥ 20 keeps b + 6σ ≤ 0.22 and an interior block trace (≈ 2(1 − b)·T₂₆) far outside it.
 */
export function goldenRuleCase(): fc.Arbitrary<ChainCase> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'),
      fc.integer({ min: 0, max: 0xffff }),
    )
    .map(([sites, i, j, ensemble, seed]) => {
      const levels = 200 + 50 * i;
      const band = GOLDEN_RULE_BAND;
      return {
        spec: { sites, levels, bandWidth: band, gap: 1, coupling: band / (2 * levels), ensemble, seed },
        tau: (20 + 10 * j) / band,
      };
    });
}
