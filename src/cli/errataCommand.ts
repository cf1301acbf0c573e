import { join, resolve } from 'node:path';
import { confirmed } from '../errata/confirmed.ts';
import { errata } from '../errata/registry.ts';
import { renderErrata } from '../errata/renderErrata.ts';
import { isSourceCheckout, PACKAGE_ROOT } from '../packageInfo.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { checkOutputFile } from './outputPath.ts';

/**
 * The committed report, `reports/errata.md` at the repository root (from `src/` or a build in `dist/`
 * alike); in an installed package (no sources, nothing committed) `reports/errata.md` under the current folder.
 */
export const DEFAULT_ERRATA_PATH = isSourceCheckout() ? join(PACKAGE_ROOT, 'reports', 'errata.md') : resolve('reports', 'errata.md');

/**
 * `hamcheck errata`: re-runs every erratum's frozen counterexample and writes the report atomically.
 *
 * @remarks Default output {@link DEFAULT_ERRATA_PATH}; `opts.out` overrides it. Returns the exit code
 * (0 on success; 1 if some printed form no longer fails or some corrected form no longer holds — the
 * report is still written so the stale entry can be seen).
 */
export async function errataCommand(opts: { out?: string }): Promise<number> {
  const path = opts.out ?? DEFAULT_ERRATA_PATH;
  checkOutputFile(path, opts.out ? '--out' : 'reports/errata.md');
  const text = renderErrata(errata, confirmed);
  await writeFileAtomic(path, text);
  const stale = errata.filter((e) => {
    const ev = e.evidence();
    return !(ev.printedResidual > ev.tolerance && ev.correctedResidual <= ev.tolerance);
  });
  for (const e of stale) console.error(`errata: entry ${e.id} is stale (printed form holds or correction fails)`);
  console.log(`wrote ${path} (${errata.length} errata, ${confirmed.length} confirmed statements)`);
  return stale.length === 0 ? 0 : 1;
}
