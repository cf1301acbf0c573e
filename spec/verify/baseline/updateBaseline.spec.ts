import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBaseline, validateBaseline, type Baseline, type BaselineEntry } from '../../../src/verify/baseline/baselineFile.ts';
import { compareWithBaseline } from '../../../src/verify/baseline/compareWithBaseline.ts';
import { verifyExitCode } from '../../../src/verify/baseline/exitCode.ts';
import { MAX_REASON_CHARS, updateBaseline } from '../../../src/verify/baseline/updateBaseline.ts';
import type { FailureKind, PropertyOutcome, Verdict } from '../../../src/verify/outcome.ts';
import { outcomesArb } from '../report/arbitraries.ts';

function outcome(id: string, verdict: Verdict, kind?: FailureKind, message?: string): PropertyOutcome {
  return { id, title: id, requires: [], verdict, casesRun: 5, minCases: 5, seconds: 0.1, ...(kind ? { failureKind: kind } : {}), ...(message ? { message } : {}) };
}
const baseline = (entries: Record<string, BaselineEntry>): Baseline => ({ format: 'hamcheck-baseline/1', entries });

describe('updateBaseline', () => {
  const before = baseline({
    'z/kept-reason': { status: 'fail', kind: 'wrong', reason: 'issue #1' },
    'z/kind-changed': { status: 'fail', kind: 'wrong', reason: 'issue #2' },
    'z/fixed': { status: 'fail', kind: 'timeout', reason: 'slow' },
    'z/flaky': { status: 'flaky', reason: 'races' },
    'z/skip': { status: 'skip', reason: 'unsupported' },
    'z/other-shard': { status: 'fail', kind: 'wrong', reason: 'elsewhere' },
    'z/slow': { status: 'fail', kind: 'wrong', reason: 'known' },
  });
  const outcomes = [
    outcome('z/kept-reason', 'fail', 'wrong', 'new text'),
    outcome('z/kind-changed', 'fail', 'errored', 'adapter said: bad\nsecond line'),
    outcome('z/fixed', 'pass'),
    outcome('z/flaky', 'fail', 'wrong'),
    outcome('z/skip', 'pass'),
    outcome('z/slow', 'inconclusive'),
    outcome('a/new', 'fail', 'timeout'),
    outcome('a/long', 'fail', 'wrong', 'x'.repeat(500)),
  ];
  const after = updateBaseline(before, outcomes);

  it('rewrites only entries of properties that ran: fail → entry with kind, pass → removed, others untouched', () => {
    expect(after.entries).toEqual({
      'a/long': { status: 'fail', kind: 'wrong', reason: `${'x'.repeat(MAX_REASON_CHARS - 1)}…` },
      'a/new': { status: 'fail', kind: 'timeout', reason: 'failed (timeout) when the baseline was updated' },
      'z/flaky': { status: 'flaky', reason: 'races' },
      'z/kept-reason': { status: 'fail', kind: 'wrong', reason: 'issue #1' },
      'z/kind-changed': { status: 'fail', kind: 'errored', reason: 'adapter said: bad' },
      'z/other-shard': { status: 'fail', kind: 'wrong', reason: 'elsewhere' },
      'z/skip': { status: 'skip', reason: 'unsupported' },
      'z/slow': { status: 'fail', kind: 'wrong', reason: 'known' },
    });
    expect(Object.keys(after.entries)).toEqual(Object.keys(after.entries).sort());
    expect(Object.keys(before.entries)).toHaveLength(7); // input not modified
    expect(before.entries['z/fixed']).toBeDefined();
  });

  it('leaves a baseline under which the same run is clean, valid, and a fixed point', () => {
    fc.assert(
      fc.property(outcomesArb(15), (outs) => {
        const updated = updateBaseline(baseline({}), outs);
        expect(validateBaseline(JSON.parse(renderBaseline(updated)))).toEqual(updated);
        const c = compareWithBaseline(outs, updated);
        expect(c.newFailures).toEqual([]);
        expect(c.unexpectedPasses).toEqual([]);
        expect(verifyExitCode(outs, c)).toBe(0);
        expect(renderBaseline(updateBaseline(updated, outs))).toBe(renderBaseline(updated));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a failed outcome without a failure kind (programming error)', () => {
    expect(() => updateBaseline(baseline({}), [outcome('a/b', 'fail')])).toThrow(/no failureKind/);
  });
});
