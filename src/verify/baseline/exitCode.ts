/**
 * The exit code of `hamcheck verify` (and `verify merge`).
 */
import type { PropertyOutcome } from '../outcome.ts';
import type { BaselineComparison } from './compareWithBaseline.ts';

export type VerifyExitCode = 0 | 1 | 2;

/**
 * 2 when the run could not be conducted (`runBroken`: bad arguments, the adapter cannot start, the
 * handshake or version failed, the restart budget ran out); else 1 when there is a new failure against
 * the baseline (a failed property or an errored case), or with `strict` an inconclusive property the
 * baseline does not ignore; else 0.
 *
 * @remarks
 * Inconclusive properties do not fail a non-strict run: a slow but correct adapter is not wrong.
 * `outcomes` must be the ones `comparison` was made from: a failed outcome the comparison does not
 * classify is a programming error (plain Error), not a silent pass.
 */
export function verifyExitCode(
  outcomes: readonly PropertyOutcome[],
  comparison: BaselineComparison,
  opts: { strict?: boolean; runBroken?: boolean } = {},
): VerifyExitCode {
  if (opts.runBroken) return 2;
  const classified = new Set(
    [comparison.newFailures, comparison.expectedFailures, comparison.flakyIgnored, comparison.skippedByBaseline]
      .flat()
      .map((m) => m.outcome.id),
  );
  const stray = outcomes.find((o) => o.verdict === 'fail' && !classified.has(o.id));
  if (stray) throw new Error(`verifyExitCode: failed property ${stray.id} is not in the baseline comparison`);
  if (comparison.newFailures.length > 0) return 1;
  if (opts.strict && comparison.inconclusive.length > 0) return 1;
  return 0;
}
