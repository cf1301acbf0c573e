/**
 * Generators of differential inputs: where real bugs hide — N from 2 to 6, n up to 100, GUE and GOE,
 * c₁ inside and far outside (29), uneven and unsorted times beyond 1/κ, complex amplitudes on every
 * site, temperatures from 10⁻³ to 10³. Integer grids mapped to values; no `filter`.
 */
import fc from 'fast-check';
import type { ModelSpec } from '../../src/model/modelSpec.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import type { WireVector } from '../../src/protocol/capabilities.ts';

/** Band sizes: small ones often (cheap, shrink well), up to 100. */
export const LEVEL_GRID = [1, 2, 3, 4, 5, 8, 13, 24, 40, 64, 100] as const;

const ensemble = fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE');
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/** Chain parameters: N ∈ [2, maxSites], n from {@link LEVEL_GRID}, c₁ = 0.05·100^{k/20} ∈ [0.05, 5], δε ∈ {0.01, 0.05, 0.2}, ΔE ∈ {0.5, 1, 2}. */
export function chainSpec(maxSites = 6, maxLevelIndex = LEVEL_GRID.length - 1): fc.Arbitrary<Omit<ModelSpec, 'explicit'>> {
  return fc
    .tuple(fc.integer({ min: 2, max: maxSites }), fc.integer({ min: 0, max: maxLevelIndex }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), ensemble, seed)
    .map(([sites, li, k, w, g, ens, s]) => {
      const levels = LEVEL_GRID[li];
      const bandWidth = [0.05, 0.01, 0.2][w];
      const c1 = 0.05 * 100 ** (k / 20);
      return { sites, levels, bandWidth, gap: [1, 0.5, 2][g], coupling: (c1 * bandWidth) / levels, ensemble: ens, seed: s };
    });
}

/** A normalized complex state over all N·n amplitudes, from a seeded normal draw. */
export function complexState(dim: number, s: number): WireVector {
  const g = new NormalDeviates(new Xoshiro128(s));
  const re = Array.from({ length: dim }, () => g.next());
  const im = Array.from({ length: dim }, () => g.next());
  const norm = Math.hypot(...re, ...im);
  return { re: re.map((x) => x / norm), im: im.map((x) => x / norm) };
}

/** 1–5 times in [0, 3/κ] (multiples u/8 of 1/κ, u ∈ [0, 24]) in the order drawn: unsorted, uneven, often beyond 1/κ. */
export const timesInUnitsOfKappa = fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 1, maxLength: 5 }).map((us) => us.map((u) => u / 8));

/** k_BT = 10^{u/10}, u ∈ [−30, 30]: from 10⁻³ to 10³. */
export const temperatures = fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 6 }).map((us) => us.map((u) => 10 ** (u / 10)));
