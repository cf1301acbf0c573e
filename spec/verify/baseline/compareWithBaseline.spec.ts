import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBaseline, type Baseline, type BaselineEntry } from '../../../src/verify/baseline/baselineFile.ts';
import { compareWithBaseline } from '../../../src/verify/baseline/compareWithBaseline.ts';
import { verifyExitCode } from '../../../src/verify/baseline/exitCode.ts';
import type { FailureKind, PropertyOutcome, Verdict } from '../../../src/verify/outcome.ts';
import { failureKind, outcomesArb } from '../report/arbitraries.ts';

function outcome(id: string, verdict: Verdict, kind?: FailureKind): PropertyOutcome {
  return { id, title: id, requires: [], verdict, casesRun: 5, minCases: 5, seconds: 0.1, ...(kind ? { failureKind: kind } : {}) };
}
const baseline = (entries: Record<string, BaselineEntry>): Baseline => ({ format: 'hamcheck-baseline/1', entries });
const ids = (ms: { outcome: PropertyOutcome }[]): string[] => ms.map((m) => m.outcome.id);

describe('compareWithBaseline', () => {
  const b = baseline({
    'a/expected': { status: 'fail', kind: 'wrong', reason: 'known' },
    'a/crashes-now': { status: 'fail', kind: 'wrong', reason: 'known' },
    'a/fixed': { status: 'fail', kind: 'timeout', reason: 'slow' },
    'a/flaky': { status: 'flaky', reason: 'races' },
    'a/skipped': { status: 'skip', reason: 'unsupported' },
    'a/slow': { status: 'fail', kind: 'wrong', reason: 'known' },
    'a/not-declared': { status: 'fail', kind: 'wrong', reason: 'known' },
    'gone/renamed': { status: 'flaky', reason: 'old id' },
    'gone/skip': { status: 'skip', reason: 'old id' },
  });
  const outcomes = [
    outcome('a/new', 'fail', 'errored'),
    outcome('a/expected', 'fail', 'wrong'),
    outcome('a/crashes-now', 'fail', 'crash'),
    outcome('a/fixed', 'pass'),
    outcome('a/flaky', 'fail', 'wrong'),
    outcome('a/skipped', 'not-run'),
    outcome('a/slow', 'inconclusive'),
    outcome('a/not-declared', 'not-run'),
    outcome('a/fine', 'pass'),
    outcome('a/unknown-slow', 'inconclusive'),
  ];
  const c = compareWithBaseline(outcomes, b);

  it('a failure not in the baseline, or of another kind than expected, is new', () => {
    expect(ids(c.newFailures)).toEqual(['a/new', 'a/crashes-now']);
    expect(c.newFailures[1].entry?.kind).toBe('wrong');
    expect(c.newFailures[0].entry).toBeUndefined();
  });

  it('classifies expected failures, unexpected passes, flaky, skipped and inconclusive', () => {
    expect(ids(c.expectedFailures)).toEqual(['a/expected']);
    expect(ids(c.unexpectedPasses)).toEqual(['a/fixed']);
    expect(ids(c.flakyIgnored)).toEqual(['a/flaky']);
    expect(ids(c.skippedByBaseline)).toEqual(['a/skipped']);
    expect(ids(c.inconclusive)).toEqual(['a/slow', 'a/unknown-slow']);
  });

  it('reports entries that matched no property that ran, sorted by id', () => {
    expect(c.unmatchedEntries.map((u) => u.id)).toEqual(['a/not-declared', 'gone/renamed', 'gone/skip']);
  });

  it('sorts every outcome into at most one list, and every failure into exactly one', () => {
    fc.assert(
      fc.property(
        outcomesArb(15),
        fc.dictionary(
          fc.constantFrom('dynamics/a', 'dyson/b', 'model/c', 'exact/d', 'transport/e'),
          fc.oneof(
            failureKind.map((kind): BaselineEntry => ({ status: 'fail', kind, reason: 'r' })),
            fc.constantFrom<BaselineEntry>({ status: 'flaky', reason: 'r' }, { status: 'skip', reason: 'r' }),
          ),
        ),
        (outs, entries) => {
          const cmp = compareWithBaseline(outs, baseline(entries));
          const lists = [cmp.newFailures, cmp.expectedFailures, cmp.unexpectedPasses, cmp.flakyIgnored, cmp.skippedByBaseline, cmp.inconclusive];
          const all = lists.flat().map((m) => m.outcome.id);
          expect(new Set(all).size).toBe(all.length);
          for (const o of outs.filter((o) => o.verdict === 'fail')) expect(all).toContain(o.id);
          // without a baseline every failure is new
          expect(ids(compareWithBaseline(outs, emptyBaseline()).newFailures)).toEqual(outs.filter((o) => o.verdict === 'fail').map((o) => o.id));
          // an unmatched entry has no outcome that ran (or, for skip, no outcome at all)
          for (const u of cmp.unmatchedEntries) {
            const o = outs.find((x) => x.id === u.id);
            expect(o === undefined || (u.entry.status !== 'skip' && o.verdict === 'not-run')).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('verifyExitCode', () => {
  it('is 2 for a broken run, 1 for new failures, 0 otherwise', () => {
    expect(verifyExitCode([], compareWithBaseline([], emptyBaseline()), { runBroken: true })).toBe(2);
    const fail = [outcome('a/x', 'fail', 'wrong')];
    expect(verifyExitCode(fail, compareWithBaseline(fail, emptyBaseline()))).toBe(1);
    expect(verifyExitCode(fail, compareWithBaseline(fail, emptyBaseline()), { runBroken: true })).toBe(2);
    const known = baseline({ 'a/x': { status: 'fail', kind: 'wrong', reason: 'r' } });
    expect(verifyExitCode(fail, compareWithBaseline(fail, known))).toBe(0);
    const crash = [outcome('a/x', 'fail', 'crash')];
    expect(verifyExitCode(crash, compareWithBaseline(crash, known))).toBe(1);
  });

  it('fails on inconclusive properties only with strict, unless the baseline ignores them', () => {
    const slow = [outcome('a/x', 'inconclusive'), outcome('a/y', 'pass')];
    const c = compareWithBaseline(slow, emptyBaseline());
    expect(verifyExitCode(slow, c)).toBe(0);
    expect(verifyExitCode(slow, c, { strict: true })).toBe(1);
    const flaky = compareWithBaseline(slow, baseline({ 'a/x': { status: 'flaky', reason: 'r' } }));
    expect(verifyExitCode(slow, flaky, { strict: true })).toBe(0);
  });

  it('rejects a comparison made from other outcomes (programming error)', () => {
    const fail = [outcome('a/x', 'fail', 'wrong')];
    expect(() => verifyExitCode(fail, compareWithBaseline([], emptyBaseline()))).toThrow(/a\/x is not in the baseline comparison/);
  });
});
