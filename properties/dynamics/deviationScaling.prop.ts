import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ChainCase } from '../arbitraries/dynamicsModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { mean, scaledDeviations } from '../support/deviationOfCase.ts';
import { depth, propertyParams } from '../support/propertyParams.ts';

const impl = await implementationUnderTest();

/** n on a doubling ladder (Fig. 5); the deep run adds n = 400. */
const LADDER = depth === 'deep' ? [25, 50, 100, 200, 400] : [25, 50, 100, 200];
/** Initial states averaged per n. */
const STATES = 8;

describe(`Fig. 5: D²₁ ∝ 1/n at fixed c₁ = ½ [${impl.name}]`, () => {
  it('the least-squares slope of log D² against log n is −1 within 3 standard errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 }), async (N, seed) => {
        const xs: number[] = [];
        const ys: number[] = [];
        for (const n of LADDER) {
          const c: ChainCase = {
            model: { sites: N, levels: n, bandWidth: 0.05, gap: 1, coupling: (0.5 * 0.05) / n, ensemble: 'GUE', seed: seed + n },
            initialSeeds: Array.from({ length: STATES }, (_, s) => seed + 1000 * n + s),
          };
          const nd2 = await scaledDeviations(impl, c);
          xs.push(Math.log(n));
          ys.push(Math.log(mean(nd2) / n));
        }
        const xbar = mean(xs);
        const ybar = mean(ys);
        const sxx = xs.reduce((s, x) => s + (x - xbar) ** 2, 0);
        const slope = xs.reduce((s, x, i) => s + (x - xbar) * (ys[i] - ybar), 0) / sxx;
        // single-state D² has relative sd ≈ 0.5 (F4: mean 2.3e-4, 99th pct 5.4e-4), so log of a mean of
        // 8 has sd σ ≈ 0.5/√8 = 0.18 and the slope SE = σ/√Sxx; accept −1 ± 3·SE
        const se = 0.5 / Math.sqrt(STATES) / Math.sqrt(sxx);
        if (!(Math.abs(slope + 1) <= 3 * se)) {
          throw new Error(`N = ${N}, seed ${seed}: slope ${slope.toFixed(3)} outside −1 ± ${(3 * se).toFixed(3)} (n = ${LADDER.join(', ')})`);
        }
      }),
      propertyParams(2, 60_000), // each run is a whole Fig. 5 ladder (4 × 8 exact propagations); 2 runs = N = 2 and 3 typically
    );
  });
});
