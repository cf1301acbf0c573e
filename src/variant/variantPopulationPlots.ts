import { dotPlotSvg } from '../report/dotPlot.ts';
import { formatNumber } from '../report/markdownTable.ts';
import { subscriptDigits } from '../report/populationPlot.ts';
import { siteTrajectoryPlotSvg } from '../report/siteTrajectoryPlot.ts';
import type { VariantEvaluation } from './evaluateVariant.ts';
import { EXACT_COLOR, HAM_COLOR, VARIANT_COLOR } from './figureColors.ts';
import type { Trajectory } from './trajectory.ts';
import type { VariantFigure } from './variantPlots.ts';

/** Dash of the generalized HAM's lines (the variant's are solid): 6 px on, 3 off. */
export const HAM_DASH = [6, 3];

const fmt = (x: number) => formatNumber(x, 3);

/** Largest |P_µ^pred − P_µ^exact| over the drawn times and sites, with where it sits (0-based j and µ). */
export function largestGap(exact: number[][], predicted: number[][]): { gap: number; j: number; mu: number } {
  let best = { gap: -1, j: 0, mu: 0 };
  exact.forEach((row, j) =>
    row.forEach((p, mu) => {
      const gap = Math.abs(predicted[j][mu] - p);
      if (gap > best.gap) best = { gap, j, mu };
    }),
  );
  return best;
}

/**
 * P_µ(t) of one model's first initial state against t/T_D (T_D = 5/κ_min the window, its last time): exact as
 * dots, the variant solid, the generalized HAM dashed ({@link HAM_DASH}), one colour per site.
 */
async function trajectorySvg(e: VariantEvaluation, tr: Trajectory, title: string, subtitle: string): Promise<string> {
  const T = tr.times[tr.times.length - 1];
  return siteTrajectoryPlotSvg({
    title,
    subtitle,
    x: tr.times.map((t) => t / T),
    xLabel: `time t / T (the window T = 5/κₘᵢₙ = ${fmt(T)})`,
    exact: tr.exact,
    exactName: 'exact (dots)',
    lines: [
      { name: `${e.variant} (solid)`, values: tr.predicted },
      { name: 'generalized HAM (dashed)', values: tr.ham, dash: HAM_DASH },
    ],
  });
}

/** The caption's numbers: the variant's largest gap to the exact P_µ(t) (where), at T_D, and the HAM's. */
function gapsText(e: VariantEvaluation, tr: Trajectory): string {
  const T = tr.times[tr.times.length - 1];
  const v = largestGap(tr.exact, tr.predicted);
  const h = largestGap(tr.exact, tr.ham);
  const end = largestGap([tr.exact[tr.exact.length - 1]], [tr.predicted[tr.predicted.length - 1]]);
  return `Largest |P_µ − P_µ^exact| of ${e.variant} over the ${tr.times.length} drawn times: ${fmt(v.gap)} (site ${v.mu + 1}, t = ${fmt(tr.times[v.j] / T)}·T_D), ${fmt(end.gap)} at T_D (site ${end.mu + 1}); generalized HAM ${fmt(h.gap)}.`;
}

/**
 * `variant-populations`: P_µ(t) of the worst sampled model ({@link trajectorySvg}); when the evaluation holds no
 * trajectory (a `hamcheck-variant/1` report from before it was kept), P_µ(T_D) as dots per site instead.
 */
export async function worstPopulationsFigure(e: VariantEvaluation): Promise<VariantFigure> {
  const m = e.models[e.worst.index];
  const tr = e.worst.trajectory;
  if (!tr) return endpointFigure(e);
  const title = `Pµ(t) of the worst model, #${m.index + 1}: exact, ${e.variant}, generalized HAM`;
  const svg = await trajectorySvg(e, tr, title, `${m.summary}; first initial state`);
  const caption = `Model #${m.index + 1} has the largest n̄·D̄² of ${e.variant} (${fmt(m.scaled)}; generalized HAM ${fmt(m.hamScaled)}). Its first initial state on ${tr.times.length} of the window's times, t from 0 to T_D = 5/κ_min = ${fmt(m.window)}: dots exact, solid ${e.variant}, dashed generalized HAM, one colour per site. ${gapsText(e, tr)}`;
  return { name: 'variant-populations', title, caption, svg };
}

/** `variant-populations-shrunk`: the same for the shrunk counterexample; null without one (or without its trajectory). */
export async function shrunkPopulationsFigure(e: VariantEvaluation): Promise<VariantFigure | null> {
  const s = e.shrunk;
  if (!s?.trajectory) return null;
  const tr = s.trajectory;
  const title = `Pµ(t) of the shrunk counterexample: exact, ${e.variant}, generalized HAM`;
  const svg = await trajectorySvg(e, tr, title, `${s.summary}; first initial state`);
  const caption = `The smallest failing model fast-check found (n̄·D̄² = ${fmt(s.scaled)} > ${fmt(s.bound)}, the one-model bound). Its first initial state on ${tr.times.length} of the window's times, t from 0 to T_D = 5/κ_min = ${fmt(tr.times[tr.times.length - 1])}: dots exact, solid ${e.variant}, dashed generalized HAM, one colour per site. ${gapsText(e, tr)}`;
  return { name: 'variant-populations-shrunk', title, caption, svg };
}

/** P_µ(T_D) of the worst model as dots per site: exact, variant, generalized HAM (no time series at hand). */
async function endpointFigure(e: VariantEvaluation): Promise<VariantFigure> {
  const m = e.models[e.worst.index];
  const rows = m.finalExact.map((_, mu) => `P${subscriptDigits(mu + 1)}`);
  const pts = (p: number[]) => p.map((x, mu) => ({ row: rows[mu], x }));
  const title = `Populations at the window's end of the worst model, #${m.index + 1}: exact, ${e.variant}, generalized HAM`;
  const svg = await dotPlotSvg({
    title,
    subtitle: `${m.summary}; window T = 5/κₘᵢₙ = ${fmt(m.window)}, first initial state`,
    xLabel: 'site population Pµ at the window’s end T = 5/κₘᵢₙ',
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
  const caption = `Model #${m.index + 1} has the largest n̄·D̄² of ${e.variant} (${fmt(m.scaled)}; generalized HAM ${fmt(m.hamScaled)}). Its populations at the end of the window (the report holds no time series): largest gap between ${e.variant} and the exact dynamics ${fmt(gap)}.`;
  return { name: 'variant-populations', title, caption, svg };
}
