/**
 * `hamcheck verify [--impl "<cmd>"] …`: the property suites against an implementation — the reference
 * in-process, or any program speaking protocol v1 — with reports for CI.
 *
 * @remarks
 * Every flag, output path and the baseline are checked before the adapter starts. The seed is printed
 * first. Exit 0: clean against the baseline; 1: the implementation is wrong (a new failure); 2: the run
 * could not be conducted (bad arguments, the adapter cannot start or fails the handshake, the restart
 * budget ran out).
 */
import { mkdir } from 'node:fs/promises';
import { allProperties, propertyIds } from '../../properties/registry.ts';
import { runSuite } from '../../properties/framework/runSuite.ts';
import { CAPABILITIES } from '../protocol/capabilities.ts';
import type { Implementation } from '../protocol/implementation.ts';
import { AdapterStartError, ProtocolClient } from '../protocol/client/protocolClient.ts';
import { referenceImplementation } from '../protocol/reference/referenceImplementation.ts';
import { hamcheckVersion } from '../packageInfo.ts';
import { createProgress } from '../report/progress.ts';
import { type Baseline, emptyBaseline, readBaseline, writeBaseline } from '../verify/baseline/baselineFile.ts';
import { compareWithBaseline } from '../verify/baseline/compareWithBaseline.ts';
import { verifyExitCode } from '../verify/baseline/exitCode.ts';
import { updateBaseline } from '../verify/baseline/updateBaseline.ts';
import { parseVerifyOptions, selectProperties } from '../verify/options.ts';
import type { RunHeader } from '../verify/outcome.ts';
import { replayCommand, writeFailedRequest } from '../verify/replay.ts';
import { type VerifyReport, writeJsonlReport } from '../verify/report/jsonlReport.ts';
import { writeJunitXml } from '../verify/report/junitXml.ts';
import { writeMarkdownSummary } from '../verify/report/markdownSummary.ts';
import { checkOutputDir, checkOutputFile } from './outputPath.ts';

const MARK = { pass: 'pass', fail: 'FAIL', inconclusive: 'inconclusive', 'not-run': 'not run' } as const;

