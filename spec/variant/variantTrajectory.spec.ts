/**
 * The P_µ(t) the variant evaluation keeps (src/variant/trajectory.ts) and the figures drawn from them
 * (src/variant/variantPopulationPlots.ts): only the worst and the shrunk model hold a trajectory, its ends are the
 * recorded P_µ(0)…P_µ(T_D) bit for bit, ≤ 101 points with t = 0 and T_D, the JSON report carries it, and the
 * figure draws one solid and one dashed line per site through the data with a legend drawn as the marks are.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainSpec } from '../../src/model/graph/generalModel.ts';
import { buildGeneralModel } from '../../src/model/graph/buildGeneralModel.ts';
import { formatNumber } from '../../src/report/markdownTable.ts';
import { evenTimes } from '../../src/runs/propagationSpec.ts';
import { evaluateVariant, generalizedHamPredict, type VariantEvaluation } from '../../src/variant/evaluateVariant.ts';
import { D2_POINTS, modelDeviation } from '../../src/variant/modelDeviation.ts';
import { thinTrajectory, TRAJECTORY_POINTS, type Trajectory } from '../../src/variant/trajectory.ts';
import { variantFigures, type VariantFigure } from '../../src/variant/variantPlots.ts';
import { HAM_DASH, largestGap } from '../../src/variant/variantPopulationPlots.ts';
import { variantJson, variantReportFiles } from '../../src/variant/variantReport.ts';
import { parseXml } from '../verify/report/xmlParser.ts';
import { kids, linearMap, markGroups, pathPoints, walk } from './svgMarks.ts';

/** Tiny chains (n = 15 … 40, outside (29) — fine for plotting): each model takes milliseconds. */
const tinyChains = fc
  .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 3, max: 8 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
  .map(([N, k, s]) => chainSpec({ sites: Array.from({ length: N }, () => ({ levels: 5 * k, bandWidth: 0.05 })), couplings: new Array(N - 1).fill((0.05 * 0.6) / (5 * k)), ensemble: 'GUE', seed: s }));
/** Rates off by a factor `f` (time rescaled): f = 4 takes some models past the one-model bound, so it shrinks. */
const scaledRates = (f: number) => ({ name: `rates / ${f}`, family: tinyChains, predict: ((model, p0, times) => generalizedHamPredict(model, p0, times.map((t) => t / f))) as typeof generalizedHamPredict });
// Vega writes path coordinates to 3 decimals: ±5·10⁻⁴ px on each, plus the map from dots (unrounded) ≲ 10⁻⁹ px
const PATH_PX = 1e-3;

let bad: VariantEvaluation;
let figs: VariantFigure[];
const fig = (name: string) => figs.find((f) => f.name === name) as VariantFigure;

beforeAll(async () => {
  bad = await evaluateVariant(scaledRates(4), { familySize: 5, seed: 3, shrinkBudgetMs: 5000 });
  figs = await variantFigures(bad);
}, 60_000);

/** The same thinned trajectory, as the evaluation stores it, of a model re-measured from its spec. */
async function remeasured(spec: VariantEvaluation['models'][number]['spec']) {
  return modelDeviation(buildGeneralModel(spec), scaledRates(4).predict);
}

describe('thinTrajectory', () => {
  it('keeps ≤ 101 evenly chosen rows of the 201-point window, t = 0 and T_D among them, the values copied', () => {
    const times = evenTimes(D2_POINTS, 123.4);
    const rows = Array.from(times, (t) => [t, -t]);
    const tr = thinTrajectory(times, rows, rows, rows);
    expect(tr.times.length).toBeLessThanOrEqual(TRAJECTORY_POINTS);
    expect(tr.times[0]).toBe(times[0]);
    expect(tr.times.at(-1)).toBe(times[D2_POINTS - 1]);
    const index = tr.times.map((t) => times.indexOf(t));
    const steps = index.slice(1).map((j, k) => j - index[k]);
    // evenly chosen: the index steps differ by at most one (rounding of j·(T − 1)/(K − 1))
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThanOrEqual(1);
    tr.exact.forEach((row, j) => expect(row).toEqual(rows[index[j]]));
  });
});

