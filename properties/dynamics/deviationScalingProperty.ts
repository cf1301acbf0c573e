/**
 * Fig. 5: at fixed c₁ = ½ the deviation falls as D²₁ ∝ 1/n — the least-squares slope of ln D²₁ against
 * ln n is −1 within {@link FIG5_SLOPE_Z} empirical standard errors.
 */
import fc from 'fast-check';
import { FIG5_LADDER, FIG5_PER_N, FIG5_SLOPE_Z } from '../../src/checks/dynamicsBounds.ts';
import type { Implementation } from '../../src/protocol/implementation.ts';
import { mean } from '../framework/deviation.ts';
import { defineProperty } from '../framework/property.ts';
import { scaledDeviations } from './deviationOfCase.ts';

/**
 * The slope of ln D²₁ over the n ladder (geometric mean of {@link FIG5_PER_N} independent (coupling,
 * state) samples per n) and its standard error from the pooled within-n scatter: SE = s/√(PER_N·Sxx).
 */
export async function fig5Slope(impl: Implementation, N: number, seed: number): Promise<{ slope: number; se: number; z: number }> {
  const xs: number[] = [];
  const ys: number[] = [];
  let squares = 0;
  for (const n of FIG5_LADDER) {
    const logs: number[] = [];
    for (let s = 0; s < FIG5_PER_N; s++) {
      const model = { sites: N, levels: n, bandWidth: 0.05, gap: 1, coupling: (0.5 * 0.05) / n, ensemble: 'GUE' as const, seed: (seed + 1000 * n + s) >>> 0 };
      const [nD2] = await scaledDeviations(impl, { model, initialSeeds: [(seed + 7 * n + s) >>> 0] });
      logs.push(Math.log(nD2 / n));
    }
    const m = mean(logs);
    squares += logs.reduce((a, l) => a + (l - m) ** 2, 0);
    xs.push(Math.log(n));
    ys.push(m); // geometric mean: ln D² is near-normal, one outlier state cannot dominate
  }
  const xbar = mean(xs);
  const ybar = mean(ys);
  const sxx = xs.reduce((s, x) => s + (x - xbar) ** 2, 0);
  const slope = xs.reduce((s, x, i) => s + (x - xbar) * (ys[i] - ybar), 0) / sxx;
  const se = Math.sqrt(squares / (FIG5_LADDER.length * (FIG5_PER_N - 1))) / Math.sqrt(FIG5_PER_N * sxx);
  return { slope, se, z: (slope + 1) / se };
}

export const deviationScaling = defineProperty({
  id: 'dynamics/fig5-scaling',
  title: `Fig. 5: the slope of ln D²₁ against ln n at c₁ = ½ is −1 within ${FIG5_SLOPE_Z} standard errors`,
  requires: ['model.kappa', 'exact.populations', 'ham.populations'],
  arbitrary: fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 0, max: 2 ** 31 })),
  // each case is a whole Fig. 5 ladder (3 × FIG5_PER_N exact propagations): one statistical experiment per case
  cases: 1,
  minCases: 1,
  timeLimitMs: 90_000,
  async check(impl, [N, seed]) {
    const { slope, se, z } = await fig5Slope(impl, N, seed);
    if (!(Math.abs(z) <= FIG5_SLOPE_Z)) {
      throw new Error(`N = ${N}, seed ${seed}: slope ${slope.toFixed(3)} outside −1 ± ${(FIG5_SLOPE_Z * se).toFixed(3)} (z = ${z.toFixed(2)}, n = ${FIG5_LADDER.join(', ')})`);
    }
  },
});
