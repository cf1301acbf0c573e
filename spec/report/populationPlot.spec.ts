import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { MAX_DOTS_PER_SITE, lineChartSvg, populationPlotSvg, thinIndices } from '../../src/report/populationPlot.ts';

/** Checks the SVG is one well-nested element tree rooted at <svg> (tags balanced, in order). */
function expectWellFormedSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, close, name, selfClose] = m;
    if (selfClose) continue;
    if (close) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

/** Number of drawn data symbols (not legend symbols) in a Vega SVG. */
function countPointMarks(svg: string): number {
  let n = 0;
  for (const m of svg.matchAll(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/gs)) n += (m[1].match(/<path/g) ?? []).length;
  return n;
}

function legendLabels(svg: string): string[] {
  return [...svg.matchAll(/role-legend-label"[^>]*>\s*<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

/** Two-site relaxation sampled on `steps` times, exact = HAM + small wiggle. */
function twoSite(steps: number) {
  const times = Array.from({ length: steps }, (_, j) => j * 10);
  const ham = times.map((t) => [0.5 + 0.5 * Math.exp(-t / 2000), 0.5 - 0.5 * Math.exp(-t / 2000)]);
  const exact = ham.map(([a, b], j) => [a + 0.01 * Math.sin(j), b - 0.01 * Math.sin(j)]);
  return { times, ham, exact };
}

describe('populationPlotSvg', () => {
  it('draws a well-formed SVG with title, axis titles, one legend entry per site and thinned dots', async () => {
    const { times, ham, exact } = twoSite(1001);
    const svg = await populationPlotSvg({ title: 'Fig. 4 check & <N = 2>', times, timeLabel: 't [ħ/ΔE]', exact, ham });
    expectWellFormedSvg(svg);
    expect(svg).toContain('Fig. 4 check &amp; &lt;N = 2&gt;');
    expect(svg).toContain('site population Pµ');
    expect(svg).not.toContain('P_µ');
    expect(svg).toContain('t [ħ/ΔE]');
    // two legends, as the marks are drawn: HAM (lines) then exact (dots), each P₁, P₂ in site order
    expect(legendLabels(svg)).toEqual(['P₁', 'P₂', 'P₁', 'P₂']);
    expect(countPointMarks(svg)).toBe(2 * MAX_DOTS_PER_SITE);
    expect(svg.length).toBeLessThan(120_000);
  });

  it('keeps every dot for short series, one legend entry per site in site order (P₁ … P₁₂) in each legend', async () => {
    const sites = 12;
    const times = [0, 1, 2];
    const rows = times.map(() => Array.from({ length: sites }, () => 1 / sites));
    const svg = await populationPlotSvg({ title: 'twelve', times, timeLabel: 't', exact: rows, ham: rows });
    const labels = Array.from({ length: sites }, (_, i) => `P${String(i + 1).replace(/[0-9]/g, (d) => String.fromCharCode(0x2080 + Number(d)))}`);
    expect(labels[11]).toBe('P₁₂');
    expect(legendLabels(svg)).toEqual([...labels, ...labels]);
    expect(countPointMarks(svg)).toBe(3 * sites);
  });

  it('uses custom site labels', async () => {
    const { times, ham, exact } = twoSite(5);
    const svg = await populationPlotSvg({ title: 't', times, timeLabel: 't', exact, ham, siteLabels: ['hot', 'cold'] });
    expect(legendLabels(svg)).toEqual(['hot', 'cold', 'hot', 'cold']);
  });

  it('rejects mismatched shapes and non-finite values with a field name', async () => {
    const { times, ham, exact } = twoSite(5);
    const base = { title: 't', times, timeLabel: 't', exact, ham };
    await expect(populationPlotSvg({ ...base, ham: ham.slice(1) })).rejects.toThrow(HamcheckInputError);
    await expect(populationPlotSvg({ ...base, exact: [...exact.slice(1), [1]] })).rejects.toThrow(/exact\[4\]/);
    await expect(populationPlotSvg({ ...base, ham: [[NaN, 0], ...ham.slice(1)] })).rejects.toThrow(/ham\[0\]\[0\]/);
    await expect(populationPlotSvg({ ...base, siteLabels: ['only one'] })).rejects.toThrow(/siteLabels/);
  });
});

describe('thinIndices', () => {
  it('keeps ≤ max evenly spread indices including both ends', () => {
    expect(thinIndices(5, 100)).toEqual([0, 1, 2, 3, 4]);
    const idx = thinIndices(10_001, 100);
    expect(idx).toHaveLength(100);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(10_000);
    expect(idx.every((v, i) => i === 0 || v > idx[i - 1])).toBe(true);
  });
});

describe('lineChartSvg', () => {
  it('draws line and point series on log axes, lines and points in separate legends (marks as drawn), decade labels 10ⁿ', async () => {
    const n = [25, 50, 100, 200, 400];
    const svg = await lineChartSvg({
      title: 'D² vs n',
      xLabel: 'n',
      yLabel: 'D²₁',
      xScale: 'log',
      yScale: 'log',
      series: [
        { name: 'N = 2', x: n, y: n.map((v) => 0.12 / v), mark: 'point' },
        { name: 'N = 3', x: n, y: n.map((v) => 0.09 / v), mark: 'point' },
        { name: '∝ 1/n', x: [25, 400], y: [0.1 / 25, 0.1 / 400], mark: 'line' },
      ],
    });
    expectWellFormedSvg(svg);
    expect(svg).toContain('D² vs n');
    expect(legendLabels(svg)).toEqual(['∝ 1/n', 'N = 2', 'N = 3']);
    // one label format on a log axis: powers of ten in superscripts, never 0.001 next to 1e-4
    expect(svg).toContain('10⁻³');
    expect(svg).not.toMatch(/>\s*\de-\d/);
    expect(countPointMarks(svg)).toBe(10);
    expect(svg).toContain('mark-line role-mark');
  });

  it('rejects non-positive values on a log axis, length mismatches and duplicate names', async () => {
    const base = { title: 't', xLabel: 'x', yLabel: 'y' };
    const s = (y: number[]) => ({ name: 'a', x: [1, 2], y, mark: 'line' as const });
    await expect(lineChartSvg({ ...base, yScale: 'log', series: [s([1, 0])] })).rejects.toThrow(/series\[0\]\.y\[1\]/);
    await expect(lineChartSvg({ ...base, series: [s([1])] })).rejects.toThrow(HamcheckInputError);
    await expect(lineChartSvg({ ...base, series: [s([1, 2]), s([3, 4])] })).rejects.toThrow(/unique/);
    expect(await lineChartSvg({ ...base, series: [s([1, -2])] })).toMatch(/^<svg/);
  });
});
