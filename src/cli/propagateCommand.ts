import { dumpModel } from '../model/dumpModel.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { validatePropagationSpec } from '../runs/propagationSpec.ts';
import { runPropagation } from '../runs/runPropagation.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * `hamcheck propagate SPEC.json [--out FILE] [--dump-model FILE]`: exact dynamics, HAM and D² of one
 * spec, as JSON (see {@link PropagationReport}); `--dump-model` writes the explicit model and initial
 * state (format `hamcheck-model/1`) that reproduce the run exactly.
 */
export async function propagateCommand(specPath: string, opts: { out?: string; dumpModel?: string }): Promise<number> {
  const spec = validatePropagationSpec(await readJsonFile(specPath));
  const progress = createProgress({ label: `propagate ${specPath}`, total: 100 });
  let run;
  try {
    run = runPropagation(spec, (f) => progress.update(Math.round(100 * f)));
  } finally {
    progress.stop();
  }
  const json = `${JSON.stringify(run.report)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  if (opts.dumpModel) await writeFileAtomic(opts.dumpModel, `${JSON.stringify(dumpModel(run.model, run.psi0))}\n`);
  return 0;
}
