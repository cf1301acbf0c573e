/**
 * Model families of the example variants (docs/variants.md). Every family stays inside the per-bond
 * criteria (29) (src/model/graph/bondCriteria.ts): c₁,b = λ_b·min(ρ_µ, ρ_ν) ≥ ½ and
 * c₂,b = λ_b²·max(n_µ/δε_µ², n_ν/δε_ν²) ≤ 0.01, so the calibration of the paper's chain inside (29) applies.
 * Tuples start with N, then the band sizes, so fast-check shrinks to the smallest model first.
 */
import fc from 'fast-check';
import type { CouplingStructure } from '../../src/model/graph/couplingStructure.ts';
import { chainSpec, ringSpec, type GeneralModelSpec } from '../../src/model/graph/generalModel.ts';

const BAND_WIDTH = 0.05;
const ensemble = fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE');
const seed = fc.integer({ min: 0, max: 2 ** 32 - 1 });

/**
 * λ on step k = 0 … 10 strictly inside the window between c₁ = ½ (λ/δε = 0.5/n_min) and c₂ = 0.01
 * (λ/δε = √(0.01/n_max)): at (k + ½)/11 of it, so rounding never puts an endpoint outside (29).
 */
function couplingStep(nMin: number, nMax: number, k: number): number {
  const lo = 0.5 / nMin;
  const hi = Math.sqrt(0.01 / nMax);
  return BAND_WIDTH * (lo + ((hi - lo) * (k + 0.5)) / 11);
}

/** Rings of N ∈ {3, 4} equal sites, n ∈ {30, 40, …, 100}, one λ on every bond (c₁ ∈ [½, 0.1√n]). */
export const rings: fc.Arbitrary<GeneralModelSpec> = fc
  .tuple(fc.integer({ min: 3, max: 4 }), fc.integer({ min: 3, max: 10 }), fc.integer({ min: 0, max: 10 }), ensemble, seed)
  .map(([N, n10, k, ens, s]) => {
    const n = 10 * n10;
    const lam = couplingStep(n, n, k);
    return ringSpec({ sites: Array.from({ length: N }, () => ({ levels: n, bandWidth: BAND_WIDTH })), couplings: new Array(N).fill(lam), ensemble: ens, seed: s });
  });

/**
 * Disordered chains: N ∈ {2, 3, 4}, each n_µ ∈ {50, 55, …, 100} drawn independently, each λ_b drawn on its
 * bond's own window (n_min² ≥ 25·n_max keeps the window open: 50² ≥ 25·100).
 */
export const disorderedChains: fc.Arbitrary<GeneralModelSpec> = fc
  .tuple(
    fc.integer({ min: 2, max: 4 }),
    fc.array(fc.integer({ min: 10, max: 20 }), { minLength: 4, maxLength: 4 }),
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 3, maxLength: 3 }),
    ensemble,
    seed,
  )
  .map(([N, n5, ks, ens, s]) => {
    const ns = n5.slice(0, N).map((x) => 5 * x);
    const couplings = ns.slice(1).map((n, i) => couplingStep(Math.min(n, ns[i]), Math.max(n, ns[i]), ks[i]));
    return chainSpec({ sites: ns.map((n) => ({ levels: n, bandWidth: BAND_WIDTH })), couplings, ensemble: ens, seed: s });
  });

/**
 * Chains of N ∈ {3, 4} equal sites (n ∈ {70, 80, …, 120}) with one weak link at a drawn position: the weak
 * bond near c₁ = ½, the others near c₂ = 0.01 (c₁ ≈ 0.1√n): a rate ratio ≈ n/25 = 2.8 … 4.8 (steps 0 and 10 of the window).
 */
