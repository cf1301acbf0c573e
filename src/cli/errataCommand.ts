import { fileURLToPath } from 'node:url';
import { confirmed } from '../errata/confirmed.ts';
import { errata } from '../errata/registry.ts';
import { renderErrata } from '../errata/renderErrata.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';

/** The committed report, `reports/errata.md` at the repository root. */
export const DEFAULT_ERRATA_PATH = fileURLToPath(new URL('../../reports/errata.md', import.meta.url));

/**
 * `hamcheck errata`: re-runs every erratum's frozen counterexample and writes the report atomically.
 *
 * @remarks Default output {@link DEFAULT_ERRATA_PATH}; `opts.out` overrides it. Returns the exit code
 * (0 on success; 1 if some printed form no longer fails or some corrected form no longer holds — the
 * report is still written so the stale entry can be seen).
 */
export async function errataCommand(opts: { out?: string }): Promise<number> {
  const path = opts.out ?? DEFAULT_ERRATA_PATH;
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
