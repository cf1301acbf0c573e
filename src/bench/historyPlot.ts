import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { PLOT_CONFIG, renderVegaLiteSvg } from '../report/vegaSvg.ts';
import { BENCH_FORMAT, type BenchRecord } from './benchRecord.ts';
import { scaleHistorySpec } from './historyScale.ts';

/** The `hamcheck-bench/2` records of a folder, oldest first (other JSON files are skipped, and counted). */
export async function readRecords(dir: string): Promise<{ records: BenchRecord[]; skipped: number }> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const records: BenchRecord[] = [];
  let skipped = 0;
  for (const f of files) {
    try {
      const r = JSON.parse(await readFile(join(dir, f), 'utf8')) as BenchRecord;
      if (r && r.format === BENCH_FORMAT) records.push(r);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  records.sort((a, b) => a.date.localeCompare(b.date));
  return { records, skipped };
}

/** A run's label on the x axis: `#k short-commit` (k = run order; `+` marks a dirty tree). */
export function runLabel(r: BenchRecord, k: number): string {
  return `#${k + 1} ${r.git.shortCommit ?? 'nogit'}${r.git.dirty ? '+' : ''}`;
}

const WIDTH = 520;
/** Legends hold long series names (task id and version): no truncation. */
const CONFIG = { ...PLOT_CONFIG, legend: { ...PLOT_CONFIG.legend, labelLimit: 480 } };

/**
 * The history plots (Vega-Lite → SVG): `speed` — p50 per task over the runs, one line per series (task id
 * and version: a changed task starts a new line), one panel per task kind, log axis, the interquartile range
 * as a band; `accuracy` — each accuracy figure's |value| over the runs, per series; `exponents` — the fitted
 * scaling exponents with their confidence intervals; `scale` — the full runs' scale section, peak RSS over its
 * bound and propagation seconds, one line per scale version (src/bench/historyScale.ts).
 */
export async function historySvgs(records: readonly BenchRecord[]): Promise<{ speed: string; accuracy: string; exponents: string; scale: string }> {
  const order = records.map(runLabel);
  const speedRows = records.flatMap((r, k) =>
    r.tasks.map((t) => ({ run: order[k], kind: t.kind, series: `${t.id} @${t.version.slice(0, 6)}`, p50: t.summary.p50, q1: t.summary.q1, q3: t.summary.q3 })),
  );
  const accRows = records.flatMap((r, k) =>
    r.accuracy.filter((a) => a.value !== null && a.value !== 0).map((a) => ({ run: order[k], figure: a.id.split(' ')[0], series: `${a.id} @${a.version.slice(0, 6)}`, value: Math.abs(a.value as number) })),
  );
  const expRows = records.flatMap((r, k) =>
    r.scaling.flatMap((f) =>
      (['levels', 'sites'] as const).flatMap((which) => {
        const e = f[which];
        return e ? [{ run: order[k], series: `${f.kind}: exponent of ${which === 'levels' ? 'n' : 'N'} @${f.version.slice(0, 6)}`, value: e.value, low: e.low, high: e.high }] : [];
      }),
    ),
  );
  const x = { field: 'run', type: 'ordinal', sort: order, title: 'run (order, commit; + = dirty tree)' } as const;
  const speed = {
    config: CONFIG,
    title: { text: 'hamcheck bench: time per call over the runs', subtitle: 'p50 with interquartile band; one line per task version' },
    data: { values: speedRows },
    facet: { row: { field: 'kind', type: 'nominal', title: null } },
    resolve: { scale: { y: 'independent', color: 'independent' } },
    spec: {
      width: WIDTH,
      height: 160,
      layer: [
        { mark: { type: 'area', opacity: 0.15 }, encoding: { x, y: { field: 'q1', type: 'quantitative', scale: { type: 'log' }, title: 'seconds' }, y2: { field: 'q3' }, color: { field: 'series', type: 'nominal', legend: { title: null } } } },
        { mark: { type: 'line', point: true }, encoding: { x, y: { field: 'p50', type: 'quantitative', scale: { type: 'log' } }, color: { field: 'series', type: 'nominal', legend: { title: null } } } },
      ],
    },
  } as unknown as TopLevelSpec;
  const accuracy = {
    config: CONFIG,
    title: { text: 'hamcheck bench: accuracy figures over the runs', subtitle: '|value|; one line per figure version' },
    data: { values: accRows },
    facet: { row: { field: 'figure', type: 'nominal', title: null } },
    resolve: { scale: { y: 'independent', color: 'independent' } },
    spec: { width: WIDTH, height: 110, mark: { type: 'line', point: true }, encoding: { x, y: { field: 'value', type: 'quantitative', scale: { type: 'log' }, title: '|value|' }, color: { field: 'series', type: 'nominal', legend: { title: null } } } },
  } as unknown as TopLevelSpec;
  const exponents = {
    config: CONFIG,
    title: { text: 'hamcheck bench: fitted scaling exponents', subtitle: 'least squares of log t on log n and log N, 95 % intervals' },
    data: { values: expRows },
    width: WIDTH,
    height: 300,
    layer: [
      { mark: { type: 'rule' }, encoding: { x, y: { field: 'low', type: 'quantitative', title: 'exponent' }, y2: { field: 'high' }, color: { field: 'series', type: 'nominal', legend: { title: null } } } },
      { mark: { type: 'point', filled: true }, encoding: { x, y: { field: 'value', type: 'quantitative' }, color: { field: 'series', type: 'nominal' } } },
    ],
  } as unknown as TopLevelSpec;
  const scale = scaleHistorySpec(records, order, { x, config: CONFIG, width: WIDTH });
  return { speed: await renderVegaLiteSvg(speed), accuracy: await renderVegaLiteSvg(accuracy), exponents: await renderVegaLiteSvg(exponents), scale: await renderVegaLiteSvg(scale) };
}
