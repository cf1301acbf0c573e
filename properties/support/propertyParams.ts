import type { Parameters } from 'fast-check';

/**
 * `quick` for `npm test`, `deep` for `npm run test:deep` (nightly, 10× the runs), `mutation` for the
 * per-mutant runs of `npm run test:mutation` (a fifth of the runs, at least one each).
 */
export const depth: 'quick' | 'deep' | 'mutation' =
  process.env.HAMCHECK_DEPTH === 'deep' ? 'deep' : process.env.HAMCHECK_DEPTH === 'mutation' ? 'mutation' : 'quick';

/** The run's seed (see properties/support/globalSeed.ts). */
export function runSeed(): number {
  const s = Number(process.env.HAMCHECK_SEED);
  return Number.isInteger(s) ? s : 0;
}

/**
 * fast-check parameters for the reference-only example suites (spec/transport/*Properties.spec.ts):
 * the run's seed, a run count scaled by depth, a time limit, and a failure report that names the seed
 * and path for replay.
 *
 * @remarks
 * An interrupted run FAILS (`markInterruptAsFailure`): here the minimum number of cases is all of them,
 * and the limits are an order of magnitude above the measured run times, so only a hang trips them.
 * The conformance properties (properties/framework) have their own minimum and report `inconclusive`.
 *
 * @param quickRuns - runs under `npm test`; `deep` runs 10× as many.
 * @param timeLimitMs - wall-clock budget of the property under `npm test` (10× under deep).
 */
export function propertyParams<T>(quickRuns: number, timeLimitMs = 20_000, extra: Parameters<T> = {}): Parameters<T> {
  const scale = depth === 'deep' ? 10 : depth === 'mutation' ? 0.2 : 1;
  const replayPath = process.env.HAMCHECK_PATH;
  return {
    seed: runSeed(),
    numRuns: Math.max(1, Math.round(quickRuns * scale)),
    interruptAfterTimeLimit: timeLimitMs * scale,
    markInterruptAsFailure: true,
    endOnFailure: false,
    ...(replayPath ? { path: replayPath } : {}),
    ...extra,
  };
}
