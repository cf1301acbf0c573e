/** The hamcheck version (package.json's), found from this file's location in a clone or an installed copy. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string; version: string } | undefined;

/** The folder holding hamcheck's package.json (the clone, or node_modules/hamcheck). */
export function packageRoot(): string {
  return locate().root;
}

export function hamcheckVersion(): string {
  return locate().version;
}

function locate(): { root: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'hamcheck') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`hamcheck's package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}
