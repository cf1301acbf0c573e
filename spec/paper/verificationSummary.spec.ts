import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { BENCH_FORMAT } from '../../src/bench/benchRecord.ts';
import { latestBenchSummary, summarizeBenchRecord } from '../../src/paper/benchPeers.ts';
import { paperPage, type PaperResults } from '../../src/paper/paperContent.ts';
import { renderHtml, renderMarkdown } from '../../src/paper/paperPage.ts';
import { REPRODUCE_SUITES, summarizeSuiteRun } from '../../src/paper/suiteRun.ts';
import { BENCH_WORKLOAD_TEXT } from '../../src/paper/verificationSection.ts';
import { formatNumber } from '../../src/report/markdownTable.ts';
import type { PropertyOutcome, RunHeader } from '../../src/verify/outcome.ts';
import { replayCommand } from '../../src/verify/replay.ts';

// A synthetic run: two suites, one failure, one inconclusive property; counts chosen so that no two coincide.
const outcome = (id: string, verdict: PropertyOutcome['verdict'], casesRun: number): PropertyOutcome => ({ id, title: id, requires: [], minCases: 5, verdict, casesRun, seconds: 0.5, ...(verdict === 'fail' ? { message: 'Δ too large', seed: 77, path: '3:1' } : {}) });
const outcomes = [outcome('model/a', 'pass', 41), outcome('model/b', 'fail', 7), outcome('dynamics/c', 'inconclusive', 2), outcome('dynamics/d', 'not-run', 0)];
const header: RunHeader = { format: 'hamcheck-verify/1', hamcheck: '9.9.9', implementation: { name: 'reference', version: '9.9.9' }, capabilities: [], accuracy: {}, seed: 123456789, budgetSeconds: 42, depth: 'quick', startedAt: '' };
const suites = summarizeSuiteRun(outcomes, { totals: { pass: 1, fail: 1, inconclusive: 1, 'not-run': 1 }, seconds: 3 }, header);

const peer = (workload: 'F2' | 'F4', name: string, ratio: number | null, maxAbsDeltaP: number | null, status: 'ok' | 'unavailable' = 'ok') =>
  ({ workload, task: `propagate ${workload}`, peer: name, status, version: null, samples: [], wallSeconds: [], p50: null, ratio, maxAbsDeltaP, failure: null });
function benchRecord(date: string, peers: BenchRecord['peers'], loadStart = 0.37, loadEnd = 1.83): BenchRecord {
  return {
    format: BENCH_FORMAT,
    hamcheck: '9.9.8',
    workload: 'quick',
    date,
    git: { commit: 'abcdef0123456789', shortCommit: 'abcdef0', dirty: true, dirtyPaths: 2 },
    machine: { platform: 'linux', arch: 'x64', cpuModel: 'cpu', cores: 6, totalMemGiB: 8, loadavgStart: [loadStart, 0, 0], loadavgEnd: [loadEnd, 0, 0], threadEnv: {} },
    peers,
  } as unknown as BenchRecord;
}
const record = benchRecord('2026-11-30T10:00:00.000Z', [peer('F2', 'numpy-eigh', 0.4213, 3.3e-13), peer('F4', 'scipy-expm', 1.947, 8.1e-12), peer('F4', 'qutip', null, null, 'unavailable')]);
const base: PaperResults = { version: '9.9.9', full: false, populations: [], seconds: {}, mutation: { score: 87.6, detected: 1234, undetected: 175, date: '2026-11-29' } };

/** The page as text: the Markdown (every block the HTML also renders, see spec/paper/reproduceOutputs.spec.ts). */
const page = (r: PaperResults): string => renderMarkdown(paperPage(r));

