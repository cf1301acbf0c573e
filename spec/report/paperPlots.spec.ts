import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { histogramPlotSvg } from '../../src/report/histogramPlot.ts';
import { kappaThPlotSvg } from '../../src/report/kappaThPlot.ts';
import { scalingPlotSvg } from '../../src/report/scalingPlot.ts';

const legendLabels = (svg: string): string[] => [...svg.matchAll(/role-legend-label"[^>]*>\s*<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
/** Legend symbols in order: 'stroke' (a line) or 'circle' (a dot), from the path Vega draws for each. */
const legendSymbols = (svg: string): string[] =>
  [...svg.matchAll(/role-legend-symbol"[^>]*>\s*<path[^>]*d="([^"]*)"/g)].map((m) => (/A/.test(m[1]) ? 'circle' : 'stroke'));

describe('Fig. 8 plot (kappaThPlot.ts)', () => {
  const T = [0.05, 0.1, 0.3, 1, 3];
  const k = T.map((t) => Math.exp(-1 / t) / (t * t));
  const input = {
    title: 'Fig. 8',
    curve: { name: '(48)', temperature: T, kappaTh: k },
    measured: [{ name: 'relaxation', temperature: T, kappaTh: k.map((x) => 0.99 * x), uncertainty: k.map((x) => 0.01 * x), formula: k }],
  };

  it('legend: the formula as a line, the measurement as a dot; a ratio panel titled measured / (48); decade labels', async () => {
    const svg = await kappaThPlotSvg(input);
    expect(legendLabels(svg)).toEqual(['(48)', 'relaxation']);
    expect(legendSymbols(svg)).toEqual(['stroke', 'circle']);
    expect(svg).toContain('measured / (48)');
    expect(svg).toContain('10⁰');
    expect(svg).not.toContain('κ_th');
  });

  it('rejects a non-positive value on the log axes with the field named', async () => {
    await expect(kappaThPlotSvg({ ...input, curve: { ...input.curve, kappaTh: [0, ...k.slice(1)] } })).rejects.toThrow(HamcheckInputError);
    await expect(kappaThPlotSvg({ ...input, curve: { ...input.curve, kappaTh: [0, ...k.slice(1)] } })).rejects.toThrow(/curve\.kappaTh\[0\]/);
  });
});

describe('Fig. 4 histogram and Fig. 5 scaling plots', () => {
  it('one bar per bin, the counts adding up to the number of values; reference lines in the legend as lines', async () => {
    const values = Array.from({ length: 500 }, (_, i) => 1e-4 * (1 + Math.sin(i)));
    const svg = await histogramPlotSvg({ title: 'h', xLabel: 'x', values, scale: 1e3, bins: 20, markers: [{ name: 'exact', value: 1e-4 }, { name: 'mean', value: 1.01e-4, dash: [4, 2] }] });
    const bars = [...svg.matchAll(/<g class="mark-rect role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)].flatMap((m) => m[1].match(/<path/g) ?? []);
    expect(bars).toHaveLength(20);
    expect(legendLabels(svg)).toEqual(['exact', 'mean']);
    await expect(histogramPlotSvg({ title: 'h', xLabel: 'x', values: [], scale: 1, bins: 3, markers: [] })).rejects.toThrow(HamcheckInputError);
  });

  it('Fig. 5: points and the fitted power law, both panels; non-positive D² refused', async () => {
    const n = [25, 50, 100, 200];
    const svg = await scalingPlotSvg({
      title: 'Fig. 5',
      panels: [
        { title: 'against n', xLabel: 'n', yLabel: 'D²₁', x: n, y: n.map((v) => 0.1 / v), log: true, fit: { name: 'fit', slope: -1, intercept: Math.log(0.1) } },
        { title: 'against N', xLabel: 'N', yLabel: 'D²₁', x: [2, 3], y: [2e-3, 1e-3], log: false },
      ],
    });
    expect(svg).toContain('against n');
    expect(svg).toContain('against N');
    expect(legendLabels(svg)).toEqual(['fit', 'hamcheck (exact Haar average)']);
    await expect(scalingPlotSvg({ title: 't', panels: [{ title: 'p', xLabel: 'x', yLabel: 'y', x: [1], y: [0], log: true }] })).rejects.toThrow(/panels\[0\]\.y\[0\]/);
  });
});
