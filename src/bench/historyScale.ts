/**
 * `bench history` of the records' `scale` sections (src/bench/scaleFigure.ts): peak RSS over its bound and
 * the propagation seconds over the runs, one series per scale version.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { BenchRecord } from './benchRecord.ts';
import { SCALE_BOUND } from './scaleFigure.ts';

/** Panel titles (no literal underscores: they are drawn). */
export const SCALE_PANELS = {
  memory: `peak RSS / (${SCALE_BOUND.storageFactor}·storage + ${SCALE_BOUND.runtimeBytes / 1e6} MB)`,
  time: 'propagation seconds (one sample per run)',
} as const;

export interface ScaleHistoryRow {
  run: string;
  panel: string;
  /** `N=… n=… @version`: a new scale version starts a new line. */
  series: string;
  value: number;
}

/** The plotted points of the runs whose scale run succeeded, and the number of runs whose scale run failed. */
export function scaleHistoryRows(records: readonly BenchRecord[], order: readonly string[]): { rows: ScaleHistoryRow[]; failed: number } {
  let failed = 0;
  const rows = records.flatMap((r, k) => {
    const s = r.scale;
    if (!s) return [];
    if (!s.run || s.boundRatio === null) return (failed++, []);
    const series = `N=${s.sites} n=${s.levels} @${s.version.slice(0, 6)}`;
    return [
      { run: order[k], panel: SCALE_PANELS.memory, series, value: s.boundRatio },
      { run: order[k], panel: SCALE_PANELS.time, series, value: s.run.propagateSeconds },
    ];
  });
  return { rows, failed };
}

/**
 * The scale plot (Vega-Lite): two panels over the runs — peak RSS over its bound, with the bound (1) as a
 * dashed rule, and the propagation seconds — one line per scale version. `look` is the history plots'
 * shared x encoding, config and width (src/bench/historyPlot.ts).
 */
export function scaleHistorySpec(records: readonly BenchRecord[], order: readonly string[], look: { x: Record<string, unknown>; config: object; width: number }): TopLevelSpec {
  const { rows, failed } = scaleHistoryRows(records, order);
  // the axis holds every run with a scale section, failed ones too (without a point), not the quick runs
  const runs = order.filter((_, k) => records[k].scale);
  const x = { ...look.x, sort: runs, scale: { domain: runs } };
  const color = { field: 'series', type: 'nominal', legend: { title: null } };
  const line = (panel: string, title: string) => ({ transform: [{ filter: { field: 'panel', equal: panel } }], mark: { type: 'line', point: true }, encoding: { x, y: { field: 'value', type: 'quantitative', scale: { zero: false }, title }, color } });
  const notes = [rows.length ? 'one line per scale version' : 'no scale runs in these records (full runs only)', ...(failed ? [`${failed} failed scale run(s) not drawn`] : [])];
  return {
    config: look.config,
    title: { text: 'hamcheck bench: the scale run over the runs', subtitle: notes.join('; ') },
    data: { values: rows },
    resolve: { scale: { color: 'shared' } },
    vconcat: [
      {
        width: look.width,
        height: 140,
        title: SCALE_PANELS.memory,
        layer: [line(SCALE_PANELS.memory, 'peak / bound'), { data: { values: [{ bound: 1 }] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#c00' }, encoding: { y: { field: 'bound', type: 'quantitative' } } }],
      },
      { width: look.width, height: 140, title: SCALE_PANELS.time, ...line(SCALE_PANELS.time, 'seconds') },
    ],
  } as unknown as TopLevelSpec;
}
