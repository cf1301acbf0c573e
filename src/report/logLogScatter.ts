import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { paddedDomain } from './dotPlot.ts';
import { logAxis } from './logAxis.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

/** Input of {@link logLogScatterSvg}: point series (filled or open) and line series (solid or dashed). */
export interface LogLogScatterInput {
  title: string;
  subtitle?: string;
  xLabel: string;
  yLabel: string;
  points: { name: string; color: string; filled: boolean; x: number[]; y: number[] }[];
  lines: { name: string; color: string; dash?: number[]; x: number[]; y: number[] }[];
}

/**
 * Scatter on log–log axes with reference lines: e.g. D̄² against n̄ per model with fitted power laws.
 *
 * @remarks
 * Each point series is its own `mark-symbol` group (one symbol per point, in series order), each line its own
 * `mark-line` group; points legend drawn as dots, lines legend as lines. The x axis spans the points, the y
 * axis the points and the lines (both padded); lines are clipped to the x span. Axes labelled by {@link logAxis} (plain numbers under one decade). Throws
 * {@link HamcheckInputError} for mismatched lengths or a value that is not finite and > 0.
 */
export async function logLogScatterSvg(input: LogLogScatterInput): Promise<string> {
  const check = (field: string, xs: number[]) =>
    xs.forEach((v, i) => {
      if (!(Number.isFinite(v) && v > 0)) throw new HamcheckInputError(`${field}[${i}]`, 'a finite number > 0 (log axis)', v);
    });
  for (const [kind, list] of [['points', input.points], ['lines', input.lines]] as const)
    list.forEach((s, k) => {
      if (s.x.length !== s.y.length) throw new HamcheckInputError(`${kind}[${k}].y`, `${s.x.length} values (as x)`, s.y);
      check(`${kind}[${k}].x`, s.x);
      check(`${kind}[${k}].y`, s.y);
    });
  const xs = input.points.flatMap((s) => s.x);
  const ys = [...input.points, ...input.lines].flatMap((s) => s.y);
  if (xs.length === 0) throw new HamcheckInputError('points', 'at least one point', input.points);
  const xd = paddedDomain(Math.min(...xs), Math.max(...xs), true);
  const yd = paddedDomain(Math.min(...ys), Math.max(...ys), true);
  const x = { field: 'x', type: 'quantitative', scale: { type: 'log', domain: xd, nice: false }, axis: logAxis(input.xLabel, xd[0], xd[1]) };
  const y = { field: 'y', type: 'quantitative', scale: { type: 'log', domain: yd, nice: false }, axis: logAxis(input.yLabel, yd[0], yd[1]) };
  const pnames = input.points.map((s) => s.name);
  const lnames = input.lines.map((s) => s.name);
  const color = { field: 's', type: 'nominal', scale: { domain: pnames, range: input.points.map((s) => s.color) }, legend: { title: null, symbolType: 'circle', orient: 'bottom', direction: 'vertical', labelLimit: 600 } };
  const stroke = { field: 's', type: 'nominal', scale: { domain: lnames, range: input.lines.map((s) => s.color) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'bottom', direction: 'vertical', labelLimit: 600 } };
  const dash = { field: 's', type: 'nominal', scale: { domain: lnames, range: input.lines.map((s) => s.dash ?? [1, 0]) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'bottom', direction: 'vertical', labelLimit: 600 } };
  const layers: object[] = [
    ...input.lines.map((s) => ({
      data: { values: s.x.map((v, i) => ({ x: v, y: s.y[i], s: s.name })) },
      mark: { type: 'line', strokeWidth: 1.8, clip: true },
      encoding: { x, y, stroke, strokeDash: dash },
    })),
    ...input.points.map((s) => ({
      data: { values: s.x.map((v, i) => ({ x: v, y: s.y[i], s: s.name })) },
      mark: { type: 'point', filled: s.filled, size: 60, strokeWidth: 1.5, opacity: 0.9, clip: true },
      encoding: { x, y, color },
    })),
  ];
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    width: PLOT_WIDTH,
    height: 340,
    config: PLOT_CONFIG,
    layer: layers,
  } as unknown as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}