describe('the evaluation keeps the trajectories of the worst and the shrunk model only', () => {
  it('worst: ≤ 101 points from t = 0 to T_D, its last row the recorded finalExact/finalPredicted/finalHam exactly', () => {
    const m = bad.models[bad.worst.index];
    const tr = bad.worst.trajectory as Trajectory;
    expect(tr.times.length).toBeLessThanOrEqual(TRAJECTORY_POINTS);
    expect(tr.times[0]).toBe(0);
    expect(tr.times.at(-1)).toBe(evenTimes(D2_POINTS, m.window)[D2_POINTS - 1]);
    expect(tr.exact.at(-1)).toStrictEqual(m.finalExact);
    expect(tr.predicted.at(-1)).toStrictEqual(m.finalPredicted);
    expect(tr.ham.at(-1)).toStrictEqual(m.finalHam);
    for (const rows of [tr.exact, tr.predicted, tr.ham]) {
      expect(rows).toHaveLength(tr.times.length);
      for (const row of rows) expect(row).toHaveLength(m.spec.sites.length);
    }
    // the worst is the first model with the largest n̄·D̄²
    expect(bad.worst.index).toBe(bad.models.findIndex((x) => x.scaled === Math.max(...bad.models.map((y) => y.scaled))));
  });

  it('no model record carries a trajectory (memory and report size: only worst and shrunk)', () => {
    for (const m of bad.models) expect(m).not.toHaveProperty('trajectory');
  });

  it('shrunk: its trajectory is what the shrunk model gives when measured again, ends equal to its finals', async () => {
    expect(bad.shrunk).not.toBeNull(); // precondition: rates / 4 exceeds the one-model bound on some model
    const s = bad.shrunk!;
    const again = await remeasured(s.spec);
    expect(again.scaled).toBe(s.scaled);
    expect(s.trajectory).toStrictEqual(again.trajectory);
    expect(s.trajectory!.exact.at(-1)).toStrictEqual(again.finalExact);
    expect(s.trajectory!.predicted.at(-1)).toStrictEqual(again.finalPredicted);
    expect(s.trajectory!.ham.at(-1)).toStrictEqual(again.finalHam);
    expect(s.trajectory!.times[0]).toBe(0);
    expect(s.trajectory!.times.length).toBeLessThanOrEqual(TRAJECTORY_POINTS);
  }, 20_000);

  it('the JSON report (hamcheck-variant/1) carries both as optional fields, numbers round-tripped exactly', () => {
    const json = JSON.parse(variantJson(bad));
    expect(json.format).toBe('hamcheck-variant/1');
    expect(json.worst.trajectory).toStrictEqual(bad.worst.trajectory);
    expect(json.shrunk.trajectory).toStrictEqual(bad.shrunk!.trajectory);
    for (const m of json.models) expect(m).not.toHaveProperty('trajectory');
  });
});

