import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT, hamcheckVersion } from '../packageInfo.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';

let codeHash: Promise<string> | null = null;

/**
 * Hash of the code that computes the results: every file under src/ and properties/ (or dist/src/ and
 * dist/properties/ in an installed package; the property suites run in the `suites` stage), in sorted order,
 * with the package version — a changed module never reuses stale data.
 */
export function codeVersionHash(): Promise<string> {
  codeHash ??= (async () => {
    const h = createHash('sha256').update(hamcheckVersion());
    for (const base of ['', 'dist']) {
      const roots = ['src', 'properties'].map((r) => join(PACKAGE_ROOT, base, r));
      let hashed = 0;
      for (const dir of roots) {
        let entries: string[];
        try {
          entries = (await readdir(dir, { recursive: true })).map(String).sort();
        } catch {
          continue;
        }
        hashed++;
        for (const e of entries) {
          if (!/\.(ts|js|mjs)$/.test(e)) continue;
          h.update(join(dir.slice(PACKAGE_ROOT.length), e)).update(await readFile(join(dir, e)));
        }
      }
      if (hashed) break;
    }
    return h.digest('hex');
  })();
  return codeHash;
}

/**
 * Runs `compute` unless `<cacheDir>/<stage>-<hash>.json` exists, where hash covers the stage's spec (its
 * inputs, seed included) and {@link codeVersionHash}; the result is stored atomically. Results are JSON
 * (numbers round-trip exactly), so a cached run writes the same report as a fresh one.
 */
export async function cachedStage<T>(cacheDir: string | null, stage: string, spec: unknown, compute: () => Promise<T> | T): Promise<{ value: T; cached: boolean }> {
  if (cacheDir === null) return { value: await compute(), cached: false };
  const key = createHash('sha256').update(JSON.stringify(spec)).update(await codeVersionHash()).digest('hex').slice(0, 20);
  const file = join(cacheDir, `${stage}-${key}.json`);
  try {
    return { value: JSON.parse(await readFile(file, 'utf8')) as T, cached: true };
  } catch {
    const value = await compute();
    await writeFileAtomic(file, JSON.stringify(value));
    return { value, cached: false };
  }
}
