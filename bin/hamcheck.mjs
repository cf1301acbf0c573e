#!/usr/bin/env node
// Entry point of the `hamcheck` CLI.
//
// Runs the compiled JavaScript in dist/ (what an installed package ships, and what `npm install` builds in a
// clone through the `prepare` script). In a clone it falls back to the TypeScript sources through tsx when
// dist/ is missing or older than any source file (so an edit is never shadowed by a stale build), or when
// HAMCHECK_FROM_SOURCE=1 is set (as `npm test` does, so coverage lands on the sources).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/src/cli/main.js`;

/** Whether some .ts/.mjs file under the source folders is newer than the build (only in a clone). */
function sourcesNewerThan(mtimeMs) {
  for (const dir of ['src', 'properties']) {
    if (!existsSync(`${root}${dir}`)) continue;
    for (const f of readdirSync(`${root}${dir}`, { recursive: true })) {
      if ((f.endsWith('.ts') || f.endsWith('.mjs')) && statSync(`${root}${dir}/${f}`).mtimeMs > mtimeMs) return true;
    }
  }
  return false;
}

function useBuild() {
  if (!existsSync(`${root}src/cli/main.ts`)) return true; // an installed package: only dist/ is shipped
  if (process.env.HAMCHECK_FROM_SOURCE === '1' || !existsSync(built)) return false;
  return !sourcesNewerThan(statSync(built).mtimeMs);
}

let main;
if (useBuild()) {
  ({ main } = await import(built));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