export async function verifyCommand(raw: Record<string, unknown>): Promise<number> {
  const opts = parseVerifyOptions(raw, propertyIds);
  for (const [path, flag] of [[opts.out, '--out'], [opts.junit, '--junit'], [opts.summary, '--summary']] as const) {
    if (path !== undefined) checkOutputFile(path, flag);
  }
  if (opts.updateBaseline && opts.baseline) checkOutputFile(opts.baseline, '--baseline');
  if (opts.dumpRequest !== undefined) checkOutputDir(opts.dumpRequest, '--dump-request');
  const baseline: Baseline = opts.baseline ? await readBaseline(opts.baseline, { missingOk: opts.updateBaseline }) : emptyBaseline();
  const seed = opts.seed ?? ((Math.random() * 2 ** 32) >>> 0);
  const deep = process.env.HAMCHECK_DEPTH === 'deep';
  const ids = new Set(selectProperties(propertyIds, opts));
  const selected = allProperties.filter((p) => ids.has(p.id));
  // baseline `skip` entries are reported as not run, never started
  const skippedByBaseline = selected.filter((p) => baseline.entries[p.id]?.status === 'skip');
  const toRun = selected.filter((p) => !skippedByBaseline.includes(p));
  console.error(`hamcheck verify: seed ${seed}, ${selected.length} properties, budget ${opts.budgetSeconds} s (replay the run with --seed ${seed})`);

  let impl: Implementation;
  try {
    impl = opts.impl ? await ProtocolClient.start(opts.impl, { timeoutScale: opts.timeoutScale }) : referenceImplementation();
  } catch (e) {
    if (e instanceof AdapterStartError) {
      console.error(`hamcheck verify: the run could not be conducted: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const claimed = impl instanceof ProtocolClient ? impl.claimed : impl.accuracy;
  if (impl instanceof ProtocolClient && impl.unknownCapabilities.length > 0) {
    console.error(`hamcheck verify: ignoring capabilities protocol v1 does not define: ${impl.unknownCapabilities.join(', ')}`);
  }
  const header: RunHeader = {
    format: 'hamcheck-verify/1',
    hamcheck: hamcheckVersion(),
    ...(opts.impl ? { impl: opts.impl } : {}),
    implementation: impl.info,
    capabilities: CAPABILITIES.filter((c) => impl.capabilities.has(c)),
    accuracy: { ...claimed },
    seed,
    budgetSeconds: opts.budgetSeconds,
    depth: deep ? 'deep' : 'quick',
    ...(opts.shard ? { shard: opts.shard } : {}),
    startedAt: new Date().toISOString(),
  };
  const progress = createProgress({ label: `verify ${impl.info.name}`, total: toRun.length });
  let run: Awaited<ReturnType<typeof runSuite>>;
  try {
    run = await runSuite(toRun, impl, {
      seed,
      budgetSeconds: opts.budgetSeconds,
      scale: deep ? 10 : 1,
      failFast: opts.failFast,
      ...(opts.replayPath ? { replayPath: opts.replayPath } : {}),
      onProgress: (done) => progress.update(done),
    });
  } finally {
    progress.stop();
    await impl.close();
  }
  const notRun = skippedByBaseline.map((p) => ({
    id: p.id,
    title: p.title,
    requires: [...p.requires],
    minCases: p.minCases,
    verdict: 'not-run' as const,
    casesRun: 0,
    seconds: 0,
    message: `skipped by baseline: ${baseline.entries[p.id].reason}`,
  }));
  const outcomes = selected.map((p) => run.outcomes.find((o) => o.id === p.id) ?? notRun.find((o) => o.id === p.id)!);
  run.footer.totals['not-run'] += notRun.length;
  run = { outcomes, footer: run.footer };
  const report: VerifyReport = { header, properties: run.outcomes, footer: run.footer };
  const comparison = compareWithBaseline(run.outcomes, baseline);
  const code = verifyExitCode(run.outcomes, comparison, { strict: opts.strict, runBroken: run.footer.broken !== undefined });

  for (const o of run.outcomes) {
    const cases = o.verdict === 'not-run' ? '' : ` (${o.casesRun}/${o.minCases}+ cases, ${o.seconds.toFixed(1)} s)`;
    console.log(`${MARK[o.verdict].padEnd(12)} ${o.id}${cases}${o.message ? `: ${o.message}` : ''}`);
    if (o.verdict === 'fail') {
      console.log(`             counterexample: ${JSON.stringify(o.counterexample)?.slice(0, 300)}`);
      console.log(`             replay: ${replayCommand(o, header)}`);
    }
  }
  if (opts.dumpRequest !== undefined) {
    await mkdir(opts.dumpRequest, { recursive: true });
    for (const o of run.outcomes) {
      const file = o.verdict === 'fail' ? await writeFailedRequest(opts.dumpRequest, o, header) : undefined;
      if (file) console.log(`             request: ${file} (pipe it into the adapter: ${opts.impl ?? 'hamcheck serve'} < ${file})`);
    }
  }
  if (opts.out) await writeJsonlReport(opts.out, report);
  if (opts.junit) await writeJunitXml(opts.junit, report, { strict: opts.strict, comparison });
  if (opts.summary) await writeMarkdownSummary(opts.summary, report, { strict: opts.strict, comparison });
  if (opts.updateBaseline && opts.baseline) await writeBaseline(opts.baseline, updateBaseline(baseline, run.outcomes));

  const t = run.footer.totals;
  const inconclusive = comparison.inconclusive.map((m) => m.outcome.id);
  console.log(
    `hamcheck verify: ${t.pass} passed, ${t.fail} failed (${comparison.newFailures.length} new), ${t.inconclusive} inconclusive, ${t['not-run']} not run in ${run.footer.seconds.toFixed(1)} s` +
      (run.footer.stoppedEarly ? `; stopped early: ${run.footer.stoppedEarly}` : ''),
  );
  if (inconclusive.length > 0) console.error(`warning: inconclusive (too few cases in the budget; --strict fails on these): ${inconclusive.join(', ')}`);
  for (const m of comparison.unexpectedPasses) console.error(`note: ${m.outcome.id} passed although the baseline expects it to fail`);
  for (const u of comparison.unmatchedEntries) console.error(`note: baseline entry ${u.id} matched no property that ran`);
  return code;
}

/** `hamcheck verify merge A.jsonl B.jsonl …`: one verdict from the reports of several shards. */
export async function verifyMergeCommand(files: string[], raw: { baseline?: string; out?: string; junit?: string; summary?: string; strict?: boolean }): Promise<number> {
  for (const [path, flag] of [[raw.out, '--out'], [raw.junit, '--junit'], [raw.summary, '--summary']] as const) {
    if (path !== undefined) checkOutputFile(path, flag);
  }
  const { mergeReportFiles } = await import('../verify/merge.ts');
  const merged = await mergeReportFiles(files, { ...(raw.baseline ? { baselinePath: raw.baseline } : {}), strict: raw.strict ?? false });
  if (raw.out) await writeJsonlReport(raw.out, merged.report);
  if (raw.junit) await writeJunitXml(raw.junit, merged.report, { strict: raw.strict ?? false, comparison: merged.comparison });
  if (raw.summary) await writeMarkdownSummary(raw.summary, merged.report, { strict: raw.strict ?? false, comparison: merged.comparison });
  const t = merged.report.footer.totals;
  console.log(`hamcheck verify merge: ${files.length} shards, ${t.pass} passed, ${t.fail} failed (${merged.comparison.newFailures.length} new), ${t.inconclusive} inconclusive, ${t['not-run']} not run`);
  return merged.exitCode;
}
