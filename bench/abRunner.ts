/**
 * Entry point of one side of `hamcheck bench ab`: `node bin/run-ts.mjs <root>/bench/abRunner.ts WORKLOAD OUT_DIR`
 * runs the benchmark (no peers, no scale figure) with the library code of the tree it lives in and prints the record's path.
 */
import type { BenchWorkload } from '../src/bench/benchRecord.ts';
import { runBench } from '../src/bench/runBench.ts';

const [workload, outDir] = process.argv.slice(2);
const { path } = await runBench({ workload: workload as BenchWorkload, outDir, noPeers: true, noScale: true, log: () => {} });
process.stdout.write(`${path}\n`);
