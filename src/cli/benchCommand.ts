import { HamcheckInputError } from '../errors.ts';
import type { BenchWorkload } from '../bench/benchRecord.ts';
import { checkOutputDir } from './outputPath.ts';

/**
 * `hamcheck bench [--quick] [--out DIR] [--no-peers]`: runs the benchmark sweeps, accuracy figures and
 * peers, writes one `hamcheck-bench/2` record under DIR (default reports/bench) and prints its path and a
 * summary (docs/bench.md).
 *
 * @remarks `HAMCHECK_BENCH_WORKLOAD=tiny` shrinks `--quick` further (a few seconds; for the specs).
 * @returns the exit code (0).
 */
export async function benchCommand(opts: { quick?: boolean; out: string; peers?: boolean }): Promise<number> {
  checkOutputDir(opts.out, '--out');
  const env = process.env.HAMCHECK_BENCH_WORKLOAD;
  if (env !== undefined && env !== '' && env !== 'tiny') throw new HamcheckInputError('HAMCHECK_BENCH_WORKLOAD', '"tiny" or unset', env);
  const workload: BenchWorkload = opts.quick ? (env === 'tiny' ? 'tiny' : 'quick') : 'full';
  const { runBench } = await import('../bench/runBench.ts');
  const { formatRunSummary } = await import('../bench/runSummary.ts');
  const { record, path } = await runBench({ workload, outDir: opts.out, noPeers: opts.peers === false });
  process.stderr.write(`${formatRunSummary(record)}\n`);
  process.stdout.write(`${path}\n`);
  return 0;
}

/** `hamcheck bench compare BASE.json HEAD.json`: see src/bench/compareRecords.ts. */
export async function benchCompareCommand(_base: string, _head: string, _opts: { threshold: string; alpha: string }): Promise<number> {
  throw new Error('hamcheck bench compare: not implemented yet');
}

/** `hamcheck bench history [DIR]`: see src/bench/historyPlot.ts. */
export async function benchHistoryCommand(_dir: string, _opts: { out: string }): Promise<number> {
  throw new Error('hamcheck bench history: not implemented yet');
}
