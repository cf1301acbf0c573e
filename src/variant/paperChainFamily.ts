import fc from 'fast-check';
import { uniformChainSpec, type GeneralModelSpec } from '../model/graph/generalModel.ts';

/**
 * The paper's uniform chain inside (29), as a family of general models: the grid of the criteria suite
 * (properties/arbitraries/dynamicsModels.ts, `insideCriteria`) — N ∈ {2, 3}, n ∈ {25, 30, …, 150},
 * c₁ = λn/δε ∈ [½, 0.1√n] on 11 steps (so c₂ = c₁²/n ≤ 0.01), δε = 0.05, GUE or GOE, any seed. The
 * acceptance bound of `hamcheck variant` is calibrated on it (src/variant/acceptance.ts).
 */
export const paperChainInside: fc.Arbitrary<GeneralModelSpec> = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 5, max: 30 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
  .map(([N, n5, k, ensemble, seed]) => {
    const n = 5 * n5;
    const c1 = 0.5 + ((0.1 * Math.sqrt(n) - 0.5) * k) / 10;
    return uniformChainSpec({ sites: N, levels: n, bandWidth: 0.05, coupling: (c1 * 0.05) / n, ensemble, seed });
  });
