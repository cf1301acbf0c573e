import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The figures, the self-check and the property suites are replaced by cheap stand-ins that record where they were asked to write
// and which times they were given; the page and the errata report are the real ones.
const calls: { figureDirs: string[]; verifiedTimes: unknown[] } = { figureDirs: [], verifiedTimes: [] };
vi.mock('../../src/paper/populationFigure.ts', () => ({
  populationFigure: async (name: string, _title: string, _spec: unknown, outDir: string) => {
    calls.figureDirs.push(outDir);
    const { writeFileAtomic } = await import('../../src/report/writeFileAtomic.ts');
    await writeFileAtomic(join(outDir, `${name}.json`), '{}\n');
    await writeFileAtomic(join(outDir, `${name}.svg`), '<svg/>\n');
    return { kappa: 1.5e-4, criteria: { c1: 0.5, c2: 5e-4, valid: true }, d2: [1.25e-4, 3e-4, 2e-4], method: 'chebyshev', seconds: 0, times: [], exact: [], ham: [] };
  },
}));
vi.mock('../../src/paper/verifyReference.ts', () => ({
  verifyReference: (spec: { times: unknown }) => {
    calls.verifiedTimes.push(spec.times);
    return [{ check: 'stand-in', value: 0, bound: 1, passed: true }];
  },
}));

vi.mock('../../src/paper/suiteRun.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/paper/suiteRun.ts')>();
  return {
    ...real,
    runReferenceSuites: async () => {
      const outcome = { id: 'model/stand-in', title: 'stand-in', requires: [], minCases: 1, verdict: 'pass' as const, casesRun: 3, seconds: 0 };
      const header = { format: 'hamcheck-verify/1' as const, hamcheck: '0', implementation: { name: 'stand-in', version: '0' }, capabilities: [], accuracy: {}, seed: real.REPRODUCE_SUITES.seed, budgetSeconds: real.REPRODUCE_SUITES.budgetSeconds, depth: 'quick' as const, startedAt: '' };
      return real.summarizeSuiteRun([outcome], { totals: { pass: 1, fail: 0, inconclusive: 0, 'not-run': 0 }, seconds: 0 }, header);
    },
  };
});

const { DEFAULT_ERRATA_PATH } = await import('../../src/cli/errataCommand.ts');
const { reproduceCommand, reproduceOutputs } = await import('../../src/cli/reproduceCommand.ts');
const { F2 } = await import('../../src/paper/paperConfigurations.ts');
const { REPRODUCE_SUITES } = await import('../../src/paper/suiteRun.ts');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

/** Visible text of the HTML page (tags dropped, entities decoded) and of the Markdown (markup dropped), whitespace removed. */
const htmlText = (h: string): string =>
  h.replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, '').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[\s|]/g, '');
const mdText = (m: string): string =>
  m.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/^(#+ |- )|^\|( --- \|)+$|^---$/gm, '').replace(/[*`]/g, '').replace(/\\\|/g, '|').replace(/[\s|]/g, '');

describe('hamcheck reproduce --out DIR writes everything under DIR', () => {
  it('the page (index.html and README.md, same content), the figure files, the errata report at DIR/errata.md, the cache under DIR/.cache; the committed reports/errata.md untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamcheck-reproduce-'));
    try {
      const before = (await stat(DEFAULT_ERRATA_PATH)).mtimeMs;
      expect(await reproduceCommand({ out: dir, only: 'fig2' })).toBe(0);
      const files = await filesUnder(dir);
      expect(files.filter((f) => !f.startsWith('.cache/'))).toEqual(['errata.md', 'paper/README.md', 'paper/fig2.json', 'paper/fig2.svg', 'paper/index.html']);
      expect(files.filter((f) => f.startsWith('.cache/'))).toHaveLength(2); // the self-check and the property-suite stages
      expect(calls.figureDirs).toEqual([reproduceOutputs(dir).paperDir]);
      expect((await stat(DEFAULT_ERRATA_PATH)).mtimeMs).toBe(before);
      // the self-check runs on the times of the configuration it is given (F2), not on typed-in ones
      expect(calls.verifiedTimes).toEqual([F2.times]);
      const html = await readFile(reproduceOutputs(dir).html, 'utf8');
      const md = await readFile(reproduceOutputs(dir).readme, 'utf8');
      expect(htmlText(html)).toEqual(mdText(md));
      expect(htmlText(html).length).toBeGreaterThan(500);
      expect(html).toContain('<img src="fig2.svg"');
      expect(md).toContain('![');
      expect(md).toMatch(/hamcheck \d+\.\d+\.\d+/);
      expect(md).toContain(`couplings ${F2.model.seed}`);
      // the suites' summary and the absence of a bench record under DIR/bench are on the page
      expect(md).toContain(`property suites ${REPRODUCE_SUITES.seed}`);
      expect(md).toContain('No stored bench run');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('--no-cache writes no cache; an unknown --only is a typed error before any compute', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamcheck-reproduce-'));
    try {
      expect(await reproduceCommand({ out: dir, only: 'fig2', cache: false })).toBe(0);
      expect((await filesUnder(dir)).some((f) => f.startsWith('.cache/'))).toBe(false);
      await expect(reproduceCommand({ out: dir, only: 'fig9' })).rejects.toThrow(/--only/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the default layout (npm start: DIR = reports) puts the errata report where the repository commits it', () => {
    const o = reproduceOutputs('reports');
    expect(o).toEqual({
      paperDir: join('reports', 'paper'),
      readme: join('reports', 'paper', 'README.md'),
      html: join('reports', 'paper', 'index.html'),
      errata: join('reports', 'errata.md'),
      cache: join('reports', '.cache'),
    });
    expect(DEFAULT_ERRATA_PATH.endsWith(join('reports', 'errata.md'))).toBe(true);
  });
});
