/**
 * The JSONL report of a verify run: one header line, one line per property, one footer line.
 *
 * @remarks
 * ```
 * {"type":"header",…RunHeader}
 * {"type":"property",…PropertyOutcome}     (one per property, in run order)
 * {"type":"footer",…RunFooter}
 * ```
 * Each line is `JSON.stringify` of {@link toPlainJson} of the record, so a counterexample holding typed
 * arrays or non-finite numbers is written as plain JSON (see `plainJson.ts`), and no line contains a raw
 * line break. {@link parseJsonlReport} is the inverse for plain records: it validates every line and
 * throws a {@link ReportLineError} naming the file, the line and the field.
 */
import { readFile } from 'node:fs/promises';
import { HamcheckInputError } from '../../errors.ts';
import { writeFileAtomic } from '../../report/writeFileAtomic.ts';
import type { PropertyOutcome, RunFooter, RunHeader } from '../outcome.ts';
import { toPlainJson } from './plainJson.ts';
import { VERDICTS, readFooter, readHeader, readOutcome, totalsOf } from './recordFields.ts';

/** A whole run: what the JSONL report holds. */
export interface VerifyReport {
  header: RunHeader;
  properties: PropertyOutcome[];
  footer: RunFooter;
}

/** A malformed JSONL report: names the file (`source`) and the 1-based line. */
export class ReportLineError extends HamcheckInputError {
  readonly source: string;
  readonly line: number;

  constructor(source: string, line: number, field: string, allowed: string, received: unknown, detail?: string) {
    super(`${source}:${line} ${field}`, allowed, received, detail);
    this.source = source;
    this.line = line;
  }
}

function line(type: 'header' | 'property' | 'footer', record: object): string {
  return JSON.stringify({ type, ...(toPlainJson(record) as object) });
}

/** Renders the report, one JSON object per line, with a final newline. */
export function renderJsonlReport(report: VerifyReport): string {
  const lines = [
    line('header', report.header),
    ...report.properties.map((p) => line('property', p)),
    line('footer', report.footer),
  ];
  return lines.join('\n') + '\n';
}

/** Writes {@link renderJsonlReport} of `report` to `path` atomically. */
export async function writeJsonlReport(path: string, report: VerifyReport): Promise<void> {
  await writeFileAtomic(path, renderJsonlReport(report));
}

function withoutType(obj: Record<string, unknown>): Record<string, unknown> {
  const { type: _type, ...rest } = obj;
  return rest;
}

/**
 * Parses and validates a JSONL report.
 *
 * @remarks
 * Blank lines are ignored (line numbers still count them) and a trailing `\r` is tolerated. The first
 * record must be the header, the last the footer, everything between properties with distinct ids; the
 * footer's totals must equal the counts of the property lines (a report edited by hand or cut short is
 * caught here, not in the merged verdict). `source` names the file in error messages.
 */
export function parseJsonlReport(text: string, source = 'report.jsonl'): VerifyReport {
  const rows: { n: number; obj: Record<string, unknown> }[] = [];
  text.split('\n').forEach((raw, i) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(content);
    } catch (err) {
      throw new ReportLineError(source, i + 1, 'line', 'one JSON object', content, (err as Error).message);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      throw new ReportLineError(source, i + 1, 'line', 'one JSON object', obj);
    }
    rows.push({ n: i + 1, obj: obj as Record<string, unknown> });
  });
  if (rows.length === 0) throw new ReportLineError(source, 1, 'type', 'a "header" line', undefined, 'the file is empty');
  const at = <T>(n: number, read: (v: unknown) => T, v: unknown): T => {
    try {
      return read(v);
    } catch (err) {
      if (err instanceof HamcheckInputError) throw new ReportLineError(source, n, err.field, err.allowed, err.received);
      throw err;
    }
  };
  const first = rows[0];
  if (first.obj.type !== 'header') throw new ReportLineError(source, first.n, 'type', '"header" on the first line', first.obj.type);
  const header = at(first.n, readHeader, withoutType(first.obj));
  const last = rows[rows.length - 1];
  if (rows.length < 2 || last.obj.type !== 'footer') {
    const n = rows.length < 2 ? first.n + 1 : last.n;
    throw new ReportLineError(source, n, 'type', '"footer" on the last line', rows.length < 2 ? undefined : last.obj.type, 'the report is incomplete: did the run finish?');
  }
  const properties: PropertyOutcome[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1, -1)) {
    if (row.obj.type !== 'property') throw new ReportLineError(source, row.n, 'type', '"property" between header and footer', row.obj.type);
    const outcome = at(row.n, readOutcome, withoutType(row.obj));
    const earlier = seen.get(outcome.id);
    if (earlier !== undefined) {
      throw new ReportLineError(source, row.n, 'id', 'an id not used by another line', outcome.id, `also on line ${earlier}`);
    }
    seen.set(outcome.id, row.n);
    properties.push(outcome);
  }
  const footer = at(last.n, readFooter, withoutType(last.obj));
  const counted = totalsOf(properties);
  for (const v of VERDICTS) {
    if (footer.totals[v] !== counted[v]) {
      throw new ReportLineError(source, last.n, `totals.${v}`, `${counted[v]} (the number of "${v}" property lines)`, footer.totals[v]);
    }
  }
  return { header, properties, footer };
}

/** Reads and parses a JSONL report file (see {@link parseJsonlReport}). */
export async function readJsonlReport(path: string): Promise<VerifyReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new HamcheckInputError(path, 'a readable JSONL report file', path, (err as Error).message);
  }
  return parseJsonlReport(text, path);
}
