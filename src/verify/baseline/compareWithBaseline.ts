/**
 * A run's outcomes against the implementation's baseline: what is new, what was expected, what the
 * baseline no longer describes.
 */
import type { PropertyOutcome } from '../outcome.ts';
import type { Baseline, BaselineEntry } from './baselineFile.ts';

export interface BaselineMatch {
  outcome: PropertyOutcome;
  /** The baseline's entry for the property, if it has one. */
  entry?: BaselineEntry;
}

export interface BaselineComparison {
  /** Failed and not in the baseline, or failed with another kind than the `fail` entry expects. */
  newFailures: BaselineMatch[];
  /** Failed with exactly the kind the `fail` entry expects. */
  expectedFailures: BaselineMatch[];
  /** Passed although a `fail` entry expects a failure (the entry can go: `--update-baseline`). */
  unexpectedPasses: BaselineMatch[];
  /** Ran (pass, fail or inconclusive) under a `flaky` entry: the result is ignored. */
  flakyIgnored: BaselineMatch[];
  /** Any outcome under a `skip` entry (normally `not-run`): ignored. */
  skippedByBaseline: BaselineMatch[];
  /** Inconclusive and not ignored by a `skip` or `flaky` entry (fails the run under `--strict`). */
  inconclusive: BaselineMatch[];
  /**
   * Entries that matched no property that ran: `fail`/`flaky` entries without a pass, fail or
   * inconclusive outcome of that id; `skip` entries without any outcome of that id. Sorted by id.
   */
  unmatchedEntries: { id: string; entry: BaselineEntry }[];
}

/**
 * Classifies every outcome against `baseline` (see {@link BaselineComparison}); lists keep the order
 * of `outcomes`.
 *
 * @remarks
 * A `fail` entry's `kind` is part of the expectation: a crash where a wrong answer was expected is a new
 * failure (listed with the entry, so the report can say what was expected). An inconclusive or not-run
 * property under a `fail` entry is neither an expected failure nor an unexpected pass.
 */
export function compareWithBaseline(outcomes: readonly PropertyOutcome[], baseline: Baseline): BaselineComparison {
  const c: BaselineComparison = {
    newFailures: [],
    expectedFailures: [],
    unexpectedPasses: [],
    flakyIgnored: [],
    skippedByBaseline: [],
    inconclusive: [],
    unmatchedEntries: [],
  };
  const matched = new Set<string>();
  const entryOf = (id: string): BaselineEntry | undefined => (Object.hasOwn(baseline.entries, id) ? baseline.entries[id] : undefined);
  for (const outcome of outcomes) {
    const entry = entryOf(outcome.id);
    const ran = outcome.verdict !== 'not-run';
    if (entry?.status === 'skip') {
      matched.add(outcome.id);
      c.skippedByBaseline.push({ outcome, entry });
      continue;
    }
    if (entry && ran) matched.add(outcome.id);
    if (entry?.status === 'flaky') {
      if (ran) c.flakyIgnored.push({ outcome, entry });
      continue;
    }
    // entry is a `fail` entry or absent
    if (outcome.verdict === 'fail') {
      if (entry && entry.kind === outcome.failureKind) c.expectedFailures.push({ outcome, entry });
      else c.newFailures.push(entry ? { outcome, entry } : { outcome });
    } else if (outcome.verdict === 'pass' && entry) {
      c.unexpectedPasses.push({ outcome, entry });
    } else if (outcome.verdict === 'inconclusive') {
      c.inconclusive.push(entry ? { outcome, entry } : { outcome });
    }
  }
  const ids = Object.keys(baseline.entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) if (!matched.has(id)) c.unmatchedEntries.push({ id, entry: baseline.entries[id] });
  return c;
}
