import { scientific } from '../report/axisFormat.ts';
import { join } from 'node:path';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { populationPlotSvg } from '../report/populationPlot.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import type { PropagationSpec } from '../runs/propagationSpec.ts';
import { runPropagation, type PropagationReport } from '../runs/runPropagation.ts';
import { cachedStage } from './stageCache.ts';

/**
 * Reproduces one population figure (Figs. 2, 3): exact populations (dots) over HAM (lines).
 *
 * @remarks Writes `<name>.json` (spec + {@link PropagationReport}) and `<name>.svg` into `outDir`,
 * atomically, and returns the report for the page. With `cacheDir` the dynamics are reused from
 * `<cacheDir>/<name>-<hash>.json` when the spec and the code are unchanged ({@link cachedStage}).
 */
export async function populationFigure(name: string, title: string, spec: PropagationSpec, outDir: string, cacheDir: string | null = null): Promise<PropagationReport> {
  const progress = createProgress({ label: `${name}: exact dynamics`, total: 100 });
  let report: PropagationReport;
  try {
    report = (await cachedStage(cacheDir, name, spec, () => runPropagation(spec, (f) => progress.update(Math.round(100 * f))).report)).value;
  } finally {
    progress.stop();
  }
  await writeFileAtomic(join(outDir, `${name}.json`), `${JSON.stringify(stampOutput(OUTPUT_FORMATS.populationFigure, { spec, ...report }))}\n`);
  const m = spec.model;
  const svg = await populationPlotSvg({
    title: `${title}, n = ${m.levels}, δε = ${m.bandWidth}, λ = ${scientific(m.coupling)}, ΔE = ${m.gap}`,
    subtitle: `${m.ensemble} couplings, random initial state in band 1 · dots: exact Schrödinger dynamics, lines: HAM (30)–(32)`,
    times: report.times.map((t) => t * report.kappa),
    timeLabel: 'time κt (t in units of 1/κ)',
    exact: report.exact,
    ham: report.ham,
  });
  await writeFileAtomic(join(outDir, `${name}.svg`), svg);
  return report;
}
