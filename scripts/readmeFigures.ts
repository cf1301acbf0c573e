/**
 * `npm run figures`: regenerates the committed README figures (docs/figures/*.svg) and the README section that
 * embeds them, from src/paper/readmeFigures.ts. spec/paper/readmeFigures.spec.ts fails when either is stale.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/packageInfo.ts';
import { README_FIGURES_DIR, readmeFigures, readmeFiguresSection, replaceReadmeFiguresSection } from '../src/paper/readmeFigures.ts';
import { writeFileAtomic } from '../src/report/writeFileAtomic.ts';

const figures = await readmeFigures();
for (const x of figures) {
  const path = join(PACKAGE_ROOT, README_FIGURES_DIR, x.file);
  await writeFileAtomic(path, x.svg);
  console.log(`${path} (${x.svg.length} bytes)`);
}
const readmePath = join(PACKAGE_ROOT, 'README.md');
const readme = await readFile(readmePath, 'utf8');
const updated = replaceReadmeFiguresSection(readme, readmeFiguresSection(figures));
if (updated !== readme) await writeFileAtomic(readmePath, updated);
console.log(`${readmePath}: figures section ${updated === readme ? 'unchanged' : 'updated'}`);