/** Lines (solid then dashed, one per site each) and dots of a trajectory figure, checked against `tr`. */
function checkTrajectoryFigure(f: VariantFigure, tr: Trajectory) {
  const N = tr.exact[0].length;
  const T = tr.times.length;
  const [dots] = markGroups(f.svg, 'symbol').map((g) => kids(g, 'path'));
  expect(dots).toHaveLength(N * T);
  // the dots come row by row (time j, site µ): pixel maps from them, written unrounded
  const tOver = tr.times.map((t) => t / tr.times[T - 1]);
  const xOf = linearMap(dots.map((d) => d.x), tOver.flatMap((t) => new Array(N).fill(t)));
  const yOf = linearMap(dots.map((d) => d.y), tr.exact.flat());
  const lines = markGroups(f.svg, 'line');
  expect(lines).toHaveLength(2 * N); // one line per site for the variant, one for the generalized HAM
  lines.forEach((g, k) => {
    const path = kids(g, 'path')[0];
    const values = k < N ? tr.predicted : tr.ham;
    const mu = k % N;
    const pts = pathPoints(path.el.attrs.d);
    expect(pts).toHaveLength(T);
    pts.forEach(([px, py], j) => {
      expect(Math.abs(px + g.x - xOf(tOver[j]))).toBeLessThan(PATH_PX);
      expect(Math.abs(py + g.y - yOf(values[j][mu]))).toBeLessThan(PATH_PX);
    });
    expect(path.el.attrs['stroke-dasharray']).toBe(k < N ? undefined : HAM_DASH.join(','));
    // one colour per site, the same for both lines of a site
    expect(path.el.attrs.stroke).toBe(kids(lines[mu], 'path')[0].el.attrs.stroke);
  });
  expect(new Set(lines.slice(0, N).map((g) => kids(g, 'path')[0].el.attrs.stroke)).size).toBe(N);
  // three legends, each P₁ … P_N drawn as its marks: solid strokes, dashed strokes, filled dots
  const legends = walk(parseXml(f.svg)).filter((p) => p.el.attrs.class === 'mark-group role-legend');
  expect(legends).toHaveLength(3);
  const symbols = legends.map((l) => walk(l.el).filter((p) => (p.el.attrs.class ?? '').startsWith('mark-symbol role-legend-symbol')).flatMap((p) => kids(p, 'path').map((q) => q.el.attrs)));
  symbols.forEach((s) => expect(s).toHaveLength(N));
  const colour = (mu: number) => kids(lines[mu], 'path')[0].el.attrs.stroke;
  const stroke = /^M[-\d.]+,0L[-\d.]+,0$/; // a horizontal stroke
  symbols[0].forEach((a, mu) => expect([stroke.test(a.d), a.stroke, a['stroke-dasharray']]).toEqual([true, colour(mu), undefined]));
  symbols[1].forEach((a, mu) => expect([stroke.test(a.d), a.stroke, a['stroke-dasharray']]).toEqual([true, colour(mu), HAM_DASH.join(',')]));
  symbols[2].forEach((a, mu) => expect([a.d.includes('A'), a.fill]).toEqual([true, colour(mu)])); // a filled circle (arcs)
  // the caption's numbers are the data's
  const gap = Math.max(...tr.exact.flatMap((row, j) => row.map((p, mu) => Math.abs(tr.predicted[j][mu] - p))));
  expect(largestGap(tr.exact, tr.predicted).gap).toBe(gap);
  expect(f.caption).toContain(formatNumber(gap, 3));
  expect(f.caption).toContain(`on ${T} of the window's times`);
}

describe('the population figures over time', () => {
  it('variant-populations: the worst model, its n̄·D̄² in the caption', () => {
    const f = fig('variant-populations');
    const m = bad.models[bad.worst.index];
    expect(f.title).toContain(`#${m.index + 1}`);
    expect(f.caption).toContain(formatNumber(m.scaled, 3));
    expect(f.caption).toContain(formatNumber(m.hamScaled, 3));
    checkTrajectoryFigure(f, bad.worst.trajectory!);
  });

  it('variant-populations-shrunk: the shrunk counterexample, after the worst model', () => {
    expect(figs.map((f) => f.name)).toEqual(['variant-distribution', 'variant-scaling', 'variant-populations', 'variant-populations-shrunk']);
    const f = fig('variant-populations-shrunk');
    expect(f.caption).toContain(`${formatNumber(bad.shrunk!.scaled, 3)} > ${formatNumber(bad.shrunk!.bound, 3)}`);
    expect(f.svg).toContain(bad.shrunk!.summary.slice(0, 20));
    checkTrajectoryFigure(f, bad.shrunk!.trajectory!);
  });

  it('the pages: four figures linked and inlined, ids unique; byte-identical files on a second call', async () => {
    const files = await variantReportFiles(bad);
    expect(files.map((f) => f.name)).toEqual(['variant.json', 'variant.md', 'variant.html', ...figs.map((f) => `${f.name}.svg`)]);
    expect(files[1].content).toContain('![Pµ(t) of the shrunk counterexample');
    expect(files[1].content).toContain('`shrunk.trajectory` in variant.json');
    expect(files[2].content).toContain(fig('variant-populations-shrunk').svg);
    const ids = figs.flatMap((f) => [...f.svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    const again = await variantReportFiles(bad);
    expect(again).toEqual(files);
  }, 30_000);
});
