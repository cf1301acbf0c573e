#!/usr/bin/env node
// `npm test`: typecheck, then every spec and property under c8, which collects V8 coverage from this
// process tree: vitest's workers and every child process and worker thread they start (the CLI specs'
// spawned `bin/hamcheck.mjs`, Chebyshev workers), through NODE_V8_COVERAGE. Settings in .c8rc.json;
// summary in coverage/coverage-summary.json. Children run the TypeScript sources (HAMCHECK_FROM_SOURCE=1)
// so their coverage lands on src/*.ts; the installed-package spec runs the built dist/ instead.
// Colour only on a terminal (vitest's colours are on whenever TERM is set, pipes included).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const env = { ...process.env, HAMCHECK_FROM_SOURCE: '1' };
if (!process.stdout.isTTY && env.FORCE_COLOR === undefined) env.NO_COLOR = '1';

function run(script, args) {
  const r = spawnSync(process.execPath, [require.resolve(script), ...args], { cwd: root, env, stdio: 'inherit' });
  if (r.error) throw r.error;
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run('typescript/bin/tsc', ['--noEmit']);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
run('c8/bin/c8.js', [process.execPath, vitest, 'run', ...process.argv.slice(2)]);
