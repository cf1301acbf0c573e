import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { decadeAxis } from './axisFormat.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

/** 1 → ₁, 12 → ₁₂: site and band indices as real subscripts. */
export function subscriptDigits(k: number): string {
  return String(k).replace(/[0-9]/g, (d) => String.fromCharCode(0x2080 + Number(d)));
}

/**
 * Most exact-population dots drawn per site in {@link populationPlotSvg}.
 *
 * @remarks
 * Each dot is one SVG `<path>`; 100 per site keeps a 5-site plot well under 200 kB.
 */
export const MAX_DOTS_PER_SITE = 100;
/**
 * Most HAM line vertices drawn per site in {@link populationPlotSvg}.
 *
 * @remarks
 * HAM populations are smooth sums of exponentials, so 500 vertices are indistinguishable from more.
 */
export const MAX_LINE_POINTS_PER_SITE = 500;

/**
 * Input of {@link populationPlotSvg}.
 *
 * @remarks
 * `exact[j][µ]` and `ham[j][µ]` are the populations of site µ (0-based here, shown as µ = 1 … N) at
 * `times[j]`; both share the time grid. `siteLabels` defaults to `µ = 1` … `µ = N`.
 */
export interface PopulationPlotInput {
  title: string;
  times: number[];
  timeLabel: string;
  /** Default 'site population Pµ'. */
  yLabel?: string;
  subtitle?: string;
  exact: number[][];
  ham: number[][];
  siteLabels?: string[];
}

/**
 * Input of {@link lineChartSvg}: named series drawn as lines or points, optional log axes.
 *
 * @remarks
 * Series names must be unique (they pick the colour and the legend entry). On a log axis every
 * value must be > 0.
 */
export interface LineChartInput {
  title: string;
  xLabel: string;
  yLabel: string;
  series: { name: string; x: number[]; y: number[]; mark: 'line' | 'point' }[];
  xScale?: 'linear' | 'log';
  yScale?: 'linear' | 'log';
}

/**
 * Up to `max` indices spread evenly over `0 … length − 1`, always including the first and last.
 *
 * @remarks
 * Used to thin dense time series so the SVG stays small (one `<path>` per dot).
 */
export function thinIndices(length: number, max: number): number[] {
  if (length <= max) return Array.from({ length }, (_, i) => i);
  if (max <= 1) return [0];
  const out = new Set<number>();
  for (let i = 0; i < max; i++) out.add(Math.round((i * (length - 1)) / (max - 1)));
  return [...out];
}

/**
 * SVG plot of site populations P_µ(t): exact dynamics as dots, HAM as lines, one colour per site.
 *
 * @remarks
 * The layout of the paper's Figs. 2–4: y axis `P_µ` fixed to [0, 1], x axis titled `timeLabel`,
 * two legends P₁ … P_N in site order, drawn as the marks are (HAM: lines, exact: dots). Dots are thinned to ≤ {@link MAX_DOTS_PER_SITE} per site and
 * line vertices to ≤ {@link MAX_LINE_POINTS_PER_SITE} (HAM curves are smooth). Throws
 * {@link HamcheckInputError} when array shapes disagree or a value is not finite.
 */
export async function populationPlotSvg(input: PopulationPlotInput): Promise<string> {
  const { times, exact, ham } = input;
  checkFinite('times', times);
  if (times.length === 0) throw new HamcheckInputError('times', 'at least one time', times);
  const sites = exact[0]?.length ?? 0;
  for (const [name, m] of [['exact', exact], ['ham', ham]] as const) {
    if (m.length !== times.length) throw new HamcheckInputError(name, `${times.length} rows (one per time)`, m);
    m.forEach((row, j) => {
      if (row.length !== sites || sites === 0) throw new HamcheckInputError(`${name}[${j}]`, `${sites || '≥ 1'} site values`, row);
      checkFinite(`${name}[${j}]`, row);
    });
  }
  const labels = input.siteLabels ?? Array.from({ length: sites }, (_, mu) => `P${subscriptDigits(mu + 1)}`);
  if (labels.length !== sites) throw new HamcheckInputError('siteLabels', `${sites} labels`, labels);
  const rows: { t: number; p: number; s: string; k: 'exact' | 'ham' }[] = [];
  for (const j of thinIndices(times.length, MAX_LINE_POINTS_PER_SITE))
    for (let mu = 0; mu < sites; mu++) rows.push({ t: times[j], p: ham[j][mu], s: labels[mu], k: 'ham' });
  for (const j of thinIndices(times.length, MAX_DOTS_PER_SITE))
    for (let mu = 0; mu < sites; mu++) rows.push({ t: times[j], p: exact[j][mu], s: labels[mu], k: 'exact' });
  const color = { field: 's', type: 'nominal', scale: { domain: labels, scheme: 'category10' } };
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? 'dots: exact Schrödinger dynamics · lines: HAM (30)–(32)' },
    width: PLOT_WIDTH,
    height: 320,
    config: PLOT_CONFIG,
    data: { values: rows },
    encoding: {
      x: { field: 't', type: 'quantitative', title: input.timeLabel, scale: { nice: false } },
      y: { field: 'p', type: 'quantitative', title: input.yLabel ?? 'site population Pµ', scale: { domain: [0, 1] } },
    },
    layer: [
      {
        transform: [{ filter: "datum.k === 'ham'" }],
        mark: { type: 'line', strokeWidth: 1.8, clip: true },
        encoding: { color: { ...color, legend: { title: 'HAM', symbolType: 'stroke', symbolStrokeWidth: 2.5 } } },
      },
      {
        transform: [{ filter: "datum.k === 'exact'" }],
        mark: { type: 'point', filled: true, size: 22, opacity: 0.85, clip: true },
        encoding: { color: { ...color, legend: { title: 'exact', symbolType: 'circle' } } },
      },
    ],
    resolve: { legend: { color: 'independent' } },
  } as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}

