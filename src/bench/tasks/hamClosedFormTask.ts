import { decayConstant } from '../../ham/decayConstant.ts';
import { hamPopulations } from '../../ham/hamPopulations.ts';
import { evenTimes } from '../../runs/propagationSpec.ts';
import type { TaskKind } from '../benchTask.ts';
import { versionHash } from '../versionHash.ts';
import { BENCH_BAND_WIDTH, BENCH_C1, BENCH_TIMES } from './benchChain.ts';

/** Levels of the HAM task's κ: the closed form's cost does not depend on n (it only sets κ). */
const HAM_LEVELS = 500;

/**
 * The HAM closed form (30)–(32) ({@link hamPopulations}) at 201 times over 5/κ from P(0) = e₁: the N×N
 * path-Laplacian modes, then N² terms per time, so t ∝ N² (and independent of n: `levels` is 0 in the
 * sizes, so the fit drops that regressor).
 */
export const hamClosedFormKind: TaskKind = {
  kind: 'ham',
  expected: { levels: null, sites: 2 },
  make(sites, _levels, plan) {
    const lambda = (BENCH_C1 * BENCH_BAND_WIDTH) / HAM_LEVELS;
    const inputs = { sites, levels: HAM_LEVELS, bandWidth: BENCH_BAND_WIDTH, coupling: lambda, times: BENCH_TIMES, untilKappa: 5 };
    let last = 0;
    return {
      id: `ham N=${sites} T=${BENCH_TIMES}`,
      kind: 'ham',
      sizes: { sites, levels: 0 },
      version: versionHash(import.meta.url, inputs),
      plan,
      prepare() {
        const kappa = decayConstant({ coupling: lambda, levels: HAM_LEVELS, bandWidth: BENCH_BAND_WIDTH });
        const times = evenTimes(BENCH_TIMES, 5 / kappa);
        const p0 = new Float64Array(sites);
        p0[0] = 1;
        return () => {
          last = hamPopulations(p0, kappa, times)[BENCH_TIMES - 1][0];
        };
      },
      details: () => ({ p1End: last }),
    };
  },
};
