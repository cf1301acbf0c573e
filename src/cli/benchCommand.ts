import { HamcheckInputError } from '../errors.ts';
import { BENCH_FORMAT, type BenchRecord, type BenchWorkload } from '../bench/benchRecord.ts';
import { readJsonFile } from './readJsonFile.ts';
import { checkOutputDir } from './outputPath.ts';

/**
 * `hamcheck bench [--quick] [--out DIR] [--no-peers] [--impl CMD]`: runs the benchmark sweeps, accuracy figures and
 * peers, writes one `hamcheck-bench/2` record under DIR (default reports/bench) and prints its path and a
 * summary (docs/bench.md).
 *
 * @remarks `HAMCHECK_BENCH_WORKLOAD=tiny` shrinks `--quick` further (a few seconds; for the specs).
 * @returns the exit code (0).
 */
export async function benchCommand(opts: { quick?: boolean; out: string; peers?: boolean; impl?: string }): Promise<number> {
  checkOutputDir(opts.out, '--out');
  const env = process.env.HAMCHECK_BENCH_WORKLOAD;
  if (env !== undefined && env !== '' && env !== 'tiny') throw new HamcheckInputError('HAMCHECK_BENCH_WORKLOAD', '"tiny" or unset', env);
  const workload: BenchWorkload = opts.quick ? (env === 'tiny' ? 'tiny' : 'quick') : 'full';
  const { runBench } = await import('../bench/runBench.ts');
  const { formatRunSummary } = await import('../bench/runSummary.ts');
  const { record, path } = await runBench({ workload, outDir: opts.out, noPeers: opts.peers === false, impl: opts.impl });
  process.stderr.write(`${formatRunSummary(record)}\n`);
  process.stdout.write(`${path}\n`);
  return 0;
}

function fraction(raw: string, field: string, max: number): number {
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0 || v >= max) throw new HamcheckInputError(field, `a number in (0, ${max})`, raw);
  return v;
}

async function readRecord(path: string, field: string): Promise<BenchRecord> {
  const data = (await readJsonFile(path)) as Partial<BenchRecord> | null;
  if (!data || typeof data !== 'object' || data.format !== BENCH_FORMAT) {
    throw new HamcheckInputError(field, `a ${BENCH_FORMAT} run record of hamcheck bench`, data && typeof data === 'object' ? `format ${JSON.stringify(data.format)}` : data);
  }
  return data as BenchRecord;
}

/**
 * `hamcheck bench compare BASE.json HEAD.json [--threshold 0.1] [--alpha 0.01]`: prints the comparison
 * table (src/bench/compareRecords.ts) on stdout. Exit 1 on a speed regression or an accuracy figure or
 * exponent beyond its tolerance, else 0; bad input exits 2.
 */
export async function benchCompareCommand(basePath: string, headPath: string, opts: { threshold: string; alpha: string }): Promise<number> {
  const threshold = fraction(opts.threshold, '--threshold', 10);
  const alpha = fraction(opts.alpha, '--alpha', 1);
  const base = await readRecord(basePath, 'BASE');
  const head = await readRecord(headPath, 'HEAD');
  const { compareRecords } = await import('../bench/compareRecords.ts');
  const { formatComparison } = await import('../bench/compareReport.ts');
  const c = compareRecords(base, head, { threshold, alpha });
  process.stdout.write(`${formatComparison(c, { threshold, alpha })}\n`);
  return c.failures > 0 ? 1 : 0;
}

/**
 * `hamcheck bench history [DIR] [--out OUT]`: reads the run records of DIR and writes speed.svg,
 * accuracy.svg, exponents.svg and scale.svg (the large-model run) to OUT (atomically); prints their paths. Exit 2 when DIR holds no record.
 */
export async function benchHistoryCommand(dir: string, opts: { out: string }): Promise<number> {
  checkOutputDir(opts.out, '--out');
  const { readRecords, historySvgs } = await import('../bench/historyPlot.ts');
  let found;
  try {
    found = await readRecords(dir);
  } catch (e) {
    throw new HamcheckInputError('DIR', 'a readable folder of hamcheck-bench/2 records', dir, (e as Error).message);
  }
  if (found.records.length === 0) throw new HamcheckInputError('DIR', `a folder holding at least one ${BENCH_FORMAT} record`, dir, `${found.skipped} other JSON file(s)`);
  const svgs = await historySvgs(found.records);
  const { writeFileAtomic } = await import('../report/writeFileAtomic.ts');
  const { join } = await import('node:path');
  for (const [name, svg] of Object.entries(svgs)) {
    const path = join(opts.out, `${name}.svg`);
    await writeFileAtomic(path, svg);
    process.stdout.write(`${path}\n`);
  }
  process.stderr.write(`${found.records.length} record(s)${found.skipped ? `, ${found.skipped} other JSON file(s) skipped` : ''}\n`);
  return 0;
}

/**
 * `hamcheck bench ab --base REF [--rounds 3] [--quick] [--out DIR]`: base and head interleaved on this
 * machine (src/bench/abCompare.ts), then the comparison of the pooled samples; exit as `bench compare`.
 */
export async function benchAbCommand(opts: { base: string; rounds: string; quick?: boolean; out: string; threshold: string; alpha: string }): Promise<number> {
  checkOutputDir(opts.out, '--out');
  const rounds = Number(opts.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50) throw new HamcheckInputError('--rounds', 'an integer 1 … 50', opts.rounds);
  const threshold = fraction(opts.threshold, '--threshold', 10);
  const alpha = fraction(opts.alpha, '--alpha', 1);
  const env = process.env.HAMCHECK_BENCH_WORKLOAD;
  const workload: BenchWorkload = opts.quick ? (env === 'tiny' ? 'tiny' : 'quick') : 'full';
  const { runAb } = await import('../bench/abCompare.ts');
  const { compareRecords } = await import('../bench/compareRecords.ts');
  const { formatComparison } = await import('../bench/compareReport.ts');
  const { base, head, baseCommit } = await runAb({ base: opts.base, rounds, workload, outDir: opts.out, log: (l) => void process.stderr.write(`${l}\n`) });
  const c = compareRecords(base, head, { threshold, alpha });
  // interleaved on one machine: the load warning of single records does not apply to the pooled comparison
  c.warnings = c.warnings.filter((w) => !w.includes('load average') && !w.includes('dirty work tree'));
  process.stdout.write(`base ${baseCommit.slice(0, 7)} vs head (this tree), ${rounds} interleaved round(s)\n${formatComparison(c, { threshold, alpha })}\n`);
  return c.failures > 0 ? 1 : 0;
}