/**
 * Generic SVG chart of named x/y series, each drawn as a line or as points, with optional log axes.
 *
 * @remarks
 * Meant for the paper's scaling plots, e.g. D² vs n (Fig. 5, log–log) and κ_th(T) (Fig. 8). All
 * points are drawn (no thinning). Throws {@link HamcheckInputError} for mismatched x/y lengths,
 * non-finite values, duplicate series names or non-positive values on a log axis.
 */
export async function lineChartSvg(input: LineChartInput): Promise<string> {
  const xScale = input.xScale ?? 'linear';
  const yScale = input.yScale ?? 'linear';
  const names = input.series.map((s) => s.name);
  if (new Set(names).size !== names.length) throw new HamcheckInputError('series', 'unique series names', names.join(', '));
  const rows: { x: number; y: number; s: string; m: string }[] = [];
  input.series.forEach((s, i) => {
    if (s.x.length !== s.y.length) throw new HamcheckInputError(`series[${i}].y`, `${s.x.length} values (as x)`, s.y);
    checkFinite(`series[${i}].x`, s.x, xScale === 'log');
    checkFinite(`series[${i}].y`, s.y, yScale === 'log');
    s.x.forEach((x, j) => rows.push({ x, y: s.y[j], s: s.name, m: s.mark }));
  });
  const lineNames = input.series.filter((s) => s.mark === 'line').map((s) => s.name);
  const pointNames = input.series.filter((s) => s.mark === 'point').map((s) => s.name);
  const palette = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];
  const colorOf = (name: string): string => palette[names.indexOf(name) % palette.length];
  const logAxis = (t: 'linear' | 'log', title: string) => (t === 'log' ? decadeAxis(title) : { title });
  const spec = {
    title: input.title,
    width: PLOT_WIDTH,
    height: 320,
    config: PLOT_CONFIG,
    data: { values: rows },
    encoding: {
      x: { field: 'x', type: 'quantitative', axis: logAxis(xScale, input.xLabel), scale: axisScale(xScale) },
      y: { field: 'y', type: 'quantitative', axis: logAxis(yScale, input.yLabel), scale: axisScale(yScale) },
    },
    layer: [
      {
        transform: [{ filter: "datum.m === 'line'" }],
        mark: { type: 'line', strokeWidth: 1.8 },
        encoding: { color: { field: 's', type: 'nominal', scale: { domain: lineNames, range: lineNames.map(colorOf) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5 } } },
      },
      {
        transform: [{ filter: "datum.m === 'point'" }],
        mark: { type: 'point', filled: true, size: 45 },
        encoding: { color: { field: 's', type: 'nominal', scale: { domain: pointNames, range: pointNames.map(colorOf) }, legend: { title: null, symbolType: 'circle' } } },
      },
    ],
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  } as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}

function axisScale(type: 'linear' | 'log'): { type: 'linear' | 'log'; zero?: boolean } {
  return type === 'log' ? { type } : { type, zero: false };
}

function checkFinite(field: string, values: number[], positive = false): void {
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (positive && v <= 0))
      throw new HamcheckInputError(`${field}[${i}]`, positive ? 'a finite number > 0 (log axis)' : 'a finite number', v);
  });
}
