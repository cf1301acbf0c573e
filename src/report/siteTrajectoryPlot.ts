import type { TopLevelSpec } from 'vega-lite';
import { HamcheckInputError } from '../errors.ts';
import { subscriptDigits } from './populationPlot.ts';
import { PLOT_CONFIG, PLOT_WIDTH, renderVegaLiteSvg } from './vegaSvg.ts';

/** One predicted P_µ(t) of {@link siteTrajectoryPlotSvg}: drawn as one line per site, solid or dashed. */
export interface TrajectoryLines {
  /** Legend title, e.g. the variant's name. */
  name: string;
  /** `values[j][µ]`: site µ at `times[j]`. */
  values: number[][];
  /** Stroke dash pattern in px; solid when omitted. */
  dash?: number[];
}

/** Input of {@link siteTrajectoryPlotSvg}. */
export interface SiteTrajectoryPlotInput {
  title: string;
  subtitle?: string;
  /** The x values (already in the unit `xLabel` names). */
  x: number[];
  xLabel: string;
  /** `exact[j][µ]`: the exact P_µ at `x[j]`, drawn as dots. */
  exact: number[][];
  /** Legend title of the dots. */
  exactName: string;
  lines: TrajectoryLines[];
}

/**
 * P_µ(t) of every site: the exact populations as dots and each predicted series as lines (solid or dashed),
 * one colour per site (P₁ … P_N, category10), y fixed to [0, 1].
 *
 * @remarks
 * Layers: one `mark-line` group per site for each entry of `lines` (in order), then one `mark-symbol` group
 * with every dot. One legend per layer, titled by its name, drawn as its marks are: strokes with the line's
 * dash for lines, filled circles for the dots. All points are drawn (thin before). Throws
 * {@link HamcheckInputError} when a series does not have one row of N finite values per x.
 */
export async function siteTrajectoryPlotSvg(input: SiteTrajectoryPlotInput): Promise<string> {
  const N = input.exact[0]?.length ?? 0;
  const check = (field: string, m: number[][]) => {
    if (m.length !== input.x.length) throw new HamcheckInputError(field, `${input.x.length} rows (one per x)`, m.length);
    m.forEach((row, j) => {
      if (row.length !== N || N === 0) throw new HamcheckInputError(`${field}[${j}]`, `${N || '≥ 1'} site values`, row);
      row.forEach((v, mu) => {
        if (!Number.isFinite(v)) throw new HamcheckInputError(`${field}[${j}][${mu}]`, 'a finite number', v);
      });
    });
  };
  input.x.forEach((v, j) => {
    if (!Number.isFinite(v)) throw new HamcheckInputError(`x[${j}]`, 'a finite number', v);
  });
  check('exact', input.exact);
  input.lines.forEach((l, k) => check(`lines[${k}].values`, l.values));
  const labels = Array.from({ length: N }, (_, mu) => `P${subscriptDigits(mu + 1)}`);
  const rows = (m: number[][]) => m.flatMap((row, j) => row.map((p, mu) => ({ t: input.x[j], p, s: labels[mu] })));
  const color = (title: string, legend: object) => ({ field: 's', type: 'nominal', scale: { domain: labels, scheme: 'category10' }, legend: { title, orient: 'right', titleLimit: 400, ...legend } });
  const layers: object[] = input.lines.map((l) => ({
    data: { values: rows(l.values) },
    mark: { type: 'line', strokeWidth: 1.8, clip: true, ...(l.dash ? { strokeDash: l.dash } : {}) },
    encoding: { color: color(l.name, { symbolType: 'stroke', symbolStrokeWidth: 2.5, ...(l.dash ? { symbolDash: l.dash } : {}) }) },
  }));
  layers.push({
    data: { values: rows(input.exact) },
    mark: { type: 'point', filled: true, size: 22, opacity: 0.85, clip: true },
    encoding: { color: color(input.exactName, { symbolType: 'circle' }) },
  });
  const spec = {
    title: { text: input.title, subtitle: input.subtitle ?? '' },
    width: PLOT_WIDTH,
    height: 320,
    config: PLOT_CONFIG,
    encoding: {
      x: { field: 't', type: 'quantitative', axis: { title: input.xLabel, tickCount: 10, format: '~g' }, scale: { domain: [Math.min(...input.x), Math.max(...input.x)], nice: false, padding: 0 } },
      y: { field: 'p', type: 'quantitative', title: 'site population Pµ', scale: { domain: [0, 1] } },
    },
    layer: layers,
    resolve: { legend: { color: 'independent' } },
  } as unknown as TopLevelSpec;
  return renderVegaLiteSvg(spec);
}
