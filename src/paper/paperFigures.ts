import { scientific } from '../report/axisFormat.ts';
import { formatNumber } from '../report/markdownTable.ts';
import { histogramPlotSvg } from '../report/histogramPlot.ts';
import { kappaThPlotSvg } from '../report/kappaThPlot.ts';
import { scalingPlotSvg } from '../report/scalingPlot.ts';
import type { RelaxationRun } from '../transport/relaxationKappaTh.ts';
import type { Fig4Result } from './fig4Ensemble.ts';
import type { Fig5Result } from './fig5Scaling.ts';
import type { Fig8Report } from './fig8Report.ts';
import type { ModelSpec } from '../model/modelSpec.ts';

/** The SVGs of Figs. 4, 5 and 8 from their computed results (captions with the paper's parameters). */
export function fig4Svg(cfg: { model: ModelSpec; states: number; points: number; untilKappa: number }, r: Fig4Result): Promise<string> {
  const m = cfg.model;
  return histogramPlotSvg({
    title: `Fig. 4: D²₁ over ${cfg.states} random initial states (N = ${m.sites}, n = ${m.levels})`,
    subtitle: `δε = ${m.bandWidth}, λ = ${scientific(m.coupling)}, ΔE = ${m.gap}; D²₁ (33) over T_D = ${cfg.untilKappa}/κ on ${cfg.points} points`,
    xLabel: '10³ · D²₁ (dimensionless)',
    values: r.d2,
    scale: 1e3,
    bins: 40,
    markers: [
      { name: 'exact Haar average (no sampling)', value: r.haarMean },
      { name: 'sampled mean', value: r.sampledMean ?? r.haarMean, dash: [5, 3] },
    ],
  });
}

export function fig5Svg(cfg: { model: ModelSpec; sites: number; c1: number; insetLevels: number }, r: Fig5Result): Promise<string> {
  const fit = { slope: r.slope, intercept: Math.log(r.againstN[0].d2) - r.slope * Math.log(r.againstN[0].levels) };
  // the fit line through the least-squares centre, not the first point
  const xs = r.againstN.map((p) => Math.log(p.levels));
  const ys = r.againstN.map((p) => Math.log(p.d2));
  fit.intercept = ys.reduce((a, b) => a + b, 0) / ys.length - r.slope * (xs.reduce((a, b) => a + b, 0) / xs.length);
  return scalingPlotSvg({
    title: `Fig. 5: exact Haar average of D²₁ (N = ${cfg.sites}, c₁ = λn/δε = ${cfg.c1})`,
    subtitle: `δε = ${cfg.model.bandWidth}, ΔE = ${cfg.model.gap}, λ = c₁δε/n; right: against N at n = ${cfg.insetLevels}`,
    panels: [
      {
        title: 'against n',
        xLabel: 'levels per band n',
        yLabel: 'D²₁ (dimensionless)',
        x: r.againstN.map((p) => p.levels),
        y: r.againstN.map((p) => p.d2),
        log: true,
        fit: { name: `fit: slope ${formatNumber(r.slope, 3)} ± ${formatNumber(r.slopeStandardError, 2)}`, ...fit },
      },
      { title: `against N (n = ${cfg.insetLevels})`, xLabel: 'subunits N', yLabel: 'D²₁ (dimensionless)', x: r.againstSites.map((p) => p.sites), y: r.againstSites.map((p) => p.d2), log: false },
    ],
  });
}

export function fig8Svg(report: Fig8Report, relaxation: RelaxationRun): Promise<string> {
  const { fig8 } = report;
  const p = fig8.parameters;
  const lo = Math.min(...relaxation.points.map((q) => q.temperature)) * 0.8;
  const curve = fig8.curve.filter((q) => q.temperature >= lo);
  const window = fig8.measured ?? [];
  return kappaThPlotSvg({
    title: `Fig. 8: heat conductivity κₜₕ(T) of (48) and from the exact dynamics`,
    subtitle: `two subunits, one band: n = ${p.levels}, δε = ${p.bandWidth}, λ = ${scientific(p.coupling)}, ΔE = ${p.gap}; units ħ = ΔE = 1, Boltzmann constant 1; error bars 1σ`,
    curve: { name: '(48)', temperature: curve.map((q) => q.temperature), kappaTh: curve.map((q) => q.kappaTh) },
    measured: [
      {
        name: `relaxation of ΔT(t) (${relaxation.realizations} states)`,
        temperature: relaxation.points.map((q) => q.temperature),
        kappaTh: relaxation.points.map((q) => q.kappaTh),
        uncertainty: relaxation.points.map((q) => q.uncertainty),
        formula: relaxation.points.map((q) => q.kappaThFormula),
      },
      {
        name: 'window slope at fixed ΔT (secondary)',
        temperature: window.map((q) => q.temperature),
        kappaTh: window.map((q) => q.kappaTh),
        uncertainty: window.map((q) => q.uncertainty),
        formula: window.map((q) => q.kappaThFormula),
      },
    ],
  });
}
