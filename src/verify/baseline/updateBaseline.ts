/**
 * `--update-baseline`: the baseline rewritten to describe the run, touching only what ran.
 */
import type { PropertyOutcome } from '../outcome.ts';
import { BASELINE_FORMAT, type Baseline, type BaselineEntry } from './baselineFile.ts';

/** Longest reason taken from a failure message. */
export const MAX_REASON_CHARS = 200;

/**
 * The updated baseline (a new object; `baseline` is not modified).
 *
 * @remarks
 * - A failed property gets a `fail` entry with its kind. An existing `fail` entry of the same kind keeps
 *   its (human-written) reason; otherwise the reason is the failure's first message line, cut to
 *   {@link MAX_REASON_CHARS}.
 * - A passed property loses its `fail` entry.
 * - `skip` and `flaky` entries are decisions of a person and are never changed; inconclusive and not-run
 *   properties, and properties that were not in the run (another shard, `--only`), are untouched.
 * Entries come out sorted by id, so the written file (`renderBaseline`) is deterministic.
 */
export function updateBaseline(baseline: Baseline, outcomes: readonly PropertyOutcome[]): Baseline {
  const entries = new Map<string, BaselineEntry>(Object.entries(baseline.entries));
  for (const o of outcomes) {
    const old = entries.get(o.id);
    if (old && old.status !== 'fail') continue;
    if (o.verdict === 'pass') entries.delete(o.id);
    else if (o.verdict === 'fail') {
      const kind = o.failureKind;
      if (kind === undefined) throw new Error(`updateBaseline: failed property ${o.id} has no failureKind`);
      const reason = old && old.kind === kind ? old.reason : reasonOf(o, kind);
      entries.set(o.id, { status: 'fail', kind, reason });
    }
  }
  const out: Record<string, BaselineEntry> = {};
  for (const id of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    Object.defineProperty(out, id, { value: { ...entries.get(id)! }, enumerable: true, writable: true, configurable: true });
  }
  return { format: BASELINE_FORMAT, entries: out };
}

function reasonOf(o: PropertyOutcome, kind: string): string {
  const first = (o.message ?? '').split(/\r?\n/)[0].trim();
  if (first === '') return `failed (${kind}) when the baseline was updated`;
  const chars = [...first];
  return chars.length > MAX_REASON_CHARS ? `${chars.slice(0, MAX_REASON_CHARS - 1).join('')}…` : first;
}
