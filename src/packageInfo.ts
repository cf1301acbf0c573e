import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding hamcheck's package.json: the repository root in a clone, `node_modules/hamcheck` when
 * installed. Found by walking up from this file, so it is the same from `src/` (tsx) and `dist/src/` (built).
 */
export const PACKAGE_ROOT: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`hamcheck: no package.json above ${start}`);
  }
}

let cachedVersion: string | undefined;

/** hamcheck's version, from package.json (read once). */
export function hamcheckVersion(): string {
  cachedVersion ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return cachedVersion;
}

/** Whether this copy is a source checkout (has `src/`), not an installed package (which ships only `dist/`). */
export function isSourceCheckout(): boolean {
  return existsSync(join(PACKAGE_ROOT, 'src'));
}
