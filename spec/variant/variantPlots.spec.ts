/**
 * The figures of the `hamcheck variant` page (src/variant/variantPlots.ts) from small real evaluations: well-formed
 * SVG, one mark per model, the reference lines where the evaluation puts them (C, the acceptance bound, C/n̄, the
 * fitted exponent), byte-identical output on a second call, and the Markdown/HTML pages and file list using them.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainSpec } from '../../src/model/graph/generalModel.ts';
import { formatNumber } from '../../src/report/markdownTable.ts';
import { evaluateVariant, generalizedHamPredict, type VariantEvaluation } from '../../src/variant/evaluateVariant.ts';
import { variantFigures, type VariantFigure } from '../../src/variant/variantPlots.ts';
import { variantReportFiles } from '../../src/variant/variantReport.ts';
import { parseXml } from '../verify/report/xmlParser.ts';
import { kids, logMap, markGroups, pathPoints } from './svgMarks.ts';

/** Tiny chains (n = 15 … 40, outside (29) — fine for plotting): each model takes milliseconds. */
function tinyChains(levels: fc.Arbitrary<number>) {
  return fc
    .tuple(fc.integer({ min: 2, max: 3 }), levels, fc.integer({ min: 0, max: 2 ** 32 - 1 }))
    .map(([N, n, s]) => chainSpec({ sites: Array.from({ length: N }, () => ({ levels: n, bandWidth: 0.05 })), couplings: new Array(N - 1).fill((0.05 * 0.6) / n), ensemble: 'GUE', seed: s }));
}
/** A variant off the golden rule by a factor 1.3 in every rate (time rescaled), so it differs from the HAM. */
const slowVariant = { name: 'slow <rates> & co', family: tinyChains(fc.integer({ min: 3, max: 8 }).map((k) => 5 * k)), predict: ((model, p0, times) => generalizedHamPredict(model, p0, times.map((t) => t / 1.3))) as typeof generalizedHamPredict };
const fixedN = { name: 'fixed n', family: tinyChains(fc.constant(20)), predict: generalizedHamPredict };

// symbol and rule positions are written unrounded: a misplaced line moves by pixels, doubles by ~1e-12 px
const EXACT_PX = 1e-6;
// Vega writes path coordinates to 3 decimals: ±5·10⁻⁴ px on each coordinate, twice for a difference
const PATH_PX = 1e-3;

let e: VariantEvaluation;
let figs: VariantFigure[];
const fig = (name: string) => figs.find((f) => f.name === name) as VariantFigure;

beforeAll(async () => {
  e = await evaluateVariant(slowVariant, { familySize: 5, seed: 3, shrinkBudgetMs: 1000 });
  figs = await variantFigures(e);
}, 30_000);

