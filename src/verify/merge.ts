/**
 * `hamcheck verify merge A.jsonl B.jsonl …`: the JSONL reports of the shards of one run combined into
 * one report and one verdict.
 */
import { HamcheckInputError } from '../errors.ts';
import { emptyBaseline, readBaseline, type Baseline } from './baseline/baselineFile.ts';
import { compareWithBaseline, type BaselineComparison } from './baseline/compareWithBaseline.ts';
import { verifyExitCode, type VerifyExitCode } from './baseline/exitCode.ts';
import type { PropertyOutcome, RunHeader } from './outcome.ts';
import { readJsonlReport, type VerifyReport } from './report/jsonlReport.ts';
import { totalsOf } from './report/recordFields.ts';

export interface ShardReport {
  report: VerifyReport;
  /** The file it came from, for error messages. */
  source: string;
}

export interface MergedRun {
  report: VerifyReport;
  comparison: BaselineComparison;
  /** 2 if a shard's run could not be conducted, else 1 on new failures (strict: inconclusive), else 0. */
  exitCode: VerifyExitCode;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The header fields every shard of one run must share, as comparable text. */
function sameRunFields(h: RunHeader): [string, string][] {
  const accuracy = Object.entries(h.accuracy).sort(([a], [b]) => byCodeUnits(a, b));
  return [
    ['hamcheck', h.hamcheck],
    ['seed', String(h.seed)],
    ['implementation.name', h.implementation.name],
    ['implementation.version', h.implementation.version],
    ['implementation.language', h.implementation.language ?? '(none)'],
    ['depth', h.depth],
    ['capabilities', [...h.capabilities].sort(byCodeUnits).join(',')],
    ['accuracy', JSON.stringify(accuracy)],
  ];
}

function checkShards(inputs: readonly ShardReport[]): void {
  const sharded = inputs.filter((i) => i.report.header.shard !== undefined);
  if (sharded.length === 0) return;
  if (sharded.length !== inputs.length) {
    const plain = inputs.find((i) => i.report.header.shard === undefined)!;
    throw new HamcheckInputError(`${plain.source} shard`, 'a shard i/n like the other reports (all or none are shards)', undefined);
  }
  const count = sharded[0].report.header.shard!.count;
  const seen = new Map<number, string>();
  for (const { report, source } of sharded) {
    const s = report.header.shard!;
    if (s.count !== count) throw new HamcheckInputError(`${source} shard.count`, `${count} (as in ${sharded[0].source})`, s.count);
    const other = seen.get(s.index);
    if (other !== undefined) throw new HamcheckInputError(`${source} shard.index`, `a shard not given twice (also ${other})`, s.index);
    seen.set(s.index, source);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new HamcheckInputError('merge', `all ${count} shards`, missing.map((i) => `${i}/${count}`).join(', '), `missing shard ${missing.map((i) => `${i}/${count}`).join(', ')}`);
  }
}

/**
 * Merges shard reports into one run and its verdict against `baseline` (default: the empty baseline).
 *
 * @remarks
 * Checks that all reports are of the same run (hamcheck version, seed, implementation, depth,
 * capabilities and claimed accuracy; a {@link HamcheckInputError} names the report and the differing
 * field), that sharded reports are all shards of the same count with none missing or repeated, and that
 * no property appears in two reports. The merged header is the first report's without `shard`, started
 * at the earliest start, with the largest budget; properties are sorted by id; totals are recomputed; the
 * footer's seconds are the longest shard's (shards run in parallel); `stoppedEarly` and `broken` collect
 * the shards' reasons, prefixed by their file. A broken shard makes the verdict 2.
 */
export function mergeReports(inputs: readonly ShardReport[], opts: { baseline?: Baseline; strict?: boolean } = {}): MergedRun {
  if (inputs.length === 0) throw new HamcheckInputError('merge', 'at least one JSONL report', 0);
  const first = inputs[0];
  const reference = sameRunFields(first.report.header);
  for (const { report, source } of inputs.slice(1)) {
    sameRunFields(report.header).forEach(([field, value], i) => {
      if (value !== reference[i][1]) {
        throw new HamcheckInputError(`${source} header.${field}`, `${reference[i][1]} (as in ${first.source}): reports of one run`, value);
      }
    });
  }
  checkShards(inputs);
  const owner = new Map<string, string>();
  const properties: PropertyOutcome[] = [];
  for (const { report, source } of inputs) {
    for (const p of report.properties) {
      const other = owner.get(p.id);
      if (other !== undefined) throw new HamcheckInputError(`${source} property ${p.id}`, `a property in one report only (also in ${other})`, p.id);
      owner.set(p.id, source);
      properties.push(p);
    }
  }
  properties.sort((a, b) => byCodeUnits(a.id, b.id));
  const { shard: _shard, ...header } = first.report.header;
  header.startedAt = inputs.map((i) => i.report.header.startedAt).sort(byCodeUnits)[0];
  header.budgetSeconds = Math.max(...inputs.map((i) => i.report.header.budgetSeconds));
  const reasons = (key: 'stoppedEarly' | 'broken'): string | undefined => {
    const list = inputs.filter((i) => i.report.footer[key] !== undefined).map((i) => `${i.source}: ${i.report.footer[key]}`);
    return list.length ? list.join('; ') : undefined;
  };
  const stoppedEarly = reasons('stoppedEarly');
  const broken = reasons('broken');
  const report: VerifyReport = {
    header,
    properties,
    footer: {
      totals: totalsOf(properties),
      seconds: Math.max(...inputs.map((i) => i.report.footer.seconds)),
      ...(stoppedEarly !== undefined ? { stoppedEarly } : {}),
      ...(broken !== undefined ? { broken } : {}),
    },
  };
  const comparison = compareWithBaseline(properties, opts.baseline ?? emptyBaseline());
  const exitCode = verifyExitCode(properties, comparison, { strict: opts.strict, runBroken: broken !== undefined });
  return { report, comparison, exitCode };
}

/** Reads the JSONL files (and the baseline file, if given) and merges them (see {@link mergeReports}). */
export async function mergeReportFiles(paths: readonly string[], opts: { baselinePath?: string; strict?: boolean } = {}): Promise<MergedRun> {
  const inputs = await Promise.all(paths.map(async (source) => ({ source, report: await readJsonlReport(source) })));
  const baseline = opts.baselinePath !== undefined ? await readBaseline(opts.baselinePath) : undefined;
  return mergeReports(inputs, { baseline, strict: opts.strict });
}
