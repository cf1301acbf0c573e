import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HamcheckInputError } from '../errors.ts';
import { OUTPUT_FORMATS, stampOutput } from '../outputFormat.ts';
import { hamcheckVersion } from '../packageInfo.ts';
import { fig4Ensemble } from '../paper/fig4Ensemble.ts';
import { fig5Scaling } from '../paper/fig5Scaling.ts';
import { fig8Report } from '../paper/fig8Report.ts';
import { renderFig8Note } from '../paper/fig8Note.ts';
import { F2, F3, F4, F8, FIG4_ENSEMBLE, FIG5_SCAN } from '../paper/paperConfigurations.ts';
import { paperPage, parseMutationSummary, type PaperResults, type PopulationResult } from '../paper/paperContent.ts';
import { renderHtml, renderMarkdown } from '../paper/paperPage.ts';
import { fig4Svg, fig5Svg, fig8Svg } from '../paper/paperFigures.ts';
import { populationFigure } from '../paper/populationFigure.ts';
import { cachedStage } from '../paper/stageCache.ts';
import { verifyReference, type ReferenceCheck } from '../paper/verifyReference.ts';
import { latestBenchSummary } from '../paper/benchPeers.ts';
import { REPRODUCE_SUITES, runReferenceSuites } from '../paper/suiteRun.ts';
import { formatNumber } from '../report/markdownTable.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { FIG8_MEASURED_TEMPERATURES } from '../transport/fig8.ts';
import { measureKappaThRelaxation } from '../transport/relaxationKappaTh.ts';
import { errataCommand } from './errataCommand.ts';

/** Where `hamcheck reproduce` writes under its output folder DIR. */
export function reproduceOutputs(dir: string): { paperDir: string; readme: string; html: string; errata: string; cache: string } {
  const paperDir = join(dir, 'paper');
  return { paperDir, readme: join(paperDir, 'README.md'), html: join(paperDir, 'index.html'), errata: join(dir, 'errata.md'), cache: join(dir, '.cache') };
}

export interface ReproduceOptions {
  out: string;
  only?: string;
  /** The paper's full sizes (Fig. 4: 15 000 states, 201 D² points; Fig. 5 up to n = 800, inset at n = 500). */
  full?: boolean;
  /** Reuse results under DIR/.cache (default true). */
  cache?: boolean;
}

const STAGES = ['fig2', 'fig3', 'fig4', 'fig5', 'fig8'] as const;
type Stage = (typeof STAGES)[number];

/** Random-phase realizations of the relaxation estimator and their seed. */
export const FIG8_RELAXATION = { realizations: 16, seed: 3 } as const;

async function withProgress<T>(label: string, run: (update: (f: number) => void) => Promise<T> | T): Promise<T> {
  const progress = createProgress({ label, total: 100 });
  try {
    return await run((f) => progress.update(Math.round(100 * f)));
  } finally {
    progress.stop();
  }
}

/**
 * `hamcheck reproduce --out DIR` (run by `npm start` with DIR = reports/): the paper reproduced in one page —
 * `DIR/paper/index.html` and `DIR/paper/README.md` (same content), the SVG figures and their JSON data next
 * to them, the Fig. 8 note, and the errata report `DIR/errata.md`. Expensive stages are cached under
 * `DIR/.cache/` (key: stage inputs + code hash). The property suites run against the reference (seed and budget
 * {@link REPRODUCE_SUITES}). Exit code 1 if a self-check or a property fails or an erratum is stale.
 */
