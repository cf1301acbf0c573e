import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { decadeAxis } from './axisFormat.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

/** A measured κ_th with its 1σ error, and the formula value at the same T (for the ratio panel). */
export interface KappaThMeasuredSeries {
  name: string;
  temperature: number[];
  kappaTh: number[];
  uncertainty: number[];
  formula: number[];
}

export interface KappaThPlotInput {
  title: string;
  subtitle?: string;
  /** The formula curve (48), drawn as a line over the whole x range it covers. */
  curve: { name: string; temperature: number[]; kappaTh: number[] };
  /** Measured series, drawn as points with 1σ error bars; the first is the primary one. */
  measured: KappaThMeasuredSeries[];
}

const COLORS = ['#d62728', '#7f7f7f', '#2ca02c'];

/**
 * Fig. 8 as a physicist reads it: κ_th(T) of (48) as a line on log–log axes with the measured points and
 * their 1σ error bars, and below it the ratio measured/(48) on a linear axis around 1 (where an 11 % gap is
 * visible — the log–log panel hides it).
 *
 * @remarks Legends show marks as drawn (line for the formula, dots for measurements). Decade tick labels
 * (10⁻³ …) on the log axes; the x axis spans exactly the curve's temperatures, so the curve reaches both
 * edges instead of stopping short. Throws {@link HamcheckInputError} for non-positive or non-finite values.
 */
export async function kappaThPlotSvg(input: KappaThPlotInput): Promise<string> {
  const { curve, measured } = input;
  const positive = (field: string, xs: number[]): void =>
    xs.forEach((x, i) => {
      if (!(Number.isFinite(x) && x > 0)) throw new HamcheckInputError(`${field}[${i}]`, 'a finite number > 0 (log axis)', x);
    });
  positive('curve.temperature', curve.temperature);
  positive('curve.kappaTh', curve.kappaTh);
  measured.forEach((m, s) => {
    for (const f of ['temperature', 'kappaTh', 'formula'] as const) positive(`measured[${s}].${f}`, m[f]);
    if (m.uncertainty.length !== m.kappaTh.length) throw new HamcheckInputError(`measured[${s}].uncertainty`, `${m.kappaTh.length} values`, m.uncertainty);
  });
  const tMin = Math.min(...curve.temperature);
  const tMax = Math.max(...curve.temperature);
  const yMin = Math.min(...curve.kappaTh);
  const yMax = Math.max(...curve.kappaTh, ...measured.flatMap((m) => m.kappaTh.map((k, i) => k + m.uncertainty[i])));
  const names = measured.map((m) => m.name);
  const pointRows = measured.flatMap((m) =>
    m.temperature.map((T, i) => ({
      T,
      k: m.kappaTh[i],
      lo: Math.max(m.kappaTh[i] - m.uncertainty[i], yMin),
      hi: m.kappaTh[i] + m.uncertainty[i],
      r: m.kappaTh[i] / m.formula[i],
      rlo: (m.kappaTh[i] - m.uncertainty[i]) / m.formula[i],
      rhi: (m.kappaTh[i] + m.uncertainty[i]) / m.formula[i],
      s: m.name,
    })),
  );
  const xScale = { type: 'log', domain: [tMin, tMax], nice: false };
  const xAxis = decadeAxis('temperature T [ΔE] (Boltzmann constant = 1)');
  const color = { field: 's', type: 'nominal', scale: { domain: names, range: COLORS.slice(0, names.length) }, legend: { title: null, symbolType: 'circle' } };
  const main = {
    width: PLOT_WIDTH,
    height: 300,
    layer: [
      {
        data: { values: curve.temperature.map((T, i) => ({ T, k: curve.kappaTh[i], s: curve.name })) },
        mark: { type: 'line', strokeWidth: 2, clip: true },
        encoding: {
          x: { field: 'T', type: 'quantitative', scale: xScale, axis: { ...xAxis, title: null } },
          y: { field: 'k', type: 'quantitative', scale: { type: 'log', domain: [yMin, yMax * 1.5], nice: false }, axis: decadeAxis('heat conductivity κₜₕ [ΔE/ħ]') },
          stroke: { field: 's', type: 'nominal', scale: { range: ['#1f77b4'] }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5 } },
        },
      },
      {
        data: { values: pointRows },
        mark: { type: 'rule', strokeWidth: 1.2, clip: true },
        encoding: { x: { field: 'T', type: 'quantitative' }, y: { field: 'lo', type: 'quantitative' }, y2: { field: 'hi' }, color: { ...color, legend: null } },
      },
      {
        data: { values: pointRows },
        mark: { type: 'point', filled: true, size: 50, clip: true },
        encoding: { x: { field: 'T', type: 'quantitative' }, y: { field: 'k', type: 'quantitative' }, color },
      },
    ],
    resolve: { legend: { stroke: 'independent', color: 'independent' } },
  };
  const ratios = pointRows.flatMap((p) => [p.rlo, p.rhi]);
  const rLo = Math.min(0.95, ...ratios);
  const rHi = Math.max(1.05, ...ratios);
  const ratio = {
    width: PLOT_WIDTH,
    height: 150,
    layer: [
      { data: { values: [{ one: 1 }] }, mark: { type: 'rule', stroke: '#1f77b4', strokeWidth: 2 }, encoding: { y: { field: 'one', type: 'quantitative' } } },
      {
        data: { values: pointRows },
        mark: { type: 'rule', strokeWidth: 1.2 },
        encoding: { x: { field: 'T', type: 'quantitative' }, y: { field: 'rlo', type: 'quantitative' }, y2: { field: 'rhi' }, color: { ...color, legend: null } },
      },
      {
        data: { values: pointRows },
        mark: { type: 'point', filled: true, size: 50 },
        encoding: {
          x: { field: 'T', type: 'quantitative', scale: xScale, axis: xAxis },
          y: { field: 'r', type: 'quantitative', scale: { domain: [rLo - 0.02, rHi + 0.02], zero: false, nice: false }, axis: { title: 'measured / (48)', format: '.2f', tickCount: 5 } },
          color: { ...color, legend: null },
        },
      },
    ],
  };
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    config: PLOT_CONFIG,
    vconcat: [main, ratio],
    spacing: 12,
  } as unknown as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}
