/**
 * Benchmark: exact propagation of paper configuration F2 (N = 3, n = 500) over [0, 5/κ], 201 times,
 * hamcheck's Chebyshev `propagate` against the Python peers in bench/peers/. See bench/README.md.
 *
 * Run: npm run bench   (= node bin/run-ts.mjs bench/propagateF2.bench.ts)
 */
import { propagate } from '../src/exact/propagate.ts';
import { runPropagateF2Bench } from './support/propagateBench.ts';

await runPropagateF2Bench(propagate);
