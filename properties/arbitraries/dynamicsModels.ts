import fc from 'fast-check';
import { INSIDE_STATES, OUTSIDE_STATES } from '../../src/checks/dynamicsBounds.ts';
import type { ModelSpec } from '../../src/model/modelSpec.ts';

/**
 * Chain models for the dynamics suites, parameterized by (N, n, c₁) on integer grids and mapped to
 * λ = c₁·δε/n with δε fixed: in units of 1/κ the populations depend on (N, n, c₁) only (scaling H by
 * 1/δε), and c₂ = c₁²/n follows. Arbitraries are ordered N, n, … so shrinking reaches the smallest
 * chain first, then the smallest band. No `filter`: every grid point is a valid model.
 */
export interface ChainCase {
  model: ModelSpec;
  /** Seeds of the random initial band states on site 1. */
  initialSeeds: number[];
}

const BAND_WIDTH = 0.05;

function chain(N: number, n: number, c1: number, ensemble: 'GUE' | 'GOE', seed: number): ModelSpec {
  return { sites: N, levels: n, bandWidth: BAND_WIDTH, gap: 1, coupling: (c1 * BAND_WIDTH) / n, ensemble, seed };
}

/** Seeds of `count` initial states: consecutive from the drawn one. */
const states = (first: number, count: number) => Array.from({ length: count }, (_, k) => (first + k) >>> 0);

const ensemble = fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE');
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Inside (29): c₁ ∈ [½, 0.1√n] so c₂ = c₁²/n ≤ 0.01; n ∈ {25, 30, …, 150}, N ∈ {2, 3}, {@link INSIDE_STATES} initial states. */
export const insideCriteria: fc.Arbitrary<ChainCase> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 5, max: 30 }), fc.integer({ min: 0, max: 10 }), ensemble, seed, seed)
  .map(([N, n5, k, ens, s, st]) => {
    const n = 5 * n5;
    const c1 = 0.5 + ((0.1 * Math.sqrt(n) - 0.5) * k) / 10;
    return { model: chain(N, n, c1, ens, s), initialSeeds: states(st, INSIDE_STATES) };
  });

/**
 * One model outside (29) by the first criterion: c₁ ∈ {0.05, 0.06, 0.07, 0.08} ≤ 0.1, n ∈ {30, 40, 50},
 * {@link OUTSIDE_STATES} initial states (the spread between states of one model is small, sd of ln n·D²₁ ≈ 0.2, against
 * ≈ 0.7 between models, so states buy less than models). Small n keeps T_D = 5/κ ∝ n/c₁² affordable.
 */
export const outsideFirstCriterionModel: fc.Arbitrary<ChainCase> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 3, max: 5 }), fc.integer({ min: 5, max: 8 }), ensemble, seed, seed)
  .map(([N, n10, c100, ens, s, st]) => ({ model: chain(N, 10 * n10, c100 / 100, ens, s), initialSeeds: states(st, OUTSIDE_STATES) }));

/** One model outside (29) by the second criterion: c₂ ∈ [0.3, 1] (c₁ = √(c₂ n)), n ∈ {20, 25, …, 60}, {@link OUTSIDE_STATES} initial states. */
export const outsideSecondCriterionModel: fc.Arbitrary<ChainCase> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 4, max: 12 }), fc.integer({ min: 30, max: 100 }), ensemble, seed, seed)
  .map(([N, n5, c2pct, ens, s, st]) => {
    const n = 5 * n5;
    return { model: chain(N, n, Math.sqrt((c2pct / 100) * n), ens, s), initialSeeds: states(st, OUTSIDE_STATES) };
  });

/** A batch of `size` independent models: the outside properties judge the geometric mean over a batch. */
export function batchOf(model: fc.Arbitrary<ChainCase>, size: number): fc.Arbitrary<ChainCase[]> {
  return fc.array(model, { minLength: size, maxLength: size });
}

/** Any small chain, inside or outside the criteria: N ∈ [2, 5], n ∈ [1, 24], c₁ ∈ [0.05, 5] (log grid). */
export const anySmallChain: fc.Arbitrary<ChainCase> = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 20 }), ensemble, seed, seed)
  .map(([N, n, k, ens, s, st]) => ({ model: chain(N, n, 0.05 * 100 ** (k / 20), ens, s), initialSeeds: [st] }));
