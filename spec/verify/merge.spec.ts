import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { writeBaseline } from '../../src/verify/baseline/baselineFile.ts';
import { compareWithBaseline } from '../../src/verify/baseline/compareWithBaseline.ts';
import { verifyExitCode } from '../../src/verify/baseline/exitCode.ts';
import { mergeReportFiles, mergeReports, type ShardReport } from '../../src/verify/merge.ts';
import { writeJsonlReport, type VerifyReport } from '../../src/verify/report/jsonlReport.ts';
import { emptyBaseline } from '../../src/verify/baseline/baselineFile.ts';
import { selectShard } from '../../src/verify/shard.ts';
import { footerFor, reportArb, sampleReport } from './report/arbitraries.ts';

/** `report` split into `count` shard reports, as `--shard i/count` jobs would write them. */
function split(report: VerifyReport, count: number): ShardReport[] {
  const { shard: _s, ...header } = report.header;
  return Array.from({ length: count }, (_, i) => {
    const ids = new Set(selectShard(report.properties.map((p) => p.id), i + 1, count));
    const properties = report.properties.filter((p) => ids.has(p.id));
    return { source: `s${i + 1}.jsonl`, report: { header: { ...header, shard: { index: i + 1, count } }, properties, footer: footerFor(properties, { seconds: report.footer.seconds }) } };
  });
}

function inputError(f: () => unknown): HamcheckInputError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(HamcheckInputError);
    return err as HamcheckInputError;
  }
  throw new Error('merge accepted inconsistent reports');
}

describe('mergeReports', () => {
  it('recombines any split of a run into the run, with the same verdict', () => {
    fc.assert(
      fc.property(reportArb, fc.integer({ min: 1, max: 5 }), fc.boolean(), (report, count, strict) => {
        const merged = mergeReports(split(report, count), { strict });
        const { shard: _s, ...header } = report.header;
        const sorted = [...report.properties].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(merged.report).toEqual({ header, properties: sorted, footer: { totals: report.footer.totals, seconds: report.footer.seconds } });
        const comparison = compareWithBaseline(report.properties, emptyBaseline());
        expect(merged.exitCode).toBe(verifyExitCode(report.properties, comparison, { strict }));
      }),
      { numRuns: 200 },
    );
  });

  it('applies the baseline to the merged run', () => {
    const shards = split(sampleReport(), 2);
    expect(mergeReports(shards).exitCode).toBe(1);
    const baseline = { format: 'hamcheck-baseline/1' as const, entries: { 'model/kappa-formula': { status: 'fail' as const, kind: 'wrong' as const, reason: 'r' } } };
    const merged = mergeReports(shards, { baseline });
    expect([merged.exitCode, merged.comparison.expectedFailures.map((m) => m.outcome.id)]).toEqual([0, ['model/kappa-formula']]);
    expect(mergeReports(shards, { baseline, strict: true }).exitCode).toBe(1);
  });

  it('keeps the earliest start, the largest budget, the longest shard and every reason', () => {
    const [a, b] = split(sampleReport(), 2);
    b.report.header = { ...b.report.header, startedAt: '2024-12-31T23:00:00.000Z', budgetSeconds: 90 };
    b.report.footer = { ...b.report.footer, seconds: 99, stoppedEarly: 'budget', broken: 'restart budget exhausted' };
    const merged = mergeReports([a, b]);
    expect(merged.report.header).toMatchObject({ startedAt: '2024-12-31T23:00:00.000Z', budgetSeconds: 90 });
    expect(merged.report.footer).toMatchObject({ seconds: 99, stoppedEarly: 's2.jsonl: budget', broken: 's2.jsonl: restart budget exhausted' });
    expect(merged.exitCode).toBe(2);
  });

  it('rejects reports of different runs, naming the report and the field', () => {
    const [a, b] = split(sampleReport(), 2);
    const with_ = (h: Partial<VerifyReport['header']>): ShardReport => ({ ...b, report: { ...b.report, header: { ...b.report.header, ...h } } });
    expect(inputError(() => mergeReports([a, with_({ seed: 8 })])).field).toBe('s2.jsonl header.seed');
    expect(inputError(() => mergeReports([a, with_({ hamcheck: '0.2.0' })])).field).toBe('s2.jsonl header.hamcheck');
    const impl = { ...b.report.header.implementation, version: '1.4.0' };
    expect(inputError(() => mergeReports([a, with_({ implementation: impl })])).message).toMatch(/^s2\.jsonl header\.implementation\.version: expected 1\.3\.0 \(as in s1\.jsonl\)/);
    expect(inputError(() => mergeReports([a, with_({ capabilities: ['model.kappa'] })])).field).toBe('s2.jsonl header.capabilities');
    expect(inputError(() => mergeReports([a, with_({ depth: 'deep' })])).field).toBe('s2.jsonl header.depth');
  });

  it('rejects a property in two reports, missing, repeated or mismatched shards, and no input', () => {
    const [a, b] = split(sampleReport(), 2);
    const dup = { ...b, report: { ...b.report, properties: [...b.report.properties, a.report.properties[0]] } };
    expect(inputError(() => mergeReports([a, dup])).message).toMatch(/also in s1\.jsonl/);
    expect(inputError(() => mergeReports([a])).message).toMatch(/missing shard 2\/2/);
    expect(inputError(() => mergeReports([a, { ...a, source: 'again.jsonl' }])).field).toBe('again.jsonl shard.index');
    const three = split(sampleReport(), 3);
    expect(inputError(() => mergeReports([a, three[1]])).field).toBe('s2.jsonl shard.count');
    const { shard: _s, ...plainHeader } = b.report.header;
    expect(inputError(() => mergeReports([a, { ...b, report: { ...b.report, header: plainHeader } }])).field).toBe('s2.jsonl shard');
    expect(inputError(() => mergeReports([])).field).toBe('merge');
  });
});

describe('mergeReportFiles', () => {
  it('reads the shard files and the baseline file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamcheck-merge-'));
    const shards = split(sampleReport(), 3);
    const paths = await Promise.all(shards.map(async (s) => {
      const path = join(dir, s.source);
      await writeJsonlReport(path, s.report);
      return path;
    }));
    const baselinePath = join(dir, 'baseline.json');
    await writeBaseline(baselinePath, { format: 'hamcheck-baseline/1', entries: { 'model/kappa-formula': { status: 'fail', kind: 'wrong', reason: 'r' } } });
    const merged = await mergeReportFiles(paths, { baselinePath });
    expect(merged.report.properties.map((p) => p.id)).toEqual(sampleReport().properties.map((p) => p.id).sort());
    expect(merged.exitCode).toBe(0);
    expect((await mergeReportFiles(paths)).exitCode).toBe(1);
    await expect(mergeReportFiles([...paths, join(dir, 'nope.jsonl')])).rejects.toThrow(HamcheckInputError);
  });
});
