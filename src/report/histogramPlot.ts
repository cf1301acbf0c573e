import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

export interface HistogramPlotInput {
  title: string;
  subtitle?: string;
  xLabel: string;
  values: number[];
  /** Values drawn scaled by this factor (e.g. 10³ for 10³·D²). */
  scale: number;
  bins: number;
  /** Vertical reference lines (e.g. the exact Haar average and the sampled mean), each named in the legend. */
  markers: { name: string; value: number; dash?: number[] }[];
}

/**
 * Histogram of sampled values (Fig. 4: D²₁ over random initial states) with named vertical reference lines.
 *
 * @remarks Bins are computed here (equal width over [0, max]) so the SVG holds one bar per bin; the y axis is
 * the count of states per bin. Legend entries are lines, as the markers are drawn.
 */
export async function histogramPlotSvg(input: HistogramPlotInput): Promise<string> {
  if (input.values.length === 0) throw new HamcheckInputError('values', 'at least one value', input.values);
  input.values.forEach((v, i) => {
    if (!Number.isFinite(v)) throw new HamcheckInputError(`values[${i}]`, 'a finite number', v);
  });
  const xs = input.values.map((v) => v * input.scale);
  const hi = Math.max(...xs, ...input.markers.map((m) => m.value * input.scale)) * 1.02;
  const width = hi / input.bins;
  const counts = new Array<number>(input.bins).fill(0);
  for (const x of xs) counts[Math.min(input.bins - 1, Math.floor(x / width))]++;
  const bars = counts.map((c, i) => ({ a: i * width, b: (i + 1) * width, c }));
  const names = input.markers.map((m) => m.name);
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    width: PLOT_WIDTH,
    height: 300,
    config: PLOT_CONFIG,
    layer: [
      {
        data: { values: bars },
        mark: { type: 'rect', fill: '#9ecae1', stroke: '#4a89b8', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'a', type: 'quantitative', title: input.xLabel, scale: { domain: [0, hi], nice: false } },
          x2: { field: 'b' },
          y: { field: 'c', type: 'quantitative', title: 'initial states per bin' },
        },
      },
      {
        data: { values: input.markers.map((m) => ({ x: m.value * input.scale, s: m.name })) },
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          color: { field: 's', type: 'nominal', scale: { domain: names, range: ['#d62728', '#222222', '#2ca02c'].slice(0, names.length) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'top-right' } },
          strokeDash: { field: 's', type: 'nominal', scale: { domain: names, range: input.markers.map((m) => m.dash ?? [1, 0]) }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'top-right' } },
        },
      },
    ],
  } as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}
