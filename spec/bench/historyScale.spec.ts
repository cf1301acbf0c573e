/**
 * `bench history` of the `scale` sections: the committed baselines and mutated copies (a new scale version,
 * a failed run, a run without a section) as points, lines and the scale.svg the CLI writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { historySvgs, runLabel } from '../../src/bench/historyPlot.ts';
import { SCALE_PANELS, scaleHistoryRows } from '../../src/bench/historyScale.ts';
import { SCALE_BOUND } from '../../src/bench/scaleFigure.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';
import { baselineFiles, scaleOnlyBaseline } from '../support/committedBaselines.ts';

const tmp = tempFolder('bench-history-scale');
const [older, newest] = [scaleOnlyBaseline(baselineFiles.length - 2), scaleOnlyBaseline(baselineFiles.length - 1)];

/** A later run of the newest baseline (date + `days`, commit `commit`), its scale section changed by `edit`. */
function later(days: number, commit: string, edit: (r: BenchRecord) => void): BenchRecord {
  const r = structuredClone(newest);
  r.date = new Date(Date.parse(newest.date) + days * 86_400_000).toISOString();
  r.git = { ...r.git, shortCommit: commit };
  edit(r);
  return r;
}
const newVersion = later(1, 'c0ffee1', (r) => void (r.scale!.version = 'f'.repeat(16)));
const failed = later(2, 'dead001', (r) => Object.assign(r.scale!, { run: null, boundRatio: null, failure: 'exit 137: Killed' }));
const quick = later(3, 'beef002', (r) => void delete r.scale);
const records = [older, newest, newVersion, failed, quick];
const order = records.map((r, k) => runLabel(r, k)); // `+` where a record's tree was dirty

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('history: the scale run', () => {
  it('one point per successful scale run and panel, one series per scale version; failed runs counted, runs without a section left out', () => {
    const { rows, failed: nFailed } = scaleHistoryRows(records, order);
    expect(nFailed).toBe(1);
    const s = newest.scale!;
    const series = `N=${s.sites} n=${s.levels} @${s.version.slice(0, 6)}`;
    const memory = rows.filter((r) => r.panel === SCALE_PANELS.memory);
    expect(memory.map((r) => [r.run, r.series])).toEqual([[order[0], series], [order[1], series], [order[2], `N=${s.sites} n=${s.levels} @ffffff`]]);
    // the recorded boundRatio, peak / (SCALE_BOUND's bound): the same division, exact
    expect(memory[1].value).toBe(s.run!.peakRssBytes / (SCALE_BOUND.storageFactor * s.run!.storageBytes + SCALE_BOUND.runtimeBytes));
    expect(rows.filter((r) => r.panel === SCALE_PANELS.time).map((r) => r.value)).toEqual([older.scale!.run!.propagateSeconds, s.run!.propagateSeconds, s.run!.propagateSeconds]);
  });

  it('scale.svg draws both panels, both series and the runs with a scale section on its axis (failed ones too), not the others', async () => {
    const { scale } = await historySvgs(records);
    const t = texts(scale);
    expect(t).toEqual(expect.arrayContaining([SCALE_PANELS.memory, SCALE_PANELS.time, `N=${newest.scale!.sites} n=${newest.scale!.levels} @${newest.scale!.version.slice(0, 6)}`, `N=${newest.scale!.sites} n=${newest.scale!.levels} @ffffff`]));
    expect(t.join('\n')).toMatch(/1 failed scale run\(s\) not drawn/);
    const axis = t.filter((x) => x.startsWith('#'));
    // two panels, each with the four runs that carry a scale section
    expect(axis).toEqual([...order.slice(0, 4), ...order.slice(0, 4)]);
    expect(t.some((x) => x.includes('_'))).toBe(false); // issue 11: no literal underscores in a figure
  });

  it('records without any scale section still give a scale.svg that says so', async () => {
    expect(texts((await historySvgs([quick])).scale)).toContain('no scale runs in these records (full runs only)');
  });

  it('hamcheck bench history writes scale.svg beside the other plots', () => {
    tmp.write('a.json', older);
    tmp.write('b.json', newest);
    tmp.write('c.json', newVersion);
    const out = join(tmp.dir, 'plots');
    const r = hamcheck(['bench', 'history', tmp.dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(out, 'scale.svg'));
    expect(texts(readFileSync(join(out, 'scale.svg'), 'utf8'))).toEqual(expect.arrayContaining([SCALE_PANELS.memory, `N=${newest.scale!.sites} n=${newest.scale!.levels} @ffffff`]));
  });
});
