/**
 * src/linalg is the bottom layer: its files import only each other (and src/errors.ts, the typed-error
 * leaf that itself imports nothing). Read from the import lines of every file, so a new upward import
 * (src/model, src/exact, a package, …) fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const LINALG = join(SRC, 'linalg');
/** The one module outside src/linalg that linalg may use: the typed errors (HamcheckNumericalError). */
const ERRORS = join(SRC, 'errors.ts');

/** Every module specifier of a file: static `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
export function moduleSpecifiers(source: string): string[] {
  const out: string[] = [];
  const patterns = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const p of patterns) for (const m of source.matchAll(p)) out.push(m[1]);
  return out;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(ts|mts|mjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('moduleSpecifiers (the reader the layering check relies on)', () => {
  it('finds static, re-export, side-effect and dynamic imports', () => {
    const src = [
      "import { a } from './a.ts';",
      "import type {\n  B,\n} from '../model/b.ts';",
      "export { c } from \"./c.ts\";",
      "import 'node:fs';",
      "const d = await import('../exact/d.ts');",
    ].join('\n');
    expect(moduleSpecifiers(src).sort()).toEqual(['../exact/d.ts', '../model/b.ts', './a.ts', './c.ts', 'node:fs'].sort());
  });
});

describe('src/linalg imports nothing above it', () => {
  const files = filesUnder(LINALG);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports only src/linalg (and src/errors.ts)', (_name, file) => {
    const outside = moduleSpecifiers(readFileSync(file, 'utf8')).filter((spec) => {
      if (!spec.startsWith('.')) return true; // a package or node built-in: the bottom layer uses none
      const target = resolve(dirname(file), spec);
      return !(target.startsWith(LINALG + '/') || target === ERRORS);
    });
    expect(outside).toEqual([]);
  });

  it('src/errors.ts, the one allowed outside module, imports nothing', () => {
    expect(moduleSpecifiers(readFileSync(ERRORS, 'utf8'))).toEqual([]);
  });
});
