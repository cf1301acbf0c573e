import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The figures and the self-check are replaced by cheap stand-ins that record where they were asked to write
// and which times they were given; the errata report is the real one.
const calls: { figureDirs: string[]; verifiedTimes: unknown[] } = { figureDirs: [], verifiedTimes: [] };
vi.mock('../../src/paper/populationFigure.ts', () => ({
  populationFigure: async (name: string, _title: string, _spec: unknown, outDir: string) => {
    calls.figureDirs.push(outDir);
    const { writeFileAtomic } = await import('../../src/report/writeFileAtomic.ts');
    await writeFileAtomic(join(outDir, `${name}.json`), '{}\n');
    return { kappa: 1, criteria: { c1: 0.5, c2: 5e-4, valid: true }, d2: [1e-4], method: 'chebyshev', seconds: 0, times: [], exact: [], ham: [] };
  },
}));
vi.mock('../../src/paper/verifyReference.ts', () => ({
  verifyReference: (spec: { times: unknown }) => {
    calls.verifiedTimes.push(spec.times);
    return [{ check: 'stand-in', value: 0, bound: 1, passed: true }];
  },
}));

const { DEFAULT_ERRATA_PATH } = await import('../../src/cli/errataCommand.ts');
const { reproduceCommand, reproduceOutputs } = await import('../../src/cli/reproduceCommand.ts');
const { F2 } = await import('../../src/paper/paperConfigurations.ts');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

describe('hamcheck reproduce --out DIR writes everything under DIR', () => {
  it('paper files under DIR/paper, the errata report at DIR/errata.md, the committed reports/errata.md untouched, the self-check on F2’s times', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamcheck-reproduce-'));
    try {
      const before = (await stat(DEFAULT_ERRATA_PATH)).mtimeMs;
      expect(await reproduceCommand({ out: dir, only: 'fig2' })).toBe(0);
      expect(await filesUnder(dir)).toEqual(['errata.md', 'paper/fig2.json', 'paper/summary.md']);
      expect(calls.figureDirs).toEqual([reproduceOutputs(dir).paperDir]);
      expect((await stat(DEFAULT_ERRATA_PATH)).mtimeMs).toBe(before);
      // the self-check runs on the times of the configuration it is given (F2), not on typed-in ones
      expect(calls.verifiedTimes).toEqual([F2.times]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the default layout (npm start: DIR = reports) puts the errata report where the repository commits it', () => {
    expect(reproduceOutputs('reports')).toEqual({ paperDir: join('reports', 'paper'), summary: join('reports', 'paper', 'summary.md'), errata: join('reports', 'errata.md') });
    expect(DEFAULT_ERRATA_PATH.endsWith(join('reports', 'errata.md'))).toBe(true);
  });
});
