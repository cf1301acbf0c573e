import fc from 'fast-check';
import { describe, it } from 'vitest';
import { implementationUnderTest } from '../support/implementation.ts';
import { mean, scaledDeviations } from '../support/deviationOfCase.ts';
import { depth, propertyParams } from '../support/propertyParams.ts';
import { FIG5_SLOPE_Z } from '../../src/checks/dynamicsBounds.ts';

const impl = await implementationUnderTest();

/** n on a doubling ladder at fixed c₁ = ½ (Fig. 5), from n = 50: below it D² falls visibly faster than 1/n. */
const LADDER = depth === 'deep' ? [50, 100, 200, 400] : [50, 100, 200];
/** Independent (coupling realization, initial state) samples per n. */
const PER_N = depth === 'deep' ? 48 : 24;
/** Accepted |slope + 1| in standard errors; derivation in src/checks/dynamicsBounds.ts. */
const Z_MAX = FIG5_SLOPE_Z;

describe(`Fig. 5: D²₁ ∝ 1/n at fixed c₁ = ½ [${impl.name}]`, () => {
  it('the least-squares slope of log D² against log n is −1 within 4 empirical standard errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 }), async (N, seed) => {
        const xs: number[] = [];
        const ys: number[] = [];
        let squares = 0;
        for (const n of LADDER) {
          const logs: number[] = [];
          for (let s = 0; s < PER_N; s++) {
            const model = { sites: N, levels: n, bandWidth: 0.05, gap: 1, coupling: (0.5 * 0.05) / n, ensemble: 'GUE' as const, seed: (seed + 1000 * n + s) >>> 0 };
            const [nD2] = await scaledDeviations(impl, { model, initialSeeds: [(seed + 7 * n + s) >>> 0] });
            logs.push(Math.log(nD2 / n));
          }
          const m = mean(logs);
          squares += logs.reduce((a, l) => a + (l - m) ** 2, 0);
          xs.push(Math.log(n));
          ys.push(m); // geometric mean: log D² is near-normal, one outlier state cannot dominate
        }
        const xbar = mean(xs);
        const ybar = mean(ys);
        const sxx = xs.reduce((s, x) => s + (x - xbar) ** 2, 0);
        const slope = xs.reduce((s, x, i) => s + (x - xbar) * (ys[i] - ybar), 0) / sxx;
        // pooled within-n scatter of log D² (coupling realizations and states together): SE = s/√(PER_N·Sxx)
        const se = Math.sqrt(squares / (LADDER.length * (PER_N - 1))) / Math.sqrt(PER_N * sxx);
        if (!(Math.abs(slope + 1) <= Z_MAX * se)) {
          throw new Error(`N = ${N}, seed ${seed}: slope ${slope.toFixed(3)} outside −1 ± ${(Z_MAX * se).toFixed(3)} (n = ${LADDER.join(', ')})`);
        }
      }),
      propertyParams(2, 90_000), // each run is a whole Fig. 5 ladder (3 × 24 exact propagations); 2 runs cover N = 2 and 3 typically
    );
  });
});