describe('verification summary of the page', () => {
  const md = page({ ...base, suites, bench: summarizeBenchRecord(record) });

  it('names every suite that ran, with its properties, cases and verdict counts, and the totals', () => {
    for (const s of suites.suites) {
      const t = s.totals;
      expect(md).toContain(`| ${s.name} | ${s.properties} | ${s.cases} | ${t.pass} | ${t.fail} | ${t.inconclusive} | ${t['not-run']} |`);
    }
    expect(suites.suites.map((s) => s.name)).toEqual(['model', 'dynamics']);
    expect(md).toContain(`${outcomes.length} properties in ${suites.suites.length} suites`);
    expect(md).toContain(`${outcomes.reduce((a, o) => a + o.casesRun, 0)} cases in all`);
    expect(md).toContain(`${suites.totals.pass} passed, ${suites.totals.fail} failed, ${suites.totals.inconclusive} inconclusive`);
  });

  it('gives the seed, the run-wide replay line and each failure’s own replay line', () => {
    expect(md).toContain(`Seed ${header.seed}, budget ${header.budgetSeconds} s`);
    expect(md).toContain(`\`npx hamcheck verify --seed ${header.seed} --budget-s ${header.budgetSeconds}\``);
    expect(md).toContain(`property suites ${header.seed}`); // the footer's seeds
    const failed = outcomes.find((o) => o.verdict === 'fail')!;
    expect(md).toContain(replayCommand(failed, header));
    expect(md).toContain(failed.message);
  });

  it('keeps the mutation score', () => {
    expect(md).toContain(`${formatNumber(base.mutation!.score, 3)} % (${base.mutation!.detected} mutants detected, ${base.mutation!.undetected} undetected)`);
    expect(md).toContain(base.mutation!.date);
  });

  it('shows every peer ratio and max |ΔP| of the latest bench record, with its date, commit, workload and load', () => {
    for (const p of record.peers) {
      const ratio = p.ratio === null ? '—' : formatNumber(p.ratio, 3);
      const dp = p.maxAbsDeltaP === null ? '—' : formatNumber(p.maxAbsDeltaP, 2);
      expect(md).toContain(`| ${p.workload} | ${p.peer} | ${p.task} | ${p.status} | ${ratio} | ${dp} |`);
    }
    expect(md).toContain(record.date);
    expect(md).toContain(`commit ${record.git.shortCommit}+`); // dirty tree marked
    expect(md).toContain(BENCH_WORKLOAD_TEXT[record.workload]);
    expect(md).toContain(`${formatNumber(record.machine.loadavgStart[0], 3)} at the start and ${formatNumber(record.machine.loadavgEnd[0], 3)} at the end on ${record.machine.cores} cores`);
  });

  it('states the absence of a bench record, of peers in a record, and of a suite run', () => {
    const none = page({ ...base, bench: null });
    expect(none).toContain('No stored bench run in reports/bench/');
    expect(none).toContain('The property suites did not run');
    expect(page({ ...base, bench: summarizeBenchRecord(benchRecord(record.date, [])) })).toContain('compared no peers');
  });

  it('HTML and Markdown carry the same summary', () => {
    const html = renderHtml(paperPage({ ...base, suites, bench: summarizeBenchRecord(record) }), 'T');
    expect(html).toContain('<code>npx hamcheck verify --seed');
    expect(html).toContain('<h3 id="bench">');
    expect(html).toContain('<h3 id="suites">');
  });
});

describe('the latest bench record under a folder', () => {
  it('is the newest hamcheck-bench/2 record by start time; other JSON is skipped; no folder or no record: null', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamcheck-bench-latest-'));
    try {
      expect(await latestBenchSummary(join(dir, 'missing'))).toBeNull();
      expect(await latestBenchSummary(dir)).toBeNull();
      const older = benchRecord('2026-11-01T00:00:00.000Z', [peer('F2', 'numpy-eigh', 9.5, 1e-13)]);
      // file names sort the other way round from the dates: the date decides
      await writeFile(join(dir, 'b-older.json'), JSON.stringify(older));
      await writeFile(join(dir, 'a-newer.json'), JSON.stringify(record));
      await writeFile(join(dir, 'c-other.json'), JSON.stringify({ format: 'something-else/1' }));
      const latest = await latestBenchSummary(dir);
      expect(latest).toEqual(summarizeBenchRecord(record));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the seed of the suites in reproduce', () => {
  it('is a fixed uint32 and the budget a plain verify run’s', async () => {
    const { DEFAULT_BUDGET_SECONDS } = await import('../../src/verify/options.ts');
    expect(Number.isInteger(REPRODUCE_SUITES.seed) && REPRODUCE_SUITES.seed >= 0 && REPRODUCE_SUITES.seed < 2 ** 32).toBe(true);
    expect(REPRODUCE_SUITES.budgetSeconds).toBe(DEFAULT_BUDGET_SECONDS);
  });
});
