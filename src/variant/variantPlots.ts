import { dotPlotSvg, paddedDomain } from '../report/dotPlot.ts';
import { logLogScatterSvg } from '../report/logLogScatter.ts';
import { formatNumber } from '../report/markdownTable.ts';
import { subscriptDigits } from '../report/populationPlot.ts';
import { figureSvgIds } from '../report/figureSvgIds.ts';
import type { VariantEvaluation } from './evaluateVariant.ts';

/** One figure of the variant page: written as `name.svg`, shown with its title and caption. */
export interface VariantFigure {
  /** File stem (no extension), stable across runs. */
  name: string;
  title: string;
  /** What is plotted, in words, with the numbers of the evaluation. */
  caption: string;
  svg: string;
}

/** Colours: the variant red, the generalized HAM blue, the exact dynamics black (as on the paper figures). */
const VARIANT_COLOR = '#d62728';
const HAM_COLOR = '#1f77b4';
const EXACT_COLOR = '#222222';

const fmt = (x: number) => formatNumber(x, 3);

/**
 * The figures of the `hamcheck variant` page, from the evaluation alone (no dynamics re-run):
 * 1. `variant-distribution`: n̄·D̄² of every model, variant and generalized HAM on the same models, log axis, with
 *    C (one model: D̄² ≤ C/n̄), the acceptance bound and both geometric means;
 * 2. `variant-scaling`: D̄² = (n̄·D̄²)/n̄ against n̄ per model on log–log axes, with the C/n̄ line and, when the
 *    family varies n̄ (`exponent` present), the fitted power laws through the least-squares centre;
 * 3. `variant-populations`: P_µ(T_D) of the worst sampled model (first initial state): exact, variant,
 *    generalized HAM (the time series are not kept by the evaluation).
 *
 * @remarks Deterministic: the SVGs depend only on `e` (Vega renders headless, no dates; its per-process clip ids
 * are renamed per figure by {@link figureSvgIds}, which also keeps them unique when the SVGs are inlined together).
 */
export async function variantFigures(e: VariantEvaluation): Promise<VariantFigure[]> {
  const figures = [await distributionFigure(e), await scalingFigure(e), await populationsFigure(e)];
  return figures.map((f) => ({ ...f, svg: figureSvgIds(f.svg, f.name) }));
}

async function distributionFigure(e: VariantEvaluation): Promise<VariantFigure> {
  const rowV = `variant: ${e.variant}`;
  const rowH = 'generalized HAM (same models)';
  const { c, bound } = e.criterion;
  const M = e.models.length;
  const title = `n̄·D̄² over the family: ${e.variant} and the generalized HAM (${M} models)`;
  const svg = await dotPlotSvg({
    title,
    subtitle: `one dot per model (mean of ${e.statesPerModel} initial states); seed ${e.seed}`,
    xLabel: 'n̄·D̄² (dimensionless)',
    xScale: 'log',
    rows: [rowV, rowH],
    series: [
      { name: e.variant, color: VARIANT_COLOR, filled: true, points: e.models.map((m) => ({ row: rowV, x: m.scaled })) },
      { name: 'generalized HAM', color: HAM_COLOR, filled: true, points: e.models.map((m) => ({ row: rowH, x: m.hamScaled })) },
      {
        name: 'geometric mean',
        color: EXACT_COLOR,
        filled: false,
        shape: 'diamond',
        size: 220,
        points: [
          { row: rowV, x: e.variantStats.geometricMean },
          { row: rowH, x: e.hamStats.geometricMean },
        ],
      },
    ],
    markers: [
      { name: `acceptance bound ${fmt(bound)} (geometric mean, M = ${e.familySize})`, value: bound, color: VARIANT_COLOR },
      { name: `C = ${fmt(c)} (one model: D̄² ≤ C/n̄)`, value: c, color: '#555555', dash: [6, 3] },
    ],
  });
  const caption = `Each dot is one model's n̄·D̄² (D̄² = (1/N)Σ_µ D²_µ (33) over T_D = 5/κ_min, n̄ = dim/N). Geometric mean ${fmt(e.variantStats.geometricMean)} for ${e.variant}, ${fmt(e.hamStats.geometricMean)} for the generalized HAM; accepted iff the variant's is ≤ ${fmt(bound)} (solid line). Dashed: C = ${fmt(c)}; ${fmt(e.variantStats.fractionWithinCOverN)} of the variant's models lie left of it.`;
  return { name: 'variant-distribution', title, caption, svg };
}

