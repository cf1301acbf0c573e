import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Shared look of all hamcheck plots (fonts, sizes, grid), merged into every Vega-Lite spec.
 *
 * @remarks
 * Plain sans-serif text and a light grid so the SVGs read like figures in a paper when viewed in a
 * browser or converted with `rsvg-convert`.
 */
export const PLOT_CONFIG = {
  font: 'Helvetica, Arial, sans-serif',
  background: 'white',
  aria: false, // no per-point aria-labels: they would double the SVG size
  padding: 8,
  view: { stroke: '#888' },
  title: { fontSize: 15, subtitleFontSize: 12, subtitleColor: '#444', anchor: 'start', offset: 10 },
  axis: { labelFontSize: 12, titleFontSize: 13, titleFontWeight: 'normal', gridColor: '#e4e4e4', tickColor: '#888' },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', symbolSize: 80, labelLimit: 420 },
} as const;

/** Width of the plotting area of every paper figure: the page column (980 px) minus axes and legend. */
export const PLOT_WIDTH = 700;

/**
 * Renders a Vega-Lite spec to a standalone SVG string, in Node, without browser or canvas.
 *
 * @remarks
 * Compiles with `vega-lite`'s `compile`, then renders headlessly with
 * `new vega.View(vega.parse(spec), { renderer: 'none' }).toSVG()`. Text widths are estimated (no
 * canvas), so labels may sit a few pixels off compared with a browser rendering.
 */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const compiled = compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
