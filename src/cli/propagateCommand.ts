import { dumpModel } from '../model/dumpModel.ts';
import { bondCriteria, worstBondCriteria } from '../model/graph/bondCriteria.ts';
import { dumpGeneralModel } from '../model/graph/dumpGeneralModel.ts';
import { estimateGraphPropagation, isGraphModelInput, validateGraphPropagationSpec } from '../runs/graphPropagationSpec.ts';
import { runGraphPropagation } from '../runs/runGraphPropagation.ts';
import { criteria } from '../model/criteria.ts';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { validatePropagationSpec } from '../runs/propagationSpec.ts';
import { estimatePropagation } from '../runs/runEstimate.ts';
import { runPropagation } from '../runs/runPropagation.ts';
import { checkOutputFile } from './outputPath.ts';
import { readJsonFile } from './readJsonFile.ts';
import { announceLongRun, warnCriteria } from './runNotices.ts';

/**
 * `hamcheck propagate SPEC.json [--out FILE] [--dump-model FILE]`: exact dynamics, HAM and D² of one
 * spec, as JSON (format `hamcheck-propagate/1`, see {@link PropagationReport}); `--dump-model` writes the
 * explicit model and initial state (format `hamcheck-model/1`) that reproduce the run exactly. A spec whose
 * model has a `topology` is a general model (src/runs/graphPropagationSpec.ts): the report gains `topology`
 * and per-bond `bonds`, and the dump is `hamcheck-model/2`.
 *
 * @remarks Before any compute: the output paths are checked, the spec is validated with every size it
 * implies, a violation of the criteria (29) is warned about, and a run estimated at over a minute or
 * 1 GiB is announced (all on stderr).
 */
export async function propagateCommand(specPath: string, opts: { out?: string; dumpModel?: string }): Promise<number> {
  if (opts.out) checkOutputFile(opts.out, '--out');
  if (opts.dumpModel) checkOutputFile(opts.dumpModel, '--dump-model');
  const input = await readJsonFile(specPath);
  if (input !== null && typeof input === 'object' && isGraphModelInput((input as { model?: unknown }).model)) return propagateGraph(specPath, input, opts);
  const spec = validatePropagationSpec(input);
  warnCriteria(criteria(spec.model), 'this model');
  announceLongRun(estimatePropagation(spec), 'this run');
  const progress = createProgress({ label: `propagate ${specPath}`, total: 100 });
  let run;
  try {
    run = runPropagation(spec, (f) => progress.update(Math.round(100 * f)));
  } finally {
    progress.stop();
  }
  const json = `${JSON.stringify(stampOutput(OUTPUT_FORMATS.propagate, run.report))}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  if (opts.dumpModel) {
    await writeFileAtomic(opts.dumpModel, `${JSON.stringify(stampOutput(OUTPUT_FORMATS.model, dumpModel(run.model, run.psi0)))}\n`);
  }
  return 0;
}

/** `hamcheck propagate` of a general model: the same steps and outputs as the chain's. */
async function propagateGraph(specPath: string, input: unknown, opts: { out?: string; dumpModel?: string }): Promise<number> {
  const spec = validateGraphPropagationSpec(input);
  warnCriteria(worstBondCriteria(bondCriteria(spec.model)), 'this model');
  announceLongRun(estimateGraphPropagation(spec), 'this run');
  const progress = createProgress({ label: `propagate ${specPath}`, total: 100 });
  let run;
  try {
    run = runGraphPropagation(spec, (f) => progress.update(Math.round(100 * f)));
  } finally {
    progress.stop();
  }
  const json = `${JSON.stringify(stampOutput(OUTPUT_FORMATS.propagate, run.report))}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  if (opts.dumpModel) await writeFileAtomic(opts.dumpModel, `${JSON.stringify(stampOutput(OUTPUT_FORMATS.generalModel, dumpGeneralModel(run.model, run.psi0)))}\n`);
  return 0;
}
