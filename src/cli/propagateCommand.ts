import { dumpModel } from '../model/dumpModel.ts';
import { bondCriteria, worstBondCriteria } from '../model/graph/bondCriteria.ts';
import { dumpGeneralModel } from '../model/graph/dumpGeneralModel.ts';
import { estimateGraphPropagation, isGraphModelInput, validateGraphPropagationSpec } from '../runs/graphPropagationSpec.ts';
import { runGraphPropagation } from '../runs/runGraphPropagation.ts';
import { criteria, type Criteria } from '../model/criteria.ts';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { validatePropagationSpec } from '../runs/propagationSpec.ts';
import { estimatePropagation, type RunEstimate } from '../runs/runEstimate.ts';
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
  const general = input !== null && typeof input === 'object' && isGraphModelInput((input as { model?: unknown }).model);
  const kind: PropagationKind = general ? graphKind(input) : chainKind(input);
  warnCriteria(kind.criteria, 'this model');
  announceLongRun(kind.estimate, 'this run');
  const progress = createProgress({ label: `propagate ${specPath}`, total: 100 });
  let run;
  try {
    run = kind.run((f) => progress.update(Math.round(100 * f)));
  } finally {
    progress.stop();
  }
  const json = `${JSON.stringify(stampOutput(OUTPUT_FORMATS.propagate, run.report))}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  if (opts.dumpModel) await writeFileAtomic(opts.dumpModel, `${JSON.stringify(run.dump())}\n`);
  return 0;
}

/** One validated spec, chain or general model: what is warned and announced before compute, and the run. */
interface PropagationKind {
  criteria: Criteria;
  estimate: RunEstimate;
  run(onProgress: (fraction: number) => void): { report: object; dump(): object };
}

function chainKind(input: unknown): PropagationKind {
  const spec = validatePropagationSpec(input);
  return {
    criteria: criteria(spec.model),
    estimate: estimatePropagation(spec),
    run(onProgress) {
      const r = runPropagation(spec, onProgress);
      return { report: r.report, dump: () => stampOutput(OUTPUT_FORMATS.model, dumpModel(r.model, r.psi0)) };
    },
  };
}

function graphKind(input: unknown): PropagationKind {
  const spec = validateGraphPropagationSpec(input);
  return {
    criteria: worstBondCriteria(bondCriteria(spec.model)),
    estimate: estimateGraphPropagation(spec),
    run(onProgress) {
      const r = runGraphPropagation(spec, onProgress);
      return { report: r.report, dump: () => stampOutput(OUTPUT_FORMATS.generalModel, dumpGeneralModel(r.model, r.psi0)) };
    },
  };
}
