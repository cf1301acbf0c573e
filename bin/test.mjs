#!/usr/bin/env node
// `npm test`: typecheck, then every spec and property under c8, which collects V8 coverage from this
// process tree: vitest's workers and every child process and worker thread they start (the CLI specs'
// spawned `bin/hamcheck.mjs`, Chebyshev workers), through NODE_V8_COVERAGE. Settings in .c8rc.json; the
// summary is printed and kept in coverage/coverage-summary.json. Children run the TypeScript sources
// (HAMCHECK_FROM_SOURCE=1) so their coverage lands on src/*.ts; the installed-package spec runs dist/.
// The property seed stays the first line and vitest's plain `vitest: N passed, N failed, N skipped` the
// last: the coverage summary is printed just before it. Colour only on a terminal (vitest colours
// whenever TERM is set, pipes included).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const env = { ...process.env, HAMCHECK_FROM_SOURCE: '1' };
if (env.FORCE_COLOR === undefined && env.NO_COLOR === undefined) {
  if (process.stdout.isTTY) env.FORCE_COLOR = '1'; // vitest's stdout is our pipe below: keep a terminal's colours
  else env.NO_COLOR = '1';
}
const c8 = require.resolve('c8/bin/c8.js');
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit'], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// c8 collects and reports nothing itself (reporter "none"); `c8 report` below prints the summary
const child = spawn(process.execPath, [c8, '--reporter=none', process.execPath, vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let closing;
createInterface({ input: child.stdout }).on('line', (line) => {
  if (/^vitest: \d+ passed, \d+ failed, \d+ skipped$/.test(line)) closing = line;
  else process.stdout.write(`${line}\n`);
});
const code = await new Promise((done) => child.on('close', (c, signal) => done(c ?? (signal ? 1 : 0))));
spawnSync(process.execPath, [c8, 'report', '--reporter=text-summary', '--reporter=json-summary'], { cwd: root, env, stdio: 'inherit' });
if (closing) process.stdout.write(`${closing}\n`);
process.exit(code);