describe('variantFigures', () => {
  it('three well-formed SVGs with distinct names, each with an <svg> root (no shrunk model, so no fourth)', () => {
    expect(e.shrunk).toBeNull(); // precondition: every model of this family stays under the one-model bound
    expect(figs.map((f) => f.name)).toEqual(['variant-distribution', 'variant-scaling', 'variant-populations']);
    for (const f of figs) {
      expect(parseXml(f.svg).name).toBe('svg');
      expect(f.title.length).toBeGreaterThan(0);
      expect(f.caption.length).toBeGreaterThan(0);
    }
    // the clip ids are per figure, so the figures inlined in one page never share one
    const ids = figs.flatMap((f) => [...f.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('byte-identical on a second call', async () => {
    const again = await variantFigures(e);
    expect(again.map((f) => f.svg)).toEqual(figs.map((f) => f.svg));
    expect(again).toEqual(figs);
  });

  it('distribution: one dot per model for the variant and the HAM, the lines at C and at the acceptance bound', () => {
    const svg = fig('variant-distribution').svg;
    const [variant, ham, means] = markGroups(svg, 'symbol').map((g) => kids(g, 'path'));
    expect(variant).toHaveLength(e.models.length);
    expect(ham).toHaveLength(e.models.length);
    expect(means).toHaveLength(2);
    const x = logMap(variant.map((p) => p.x), e.models.map((m) => m.scaled));
    ham.forEach((p, k) => expect(Math.abs(p.x - x(e.models[k].hamScaled))).toBeLessThan(EXACT_PX));
    expect(Math.abs(means[0].x - x(e.variantStats.geometricMean))).toBeLessThan(EXACT_PX);
    const rules = markGroups(svg, 'rule').flatMap((g) => kids(g, 'line'));
    expect(rules).toHaveLength(2);
    expect(Math.abs(rules[0].x - x(e.criterion.bound))).toBeLessThan(EXACT_PX);
    expect(Math.abs(rules[1].x - x(e.criterion.c))).toBeLessThan(EXACT_PX);
    expect(svg).toContain(`C = ${formatNumber(e.criterion.c, 3)}`);
    expect(svg).toContain(`acceptance bound ${formatNumber(e.criterion.bound, 3)}`);
  });

  it('scaling: one dot per model each, the C/n̄ line and the fitted exponent lines', () => {
    const svg = fig('variant-scaling').svg;
    expect(e.exponent).not.toBeNull(); // precondition: the family varies n (15 … 40) by ≥ 1.5×
    const [variant, ham] = markGroups(svg, 'symbol').map((g) => kids(g, 'path'));
    expect(variant).toHaveLength(e.models.length);
    expect(ham).toHaveLength(e.models.length);
    const xOf = logMap(variant.map((p) => p.x), e.models.map((m) => m.meanLevels));
    const yOf = logMap(variant.map((p) => p.y), e.models.map((m) => m.scaled / m.meanLevels));
    const lines = markGroups(svg, 'line').map((g) => ({ g, pts: pathPoints(kids(g, 'path')[0].el.attrs.d).map(([a, b]) => [a + g.x, b + g.y]) }));
    expect(lines).toHaveLength(3);
    // pixel → n̄ by inverting the affine ln map
    const nAt = (px: number) => Math.exp(Math.log(e.models[0].meanLevels) + (px - xOf(e.models[0].meanLevels)) / (xOf(Math.E * e.models[0].meanLevels) - xOf(e.models[0].meanLevels)));
    for (const [px, py] of lines[0].pts) expect(Math.abs(py - yOf(e.criterion.c / nAt(px)))).toBeLessThan(PATH_PX);
    // the fits' slopes in ln–ln: Δln y / Δln x from the line's ends
    const slope = (pts: number[][]) => {
      const ly = (py: number) => (py - yOf(1)) / (yOf(Math.E) - yOf(1));
      return (ly(pts[1][1]) - ly(pts[0][1])) / (Math.log(nAt(pts[1][0])) - Math.log(nAt(pts[0][0])));
    };
    // a 3-decimal pixel error over a ~700 px line shifts the slope by ≲ 10⁻⁵ per unit of slope
    expect(Math.abs(slope(lines[1].pts) - e.exponent!.slope)).toBeLessThan(1e-4);
    expect(Math.abs(slope(lines[2].pts) - e.exponent!.hamSlope)).toBeLessThan(1e-4);
  });

  it('scaling without a fit when n̄ is not varied: only the C/n̄ line, and the page says why', async () => {
    const flat = await evaluateVariant(fixedN, { familySize: 3, seed: 1, shrinkBudgetMs: 1000 });
    expect(flat.exponent).toBeNull();
    const f = (await variantFigures(flat)).find((x) => x.name === 'variant-scaling') as VariantFigure;
    expect(markGroups(f.svg, 'line')).toHaveLength(1);
    expect(f.svg).toContain('no fit');
    expect(markGroups(f.svg, 'symbol').map((g) => kids(g, 'path').length)).toEqual([3, 3]);
  }, 30_000);

  it('populations without a kept trajectory (an older report): P_µ(T_D) of exact, variant and HAM on every site of the worst model', async () => {
    const older = { ...e, worst: { ...e.worst, trajectory: undefined } };
    const f = (await variantFigures(older)).find((x) => x.name === 'variant-populations') as VariantFigure;
    const worst = e.models[e.worst.index];
    expect(markGroups(f.svg, 'symbol').map((g) => kids(g, 'path').length)).toEqual([3, 3, 3].map(() => worst.finalExact.length));
    expect(f.title).toContain(`#${worst.index + 1}`);
  });
});

describe('the pages with the figures', () => {
  it('variantReportFiles: json, md, html and one svg per figure; md links the images, html holds the SVGs inline', async () => {
    const files = await variantReportFiles(e);
    expect(files.map((f) => f.name)).toEqual(['variant.json', 'variant.md', 'variant.html', ...figs.map((f) => `${f.name}.svg`)]);
    const md = files[1].content;
    const html = files[2].content;
    for (const f of figs) {
      expect(md).toContain(`![${f.title}](${f.name}.svg)`);
      expect(md).toContain(f.caption);
      expect(html).toContain(f.svg);
      expect(files.find((x) => x.name === `${f.name}.svg`)?.content).toBe(f.svg);
    }
    // the variant's name is escaped in the titles and captions (and by Vega inside the SVG text)
    expect(html).toContain('slow &lt;rates&gt; &amp; co');
    expect(html).not.toContain('<rates>');
  }, 30_000);
});
