// The "Scale" figure of issue 10: one benchmark chain (src/bench/tasks/benchChain.ts: c₁ = ½, δε = 0.05,
// GUE seed 1, band state on site 1 seed 7, 201 times over 5/κ) propagated by Chebyshev, with its build and
// propagation wall seconds and the process's peak RSS (worker threads included). Prints one JSON object.
//
//   node bin/run-ts.mjs bench/scaleRun.ts --sites 100 --levels 500
//
// Run it in a process of its own (src/bench/scaleFigure.ts does): the peak RSS is the whole process's.
import { scaleRun } from '../src/bench/scaleRun.ts';

function flag(name: string): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i < 0 ? NaN : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 2) {
    process.stderr.write(`usage: node bin/run-ts.mjs bench/scaleRun.ts --sites N --levels n (integers ≥ 2; got --${name} ${process.argv[i + 1]})\n`);
    process.exit(2);
  }
  return value;
}

const result = await scaleRun(flag('sites'), flag('levels'));
process.stdout.write(`${JSON.stringify(result)}\n`);
