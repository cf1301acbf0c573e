import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/packageInfo.ts';
import { README_FIGURES_DIR, readmeFigures, readmeFiguresSection, replaceReadmeFiguresSection } from '../../src/paper/readmeFigures.ts';
import { figureSvgIds } from '../../src/report/figureSvgIds.ts';

const STALE = 'is stale: regenerate with `npm run figures` and commit the result';

describe('the README figures (docs/figures/, committed)', async () => {
  // rendered once for all tests: the staleness check itself (about a second, src/paper/readmeFigures.ts)
  const figures = await readmeFigures();

  it.each(figures.map((x) => [x.file, x] as const))('%s is the fresh rendering', async (file, x) => {
    const committed = await readFile(join(PACKAGE_ROOT, README_FIGURES_DIR, file), 'utf8').catch(() => '(missing)');
    expect(committed === x.svg, `${README_FIGURES_DIR}/${file} ${STALE}`).toBe(true);
  });

  it('README.md embeds exactly the generated section (images and captions)', async () => {
    const readme = await readFile(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(replaceReadmeFiguresSection(readme, readmeFiguresSection(figures)) === readme, `the figures section of README.md ${STALE}`).toBe(true);
    for (const x of figures) expect(readme).toContain(`](${README_FIGURES_DIR}/${x.file})`);
  });

  it('a second rendering in the same process gives the same bytes (no dates, no counter ids)', async () => {
    const again = await readmeFigures();
    expect(again.map((x) => x.svg)).toEqual(figures.map((x) => x.svg));
    for (const x of figures) expect(x.svg).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('README still opens with exactly the two-command block', async () => {
    const readme = await readFile(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    expect(readme.startsWith('# hamcheck\n\n```\nnpm install && npm start')).toBe(true);
  });
});

describe('figureSvgIds', () => {
  it("renames Vega's process-counter ids per figure in order of first appearance, references included", () => {
    const svg = '<clipPath id="clip7"/><g clip-path="url(#clip7)"/><clipPath id="clip9"/><g clip-path="url(#clip9)"/><linearGradient id="gradient_4"/><path fill="url(#gradient_4)"/>';
    expect(figureSvgIds(svg, 'f')).toBe('<clipPath id="f-clip1"/><g clip-path="url(#f-clip1)"/><clipPath id="f-clip2"/><g clip-path="url(#f-clip2)"/><linearGradient id="f-gradient1"/><path fill="url(#f-gradient1)"/>');
  });
});