export async function reproduceCommand(opts: ReproduceOptions): Promise<number> {
  const outputs = reproduceOutputs(opts.out);
  const wanted = opts.only ? opts.only.split(',').map((s) => s.trim()) : [...STAGES];
  for (const w of wanted) {
    if (!(STAGES as readonly string[]).includes(w)) throw new HamcheckInputError('--only', `a comma-separated subset of ${STAGES.join(', ')}`, w);
  }
  const want = (s: Stage): boolean => wanted.includes(s);
  const full = opts.full ?? false;
  const cacheDir = opts.cache === false ? null : outputs.cache;
  const dir = outputs.paperDir;
  const started = performance.now();
  const results: PaperResults = { version: hamcheckVersion(), full, populations: [], seconds: {} };
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const v = await f();
    results.seconds[name] = (performance.now() - t) / 1000;
    return v;
  };

  for (const [name, spec, title] of [
    ['fig2', F2, 'Fig. 2: N = 3 subunits'],
    ['fig3', F3, 'Fig. 3: N = 5 subunits'],
  ] as const) {
    if (!want(name)) continue;
    const report = await timed(name, () => populationFigure(name, title, spec, dir, cacheDir));
    results.populations.push({ name, title, spec, report } satisfies PopulationResult);
    process.stderr.write(`${name}: D²₁ = ${formatNumber(report.d2?.[0] ?? Number.NaN, 3)} → ${join(dir, `${name}.svg`)}\n`);
  }

  if (want('fig4')) {
    const cfg = { model: F4.model, states: full ? FIG4_ENSEMBLE.fullStates : FIG4_ENSEMBLE.states, seed: FIG4_ENSEMBLE.seed, untilKappa: F4.d2.untilKappa, points: full ? FIG4_ENSEMBLE.fullPoints : FIG4_ENSEMBLE.points };
    const { value } = await timed('fig4', () =>
      withProgress('fig4: D²₁ over random initial states', (u) => cachedStage(cacheDir, 'fig4', cfg, () => fig4Ensemble({ ...cfg, onProgress: u }))),
    );
    results.fig4 = { config: cfg, result: value };
    await writeFileAtomic(join(dir, 'fig4.json'), `${JSON.stringify({ format: 'hamcheck-fig4/1', hamcheck: results.version, config: cfg, ...value })}\n`);
    await writeFileAtomic(join(dir, 'fig4.svg'), await fig4Svg(cfg, value));
    process.stderr.write(`fig4: E_Haar[D²₁] = ${formatNumber(value.haarMean, 3)}, sampled ${formatNumber(value.sampledMean ?? Number.NaN, 3)} → ${join(dir, 'fig4.svg')}\n`);
  }

  if (want('fig5')) {
    const cfg = {
      model: F4.model,
      c1: FIG5_SCAN.c1,
      sites: FIG5_SCAN.sites,
      levels: full ? FIG5_SCAN.fullLevels : FIG5_SCAN.levels,
      insetSites: FIG5_SCAN.insetSites,
      insetLevels: full ? FIG5_SCAN.fullInsetLevels : FIG5_SCAN.insetLevels,
      untilKappa: F4.d2.untilKappa,
      points: full ? FIG5_SCAN.fullPoints : FIG5_SCAN.points,
    };
    const { value } = await timed('fig5', () => withProgress('fig5: D²₁ against n and N', (u) => cachedStage(cacheDir, 'fig5', cfg, () => fig5Scaling({ ...cfg, onProgress: u }))));
    results.fig5 = { config: cfg, result: value };
    await writeFileAtomic(join(dir, 'fig5.json'), `${JSON.stringify({ format: 'hamcheck-fig5/1', hamcheck: results.version, config: cfg, ...value })}\n`);
    await writeFileAtomic(join(dir, 'fig5.svg'), await fig5Svg(cfg, value));
    process.stderr.write(`fig5: slope ${formatNumber(value.slope, 3)} ± ${formatNumber(value.slopeStandardError, 2)} → ${join(dir, 'fig5.svg')}\n`);
  }

  if (want('fig8')) {
    const { report, relaxation } = await timed('fig8', async () => {
      const report = (await withProgress('fig8: window slope (exact heat transport)', (u) => cachedStage(cacheDir, 'fig8', { F8, v: 1 }, () => {
        let stage = 0;
        return fig8Report({ onProgress: () => u(++stage / 5) });
      }))).value;
      const relCfg = { model: { bands: 1, ...F8, ensemble: 'GUE' as const, seed: 1 }, temperatures: FIG8_MEASURED_TEMPERATURES, ...FIG8_RELAXATION };
      const relaxation = (await withProgress('fig8: relaxation of ΔT(t)', (u) => cachedStage(cacheDir, 'fig8-relaxation', relCfg, () =>
        measureKappaThRelaxation(relCfg.model, relCfg.temperatures, { realizations: relCfg.realizations, seed: relCfg.seed, onProgress: u })))).value;
      return { report, relaxation };
    });
    results.fig8 = { report, relaxation };
    await writeFileAtomic(join(dir, 'fig8.json'), `${JSON.stringify({ ...stampOutput(OUTPUT_FORMATS.fig8, report), relaxation })}\n`);
    await writeFileAtomic(join(dir, 'fig8.md'), renderFig8Note(report, relaxation));
    await writeFileAtomic(join(dir, 'fig8.svg'), await fig8Svg(report, relaxation));
    process.stderr.write(`fig8: peak κ_th = ${formatNumber(report.fig8.peak.kappaTh, 4)} at k_BT = ${formatNumber(report.fig8.peak.temperature, 4)} → ${join(dir, 'fig8.svg')}\n`);
  }

  const checks: ReferenceCheck[] = await timed('self-check', async () =>
    (await withProgress('verify: Chebyshev vs eigendecomposition on F2', (u) => cachedStage(cacheDir, 'selfcheck', F2, () => verifyReference(F2, u)))).value,
  );
  results.checks = checks;
  results.suites = await timed('suites', async () =>
    (await withProgress('verify: property suites against the reference', (u) => cachedStage(cacheDir, 'suites', REPRODUCE_SUITES, () => runReferenceSuites(undefined, u)))).value,
  );
  const errataCode = await errataCommand({ out: outputs.errata });
  results.errataPath = '../errata.md';
  try {
    results.mutation = parseMutationSummary(await readFile(join(opts.out, 'mutation', 'summary.md'), 'utf8'));
  } catch {
    // no stored mutation run under DIR
  }
  results.bench = await latestBenchSummary(join(opts.out, 'bench'));
  results.seconds.total = (performance.now() - started) / 1000;
  const blocks = paperPage(results);
  await writeFileAtomic(outputs.readme, renderMarkdown(blocks));
  await writeFileAtomic(outputs.html, renderHtml(blocks, 'hamcheck: the paper reproduced'));
  process.stderr.write(`page → ${outputs.html} and ${outputs.readme}\n`);
  process.stderr.write(`seconds per stage: ${Object.entries(results.seconds).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}\n`);
  const failed = checks.filter((c) => !c.passed);
  for (const c of failed) process.stderr.write(`hamcheck: reference self-check FAILED: ${c.check} = ${formatNumber(c.value, 3)} > ${c.bound}\n`);
  for (const x of results.suites.failures) process.stderr.write(`hamcheck: property ${x.id} FAILED on the reference: ${x.message}\n  replay: ${x.replay}\n`);
  return failed.length || results.suites.totals.fail || errataCode ? 1 : 0;
}

