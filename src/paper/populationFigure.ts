import { join } from 'node:path';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { populationPlotSvg } from '../report/populationPlot.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import type { PropagationSpec } from '../runs/propagationSpec.ts';
import { runPropagation, type PropagationReport } from '../runs/runPropagation.ts';

/**
 * Reproduces one population figure (Figs. 2, 3): exact populations (dots) over HAM (lines).
 *
 * @remarks Writes `<name>.json` (spec + {@link PropagationReport}) and `<name>.svg` into `outDir`,
 * atomically, and returns the report for the summary.
 */
export async function populationFigure(name: string, title: string, spec: PropagationSpec, outDir: string): Promise<PropagationReport> {
  const progress = createProgress({ label: `${name}: exact dynamics`, total: 100 });
  let report: PropagationReport;
  try {
    report = runPropagation(spec, (f) => progress.update(Math.round(100 * f))).report;
  } finally {
    progress.stop();
  }
  await writeFileAtomic(join(outDir, `${name}.json`), `${JSON.stringify(stampOutput(OUTPUT_FORMATS.populationFigure, { spec, ...report }))}\n`);
  const svg = await populationPlotSvg({
    title,
    times: report.times.map((t) => t * report.kappa),
    timeLabel: 'κt',
    exact: report.exact,
    ham: report.ham,
  });
  await writeFileAtomic(join(outDir, `${name}.svg`), svg);
  return report;
}