export const weakLinkChains: fc.Arbitrary<GeneralModelSpec> = fc
  .tuple(fc.integer({ min: 3, max: 4 }), fc.integer({ min: 7, max: 12 }), fc.nat(), ensemble, seed)
  .map(([N, n10, pos, ens, s]) => {
    const n = 10 * n10;
    const weak = pos % (N - 1);
    const couplings = Array.from({ length: N - 1 }, (_, b) => (b === weak ? couplingStep(n, n, 0) : couplingStep(n, n, 10)));
    return chainSpec({ sites: Array.from({ length: N }, () => ({ levels: n, bandWidth: BAND_WIDTH })), couplings, ensemble: ens, seed: s });
  });

/**
 * Multi-band chains: S ∈ {2, 3} subunits with two bands each (n ∈ {40, 50, …, 80} levels, width δε), the lower
 * centred at ΔE − Δ/2 and the upper at ΔE + Δ/2, Δ ∈ {2δε, 3δε} (no overlap). Band a of subunit s is site
 * 2(s − 1) + a + 1. Neighbouring subunits are joined band to band (resonant: lower–lower, upper–upper) and
 * across (lower–upper, upper–lower, off resonance by Δ), all with one λ on the (29) window.
 */
export const multiBandChains: fc.Arbitrary<GeneralModelSpec> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 4, max: 8 }), fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 10 }), ensemble, seed)
  .map(([S, n10, gapSteps, k, ens, s]) => {
    const n = 10 * n10;
    const split = gapSteps * BAND_WIDTH;
    const lam = couplingStep(n, n, k);
    const site = (sub: number, band: number) => 2 * sub + band + 1;
    const sites = Array.from({ length: 2 * S }, (_, i) => ({ levels: n, bandWidth: BAND_WIDTH, offset: i % 2 === 0 ? -split / 2 : split / 2 }));
    const bonds = Array.from({ length: S - 1 }, (_, sub) =>
      [0, 1].flatMap((a) => [0, 1].map((b) => ({ sites: [site(sub, a), site(sub + 1, b)] as [number, number], coupling: lam }))),
    ).flat();
    return { topology: 'graph', sites, bonds, gap: 1, ensemble: ens, seed: s };
  });

/** Chains of N ∈ {2, 3} equal sites with every bond's block masked by `structure(n, draw)`. */
function structuredChains(nTens: [number, number], structure: (n: number, draw: number) => CouplingStructure): fc.Arbitrary<GeneralModelSpec> {
  return fc
    .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: nTens[0], max: nTens[1] }), fc.integer({ min: 0, max: 10 }), fc.nat({ max: 1000 }), ensemble, seed)
    .map(([N, n10, k, draw, ens, s]) => {
      const n = 10 * n10;
      const spec = chainSpec({ sites: Array.from({ length: N }, () => ({ levels: n, bandWidth: BAND_WIDTH })), couplings: new Array(N - 1).fill(couplingStep(n, n, k)), ensemble: ens, seed: s });
      return { ...spec, bonds: spec.bonds.map((b) => ({ ...b, structure: structure(n, draw) })) };
    });
}

/** Sparse blocks: each entry kept with p ∈ {0.2, 0.3, …, 1} (scaled by 1/√p), n ∈ {60, …, 120}, so p·n ≥ 12 entries per row. */
export const sparseChains = structuredChains([6, 12], (_n, draw) => ({ kind: 'sparse', density: (2 + (draw % 9)) / 10 }));

/**
 * Banded blocks, |i − j| ≤ w with w ∈ {8, 12, 16}, n ∈ {40, …, 80}: the coupled window of 2w + 1 levels stays
 * wider than the golden-rule width ħκ/(δε/n) = 2πc₁² ≤ 2π·0.01·n ≤ 5 levels.
 */
export const bandedChains = structuredChains([4, 8], (_n, draw) => ({ kind: 'banded', halfWidth: [8, 12, 16][draw % 3] }));

/** Banded blocks too narrow for the golden rule: w ∈ {0, 1}, a window of 1–3 levels against a width 2πc₁² ≥ π/2 levels. */
export const narrowBandChains = structuredChains([4, 8], (_n, draw) => ({ kind: 'banded', halfWidth: draw % 2 }));