async function scalingFigure(e: VariantEvaluation): Promise<VariantFigure> {
  const n = e.models.map((m) => m.meanLevels);
  const dV = e.models.map((m) => m.scaled / m.meanLevels);
  const dH = e.models.map((m) => m.hamScaled / m.meanLevels);
  const span = paddedDomain(Math.min(...n), Math.max(...n), true);
  const { c } = e.criterion;
  const lines: Parameters<typeof logLogScatterSvg>[0]['lines'] = [{ name: `C/n̄, C = ${fmt(c)}`, color: '#555555', dash: [6, 3], x: span, y: span.map((x) => c / x) }];
  const ex = e.exponent;
  if (ex) {
    lines.push(
      { name: `fit ${e.variant}: D̄² ∝ n̄^${fmt(ex.slope)} (± ${formatNumber(ex.standardError, 2)})`, color: VARIANT_COLOR, x: span, y: powerLaw(n, dV, ex.slope, span) },
      { name: `fit generalized HAM: D̄² ∝ n̄^${fmt(ex.hamSlope)}`, color: HAM_COLOR, dash: [2, 2], x: span, y: powerLaw(n, dH, ex.hamSlope, span) },
    );
  }
  const title = `D̄² against n̄ per model: ${e.variant} and the generalized HAM`;
  const svg = await logLogScatterSvg({
    title,
    subtitle: ex ? 'fits: least squares of ln D̄² on ln n̄' : 'no fit: the family varies n̄ by less than 1.5×',
    xLabel: 'mean levels per site n̄ = dim/N',
    yLabel: 'D̄² (dimensionless)',
    points: [
      { name: e.variant, color: VARIANT_COLOR, filled: true, x: n, y: dV },
      { name: 'generalized HAM (open)', color: HAM_COLOR, filled: false, x: n, y: dH },
    ],
    lines,
  });
  const caption = `One filled dot (${e.variant}) and one open circle (generalized HAM) per model. ${ex ? `Fitted exponent ${fmt(ex.slope)} ± ${formatNumber(ex.standardError, 2)} (generalized HAM ${fmt(ex.hamSlope)}).` : 'No exponent: n̄ varies by less than 1.5× over the family.'} Dashed: D̄² = C/n̄ with C = ${fmt(c)}; models below it count in the fraction ${fmt(e.variantStats.fractionWithinCOverN)}.`;
  return { name: 'variant-scaling', title, caption, svg };
}

async function populationsFigure(e: VariantEvaluation): Promise<VariantFigure> {
  const m = e.models[e.worst.index];
  const rows = m.finalExact.map((_, mu) => `P${subscriptDigits(mu + 1)}`);
  const pts = (p: number[]) => p.map((x, mu) => ({ row: rows[mu], x }));
  const title = `Populations at T_D of the worst model, #${m.index + 1}: exact, ${e.variant}, generalized HAM`;
  const svg = await dotPlotSvg({
    title,
    subtitle: `${m.summary}; T_D = 5/κ_min = ${fmt(m.window)}, first initial state`,
    xLabel: 'site population Pµ at T_D',
    yLabel: 'site',
    xScale: 'linear',
    // from 0, so the gaps read at their true size against the populations themselves
    xDomain: [0, Math.min(1, 1.1 * Math.max(...m.finalExact, ...m.finalPredicted, ...m.finalHam))],
    rows,
    offsetSeries: true,
    series: [
      { name: 'exact', color: EXACT_COLOR, filled: true, points: pts(m.finalExact) },
      { name: e.variant, color: VARIANT_COLOR, filled: true, points: pts(m.finalPredicted) },
      { name: 'generalized HAM', color: HAM_COLOR, filled: false, points: pts(m.finalHam) },
    ],
  });
  const gap = Math.max(...m.finalExact.map((p, mu) => Math.abs(m.finalPredicted[mu] - p)));
  const caption = `Model #${m.index + 1} has the largest n̄·D̄² of ${e.variant} (${fmt(m.scaled)}; generalized HAM ${fmt(m.hamScaled)}). Its populations at the end of the window: largest gap between ${e.variant} and the exact dynamics ${fmt(gap)}.`;
  return { name: 'variant-populations', title, caption, svg };
}

/** y = e^a x^slope at `xs`, a such that the line passes through the centre (mean ln x, mean ln y) of the data. */
function powerLaw(x: number[], y: number[], slope: number, xs: number[]): number[] {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const a = mean(y.map(Math.log)) - slope * mean(x.map(Math.log));
  return xs.map((v) => Math.exp(a + slope * Math.log(v)));
}
