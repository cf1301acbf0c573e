import fc from 'fast-check';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../../src/errors.ts';
import {
  ReportLineError,
  parseJsonlReport,
  readJsonlReport,
  renderJsonlReport,
  writeJsonlReport,
} from '../../../src/verify/report/jsonlReport.ts';
import { toPlainJson } from '../../../src/verify/report/plainJson.ts';
import { reportArb, sampleReport } from './arbitraries.ts';

function lineError(text: string): ReportLineError {
  try {
    parseJsonlReport(text, 'r.jsonl');
  } catch (err) {
    expect(err).toBeInstanceOf(ReportLineError);
    expect(err).toBeInstanceOf(HamcheckInputError);
    return err as ReportLineError;
  }
  throw new Error('parseJsonlReport accepted a malformed report');
}

describe('renderJsonlReport', () => {
  it('writes header, one line per property, footer, each tagged with its type', () => {
    const report = sampleReport();
    const lines = renderJsonlReport(report).split('\n');
    expect(lines.at(-1)).toBe('');
    const objs = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(objs.map((o) => o.type)).toEqual(['header', ...report.properties.map(() => 'property'), 'footer']);
    expect(objs[0].seed).toBe(7);
    expect(objs[2].id).toBe('model/kappa-formula');
    expect(objs.at(-1).totals).toEqual({ pass: 1, fail: 1, inconclusive: 1, 'not-run': 1 });
  });

  it('turns typed arrays and non-finite numbers of a counterexample into plain JSON', () => {
    const report = sampleReport();
    report.properties[1].counterexample = { p0: new Float64Array([0.5, 0.25]), bad: [NaN, -Infinity] };
    const back = parseJsonlReport(renderJsonlReport(report));
    expect(back.properties[1].counterexample).toEqual({ p0: [0.5, 0.25], bad: ['NaN', '-Infinity'] });
  });

  it('never puts a raw line break inside a line, whatever the strings hold', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        const text = renderJsonlReport(report);
        expect(text.split('\n').length - 1).toBe(report.properties.length + 2);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseJsonlReport', () => {
  it('inverts renderJsonlReport for arbitrary reports (up to plain-JSON normalization: −0 → 0)', () => {
    fc.assert(
      fc.property(reportArb, (report) => {
        expect(parseJsonlReport(renderJsonlReport(report))).toEqual(toPlainJson(report));
      }),
      { numRuns: 200 },
    );
  });

  it('tolerates CRLF line ends and blank lines, and keeps unknown optional fields', () => {
    const text = renderJsonlReport(sampleReport()).replace(/\n/g, '\r\n\r\n').replace('"seed":7,', '"seed":7,"extra":1,');
    const back = parseJsonlReport(text);
    expect(back.properties).toHaveLength(4);
    expect((back.header as unknown as { extra: number }).extra).toBe(1);
  });

  it('names the line of invalid JSON', () => {
    const lines = renderJsonlReport(sampleReport()).split('\n');
    lines[2] = lines[2].slice(0, 20);
    const err = lineError(lines.join('\n'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/^r\.jsonl:3 line: expected one JSON object/);
  });

  it('names the line and field of an invalid record', () => {
    const lines = renderJsonlReport(sampleReport()).split('\n');
    lines[3] = lines[3].replace('"verdict":"inconclusive"', '"verdict":"maybe"');
    const err = lineError(lines.join('\n'));
    expect([err.line, err.field]).toEqual([4, 'r.jsonl:4 verdict']);
    const bad = renderJsonlReport(sampleReport()).replace('"seed":7', '"seed":-1');
    expect(lineError(bad).field).toBe('r.jsonl:1 seed');
    const kindless = renderJsonlReport(sampleReport()).replace('"failureKind":"wrong",', '');
    expect(lineError(kindless).field).toBe('r.jsonl:3 failureKind');
    const shard = renderJsonlReport({ ...sampleReport(), header: { ...sampleReport().header, shard: { index: 3, count: 2 } } });
    expect(lineError(shard).field).toBe('r.jsonl:1 shard.index');
  });

  it('rejects a missing header, a missing footer (a cut report), misplaced and non-object lines', () => {
    const lines = renderJsonlReport(sampleReport()).trimEnd().split('\n');
    expect(lineError(lines.slice(1).join('\n')).line).toBe(1);
    const cutShort = lineError(lines.slice(0, -1).join('\n') + '\n');
    expect([cutShort.line, cutShort.field]).toEqual([5, 'r.jsonl:5 type']);
    expect(cutShort.message).toMatch(/did the run finish/);
    expect(lineError(lines[0]).line).toBe(2);
    expect(lineError('').line).toBe(1);
    const swapped = [lines[0], lines[5], ...lines.slice(1, 5), lines[5]];
    expect(lineError(swapped.join('\n')).line).toBe(2);
    expect(lineError([lines[0], '[1,2]', lines[5]].join('\n')).line).toBe(2);
  });

  it('rejects a duplicated property id, naming both lines', () => {
    const lines = renderJsonlReport(sampleReport()).trimEnd().split('\n');
    const err = lineError([lines[0], lines[1], lines[1], lines[5]].join('\n'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/also on line 2/);
  });

  it('rejects footer totals that do not count the property lines', () => {
    const lines = renderJsonlReport(sampleReport()).trimEnd().split('\n');
    const err = lineError([...lines.slice(0, 2), ...lines.slice(3)].join('\n'));
    expect([err.line, err.field]).toEqual([5, 'r.jsonl:5 totals.fail']);
  });
});

describe('writeJsonlReport / readJsonlReport', () => {
  it('writes the rendered text and reads it back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamcheck-jsonl-'));
    const path = join(dir, 'sub', 'run.jsonl');
    await writeJsonlReport(path, sampleReport());
    expect(readFileSync(path, 'utf8')).toBe(renderJsonlReport(sampleReport()));
    expect(await readJsonlReport(path)).toEqual(sampleReport());
    await expect(readJsonlReport(join(dir, 'missing.jsonl'))).rejects.toThrow(HamcheckInputError);
  });
});
