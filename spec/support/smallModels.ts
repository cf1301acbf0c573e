import { buildChainModel } from '../../src/model/buildChainModel.ts';
import type { ChainModel } from '../../src/model/modelSpec.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';

/** A seeded chain for example-based tests. */
export function seededChain(
  sites: number,
  levels: number,
  opts: { bandWidth?: number; coupling?: number; ensemble?: 'GUE' | 'GOE'; seed?: number } = {},
): ChainModel {
  return buildChainModel(
    validateModelSpec({
      sites,
      levels,
      bandWidth: opts.bandWidth ?? 0.05,
      coupling: opts.coupling ?? 0.01,
      ensemble: opts.ensemble ?? 'GUE',
      seed: opts.seed ?? 1,
    }),
  );
}

/** Largest absolute difference of two equally long numeric sequences. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

/** Fails with Δ and tol in the message (stdlib-style tolerance report). */
export function expectWithin(delta: number, tol: number, what: string): void {
  if (!(delta <= tol)) throw new Error(`${what}: Δ = ${delta.toExponential(3)} > tol = ${tol.toExponential(3)}`);
}
