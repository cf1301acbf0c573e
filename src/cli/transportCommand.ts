import { criteria } from '../model/criteria.ts';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { runTransport, validateTransportSpec } from '../runs/runTransport.ts';
import { checkOutputFile } from './outputPath.ts';
import { readJsonFile } from './readJsonFile.ts';
import { warnCriteria } from './runNotices.ts';

/**
 * `hamcheck transport SPEC.json [--out FILE]`: heat capacity, κ and κ_th per temperature (Secs. VI–VIII),
 * and with `"measure": true` κ_th measured from the exact dynamics of quasi-thermal product states.
 *
 * @remarks
 * Spec: `{"model": {"levels", "bandWidth", "coupling", "gap", "bands"}, "temperatures": [...], "measure": false}`
 * (see {@link validateTransportSpec}). Output `{"results": [...]}`, one object per temperature in the order
 * given, with `temperature`, `c`, `kappa`, `kappaTh`, and when measured `kappaThMeasured`, `uncertainty` (1σ
 * statistical) and `kappaThFiniteTime`, plus `measurement` (window, realizations, remainder bound). Current sign
 * convention: J > 0 from the hotter to the colder subunit. JSON (format `hamcheck-transport/1`) goes to
 * stdout, or atomically to `--out` (checked before any compute). A band outside the golden-rule regime
 * (criteria (29) with that band's n) is warned about on stderr.
 * Bad input throws a HamcheckInputError (the CLI prints it and exits 2).
 * @returns the exit code (0).
 */
export async function transportCommand(specPath: string, opts: { out?: string }): Promise<number> {
  if (opts.out) checkOutputFile(opts.out, '--out');
  const spec = validateTransportSpec(await readJsonFile(specPath));
  const { levels, coupling, bandWidth } = spec.model;
  (Array.isArray(levels) ? levels : [levels]).forEach((n, i, all) =>
    warnCriteria(criteria({ coupling, levels: n, bandWidth }), all.length > 1 ? `band ${i + 1} (golden-rule regime)` : 'this model (golden-rule regime)'),
  );
  let report;
  if (spec.measure) {
    const progress = createProgress({ label: `transport ${specPath}`, total: 100 });
    try {
      report = runTransport(spec, (f) => progress.update(Math.round(100 * f)));
    } finally {
      progress.stop();
    }
  } else {
    report = runTransport(spec);
  }
  const json = `${JSON.stringify(stampOutput(OUTPUT_FORMATS.transport, report))}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  return 0;
}
