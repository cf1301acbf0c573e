#!/usr/bin/env node
// The build (`npm run build`; also run by `prepare`, i.e. on `npm install` in a clone, on `npm install <git URL>`
// and on `npm pack`/`npm publish`): a fresh dist/ from tsconfig.build.json (src/ and the property suites of
// properties/ without the *.prop.ts vitest files), then the non-TypeScript runtime files beside their modules.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

rmSync(join(root, 'dist'), { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) {
  console.error('hamcheck build: tsc failed, dist/ not written');
  process.exit(r.status ?? 1);
}
// Plain-JS runtime files (the Chebyshev worker thread) are loaded by URL next to the compiled modules.
for (const dir of ['src', 'properties']) {
  for (const f of readdirSync(join(root, dir), { recursive: true })) {
    if (f.endsWith('.mjs') && !f.includes('fixtures')) cpSync(join(root, dir, f), join(root, 'dist', dir, f));
  }
}
