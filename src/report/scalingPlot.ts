import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { decadeAxis } from './axisFormat.ts';
import { PLOT_CONFIG, renderVegaLiteSvg } from './vegaSvg.ts';

export interface ScalingPanel {
  title: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  y: number[];
  log: boolean;
  /** Fitted power law y = e^{intercept} x^{slope}, drawn as a line and named in the legend. */
  fit?: { name: string; slope: number; intercept: number };
}

/**
 * Fig. 5: D²₁ against n on log–log axes with the fitted power law, and beside it the dependence on N (the
 * paper's inset, drawn as a second panel). Points are dots, the fit a line, as the legend shows.
 */
export async function scalingPlotSvg(input: { title: string; subtitle?: string; panels: ScalingPanel[] }): Promise<string> {
  const panels = input.panels.map((p, k) => {
    p.y.forEach((v, i) => {
      if (!(Number.isFinite(v) && v > 0)) throw new HamcheckInputError(`panels[${k}].y[${i}]`, 'a finite number > 0 (log axis)', v);
    });
    const axis = (title: string) => (p.log ? { title, values: p.x, format: 'd', grid: true } : { title, tickMinStep: 1, format: 'd' });
    const scale = p.log ? { type: 'log', nice: false, padding: 10 } : { zero: false, padding: 10 };
    const layers: object[] = [
      {
        data: { values: p.x.map((x, i) => ({ x, y: p.y[i], s: 'hamcheck (exact Haar average)' })) },
        mark: { type: 'point', filled: true, size: 60 },
        encoding: {
          x: { field: 'x', type: 'quantitative', scale, axis: axis(p.xLabel) },
          y: { field: 'y', type: 'quantitative', scale: { type: 'log', nice: false, padding: 10 }, axis: decadeAxis(p.yLabel, true) },
          color: { field: 's', type: 'nominal', scale: { range: ['#d62728'] }, legend: { title: null, symbolType: 'circle', orient: 'bottom' } },
        },
      },
    ];
    if (p.fit) {
      const f = p.fit;
      const lo = Math.min(...p.x);
      const hi = Math.max(...p.x);
      const xs = Array.from({ length: 40 }, (_, i) => lo * (hi / lo) ** (i / 39));
      layers.unshift({
        data: { values: xs.map((x) => ({ x, y: Math.exp(f.intercept) * x ** f.slope, s: f.name })) },
        mark: { type: 'line', strokeWidth: 1.8 },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
          stroke: { field: 's', type: 'nominal', scale: { range: ['#1f77b4'] }, legend: { title: null, symbolType: 'stroke', symbolStrokeWidth: 2.5, orient: 'bottom' } },
        },
      });
    }
    return { title: p.title, width: k === 0 ? 420 : 200, height: 300, layer: layers };
  });
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    config: PLOT_CONFIG,
    hconcat: panels,
    spacing: 40,
    resolve: { legend: { color: 'shared', stroke: 'shared' } },
  } as unknown as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}
