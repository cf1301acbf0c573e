import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { logAxis } from './logAxis.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

/** One named set of dots of {@link dotPlotSvg}: each point sits in a row (a category) at its x. */
export interface DotSeries {
  name: string;
  color: string;
  /** Open circles when false (so a dot of another series under it stays visible). */
  filled: boolean;
  /** Default 'circle'. */
  shape?: 'circle' | 'diamond' | 'square' | 'triangle-up';
  /** Symbol area in px², default 60. */
  size?: number;
  points: { row: string; x: number }[];
}

/** Input of {@link dotPlotSvg}. */
export interface DotPlotInput {
  title: string;
  subtitle?: string;
  xLabel: string;
  /** Title of the row axis; none when omitted. */
  yLabel?: string;
  xScale: 'linear' | 'log';
  /** Fixed x domain (else the data and the markers, padded). */
  xDomain?: [number, number];
  /** The rows, top to bottom. */
  rows: string[];
  /** Shift each series to its own sub-row inside a row (for series sharing rows). */
  offsetSeries?: boolean;
  series: DotSeries[];
  /** Vertical reference lines, each named in a legend drawn as lines. */
  markers?: { name: string; value: number; color: string; dash?: number[] }[];
}

/**
 * A strip (dot) plot: categories as rows, one symbol per value, vertical reference lines.
 *
 * @remarks
 * Every series is its own layer, so the SVG holds one `mark-symbol` group per series (in series order) with
 * one symbol per point, then one `mark-rule` group with one line per marker. Log x axes are labelled at
 * plain numbers under one decade, else at 1, 2, 5 × 10ᵏ ({@link logAxis}). Throws {@link HamcheckInputError} for a point in an unknown row,
 * a non-finite value, or a value ≤ 0 on a log axis.
 */
export async function dotPlotSvg(input: DotPlotInput): Promise<string> {
  const log = input.xScale === 'log';
  const markers = input.markers ?? [];
  const check = (field: string, x: number) => {
    if (!Number.isFinite(x) || (log && x <= 0)) throw new HamcheckInputError(field, log ? 'a finite number > 0 (log axis)' : 'a finite number', x);
  };
  input.series.forEach((s, k) =>
    s.points.forEach((p, i) => {
      check(`series[${k}].points[${i}].x`, p.x);
      if (!input.rows.includes(p.row)) throw new HamcheckInputError(`series[${k}].points[${i}].row`, `one of ${input.rows.join(', ')}`, p.row);
    }),
  );
  markers.forEach((m, i) => check(`markers[${i}].value`, m.value));
  const names = input.series.map((s) => s.name);
  const all = [...input.series.flatMap((s) => s.points.map((p) => p.x)), ...markers.map((m) => m.value)];
  const domain = input.xDomain ?? paddedDomain(Math.min(...all), Math.max(...all), log);
  const x = { field: 'x', type: 'quantitative', scale: { type: input.xScale, domain, nice: false }, axis: log ? logAxis(input.xLabel, domain[0], domain[1]) : { title: input.xLabel, grid: true } };
  const y = { field: 'row', type: 'nominal', scale: { domain: input.rows }, axis: { title: input.yLabel ?? null, grid: true, labelLimit: 400 } };
  const color = { field: 's', type: 'nominal', scale: { domain: names, range: input.series.map((s) => s.color) }, legend: { title: null, symbolType: 'circle', orient: 'bottom', labelLimit: 600 } };
  const layers: object[] = input.series.map((s) => ({
    data: { values: s.points.map((p) => ({ row: p.row, x: p.x, s: s.name })) },
    mark: { type: 'point', shape: s.shape ?? 'circle', filled: s.filled, size: s.size ?? 60, strokeWidth: 1.5, opacity: 0.9, clip: true },
    encoding: { x, y, color, ...(input.offsetSeries ? { yOffset: { field: 's', type: 'nominal', scale: { domain: names } } } : {}) },
  }));
  if (markers.length) {
    const mnames = markers.map((m) => m.name);
    layers.push({
      data: { values: markers.map((m) => ({ x: m.value, m: m.name })) },
      mark: { type: 'rule', strokeWidth: 2 },
      encoding: {
        x: { field: 'x', type: 'quantitative' },
        stroke: { field: 'm', type: 'nominal', scale: { domain: mnames, range: markers.map((m) => m.color) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'bottom', direction: 'vertical', labelLimit: 600 } },
        strokeDash: { field: 'm', type: 'nominal', scale: { domain: mnames, range: markers.map((m) => m.dash ?? [1, 0]) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'bottom', direction: 'vertical', labelLimit: 600 } },
      },
    });
  }
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    width: PLOT_WIDTH,
    height: input.rows.length * (input.offsetSeries ? 16 * input.series.length + 16 : 50),
    config: PLOT_CONFIG,
    layer: layers,
  } as unknown as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}

/** [lo, hi] widened by 5 % of the span each side (a factor on a log axis), so edge dots are not cut. */
export function paddedDomain(lo: number, hi: number, log: boolean): [number, number] {
  if (log) {
    const f = lo === hi ? 1.5 : (hi / lo) ** 0.05;
    return [lo / f, hi * f];
  }
  const d = lo === hi ? Math.max(Math.abs(lo), 1) * 0.1 : 0.05 * (hi - lo);
  return [lo - d, hi + d];
}
