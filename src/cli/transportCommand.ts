import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { runTransport, validateTransportSpec } from '../transport/runTransport.ts';
import { readJsonFile } from './readJsonFile.ts';

/**
 * `hamcheck transport SPEC.json [--out FILE]`: heat capacity, κ and κ_th per temperature (Secs. VI–VIII),
 * and with `"measure": true` κ_th measured from the exact dynamics of quasi-thermal product states.
 *
 * @remarks
 * Spec: `{"model": {"levels", "bandWidth", "coupling", "gap", "bands"}, "temperatures": [...], "measure": false}`
 * (see {@link validateTransportSpec}). Output `{"results": [...]}`, one object per temperature in the order
 * given, with `temperature`, `c`, `kappa`, `kappaTh`, and when measured `kappaThMeasured`, `uncertainty` (1σ
 * statistical) and `kappaThFiniteTime`, plus `measurement` (window, realizations, remainder bound). Current sign
 * convention: J > 0 from the hotter to the colder subunit. JSON goes to stdout, or atomically to `--out`.
 * Bad input throws a HamcheckInputError (the CLI prints it and exits 2).
 * @returns the exit code (0).
 */
export async function transportCommand(specPath: string, opts: { out?: string }): Promise<number> {
  const spec = validateTransportSpec(await readJsonFile(specPath));
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
  const json = `${JSON.stringify(report)}\n`;
  if (opts.out) await writeFileAtomic(opts.out, json);
  else process.stdout.write(json);
  return 0;
}
