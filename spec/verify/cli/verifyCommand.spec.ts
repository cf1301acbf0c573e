/**
 * `hamcheck verify` through the real binary: exit codes (0 clean, 1 wrong, 2 not conducted), the reports,
 * the replay line and `--dump-request`, the baseline, shards and `verify merge`, undeclared capabilities
 * and `--strict`.
 *
 * @remarks
 * Each run is a cheap `--only` selection with a fixed seed. The wrong adapter is
 * `fixtures/wrong-boundary-rate.mjs` (ham.populations alone, the chain ends decaying with the interior
 * rate); `fixtures/ham-only.mjs` is its correct twin; the broken fakes are those of
 * `spec/protocol/fixtures/`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { propertyIds } from '../../../properties/registry.ts';
import { hamPopulations } from '../../../src/ham/hamPopulations.ts';
import { parseBaseline } from '../../../src/verify/baseline/baselineFile.ts';
import type { PropertyOutcome } from '../../../src/verify/outcome.ts';
import { parseJsonlReport } from '../../../src/verify/report/jsonlReport.ts';
import { childrenNamed, parseXml } from '../report/xmlParser.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hamcheck-verify-cli-'));
const WRONG = 'node spec/verify/cli/fixtures/wrong-boundary-rate.mjs';
const HAM_ONLY = 'node spec/verify/cli/fixtures/ham-only.mjs';
const fake = (name: string) => `node spec/protocol/fixtures/${name}.mjs`;
const SEED = '7';
/** The differential family and the one dynamics property that needs only ham.populations. */
const SELECTION = 'differential,dynamics/ham-relaxes-to-uniform';
const HAM_IDS = ['differential/ham.populations', 'dynamics/ham-relaxes-to-uniform'];
const selected = propertyIds.filter((id) => id.startsWith('differential/') || id === 'dynamics/ham-relaxes-to-uniform');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs at once: the runs wait mostly on process starts and deadlines, and the machine has 2 cores. */
const PARALLEL = 4;
let running = 0;
const waiting: (() => void)[] = [];

/** `node bin/hamcheck.mjs …args` from the repository root, plain progress lines, killed after 40 s. */
async function hamcheck(args: string[], env: Record<string, string> = {}): Promise<Run> {
  if (running >= PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await new Promise<Run>((resolve) => {
      const child = spawn(process.execPath, ['bin/hamcheck.mjs', ...args], {
        cwd: ROOT,
        env: { ...process.env, HAMCHECK_PROGRESS: 'lines', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 40_000,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** A run started once, on first use (several are started together in `beforeAll`). */
function once(args: () => string[], env?: Record<string, string>): () => Promise<Run> {
  let p: Promise<Run> | undefined;
  return () => (p ??= hamcheck(args(), env));
}

/** The verdict line of a property in verify's stdout. */
function verdictLine(run: Run, id: string): string {
  const line = run.stdout.split('\n').find((l) => {
    const rest = /^(?:pass|FAIL|inconclusive|not run) +(.*)$/.exec(l)?.[1] ?? '';
    return rest.startsWith(id) && [undefined, ' ', ':'].includes(rest[id.length]);
  });
  expect(line, `no verdict line for ${id} in\n${run.stdout}`).toBeDefined();
  return line!;
}

const byId = (outcomes: readonly PropertyOutcome[]) => Object.fromEntries(outcomes.map((o) => [o.id, o.verdict]));

// Runs that depend on nothing, started together before the first test.
const out = join(dir, 'wrong.jsonl');
const junit = join(dir, 'wrong.xml');
const summary = join(dir, 'wrong.md');
const dumps = join(dir, 'requests');
/** The unsharded run of the wrong adapter: its outputs, the replay, the dump and the shards' reference. */
const wrong = once(() => ['verify', '--impl', WRONG, '--only', SELECTION, '--seed', SEED, '--budget-s', '30', '--out', out, '--junit', junit, '--summary', summary, '--dump-request', dumps]);
const viaServe = once(() => ['verify', '--impl', 'node bin/hamcheck.mjs serve', '--only', 'differential', '--seed', SEED, '--budget-s', '5']);
const hamOnly = once(() => ['verify', '--impl', HAM_ONLY, '--only', SELECTION, '--seed', SEED, '--budget-s', '20']);
const shardFile = (i: number) => join(dir, `shard-${i}.jsonl`);
const shard = [1, 2].map((i) => once(() => ['verify', '--impl', WRONG, '--only', SELECTION, '--seed', SEED, '--budget-s', '30', '--shard', `${i}/2`, '--out', shardFile(i)]));
const BASELINED = 'differential/ham.populations';
const baselineFile = (name: string, entries?: Record<string, unknown>) => {
  const file = join(dir, `${name}.baseline.json`);
  if (entries) writeFileSync(file, JSON.stringify({ format: 'hamcheck-baseline/1', entries }));
  return file;
};
const onBaseline = (file: string) => ['verify', '--impl', WRONG, '--only', BASELINED, '--seed', SEED, '--baseline', file];
const updated = once(() => [...onBaseline(baselineFile('updated')), '--update-baseline']);
const expectedWrong = once(() => onBaseline(baselineFile('expected', { [BASELINED]: { status: 'fail', kind: 'wrong', reason: 'boundary rate, issue #1' } })));
const expectedTimeout = once(() => onBaseline(baselineFile('timeout', { [BASELINED]: { status: 'fail', kind: 'timeout', reason: 'too slow, issue #2' } })));
const skipFile = join(dir, 'skip.jsonl');
const skipBaseline = () => baselineFile('skip', Object.fromEntries(HAM_IDS.map((id) => [id, { status: 'skip', reason: `needs the v2 solver (${id})` }])));
const skippedByBaseline = once(() => ['verify', '--impl', WRONG, '--only', SELECTION, '--seed', SEED, '--baseline', skipBaseline(), '--out', skipFile]);
// slow.mjs answers after FAKE_DELAY_MS each (and only N = 2): in a 1 s budget at 200 ms a request at most
// 5 requests run, below the 15 cases differential/ham.populations needs
const slow = ['verify', '--impl', `FAKE_DELAY_MS=200 ${fake('slow')}`, '--only', 'differential/ham.populations', '--seed', SEED, '--budget-s', '1'];
const slowRun = once(() => slow);
const slowStrict = once(() => [...slow, '--strict']);
// one answer (1.2 s) longer than the whole budget (0.5 s): fast-check abandons the first case
const slowerThanBudget = once(() => ['verify', '--impl', `FAKE_DELAY_MS=1200 ${fake('slow')}`, '--only', 'differential/ham.populations', '--seed', SEED, '--budget-s', '0.5']);
const cannotRun: [string, string[], RegExp][] = [
  ['the adapter crashes at start', ['--impl', fake('crash-at-start')], /exited with code 3 before answering hello; stderr ends with "fake-crash-at-start: ImportError: No module named numpy"/],
  ['the adapter speaks another protocol version', ['--impl', fake('wrong-version')], /speaks protocol 2, hamcheck speaks protocol 1/],
  ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
  ['--only with an unknown id (the nearest is suggested)', ['--only', 'differential/ham.population'], /--only: .*"differential\/ham\.population".*nearest known id: "differential\/ham\.populations"/],
  ['--budget-s -1', ['--budget-s', '-1'], /--budget-s: expected a finite number > 0.*got "-1"/],
  ['the restart budget runs out (garbage answers)', ['--impl', fake('garbage'), '--only', 'differential/ham.populations'], /implementation broken: restart budget of 3 used up \(last: .*malformed JSON/],
];
const cannotRunRuns = cannotRun.map(([, args]) => once(() => ['verify', '--seed', SEED, ...args]));

beforeAll(() => {
  // the longest first; the pool runs PARALLEL at a time
  for (const r of [viaServe, wrong, hamOnly, ...shard, updated, expectedWrong, expectedTimeout, skippedByBaseline, slowRun, slowStrict, slowerThanBudget, ...cannotRunRuns]) void r();
});

describe('hamcheck verify: exit 0 for a correct implementation', () => {
  it('the reference through `hamcheck serve` passes the differential family (exit 0)', { timeout: 50_000 }, async () => {
    const run = await viaServe();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(/^FAIL /m);
    expect(run.stdout).toMatch(/^hamcheck verify: [1-9]\d* passed, 0 failed \(0 new\)/m);
    expect(run.stderr).toContain(`seed ${SEED}`);
  });

  it('a property whose capability is not declared is `not run` and does not fail the run (exit 0)', { timeout: 50_000 }, async () => {
    const run = await hamOnly();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const id of HAM_IDS) expect(verdictLine(run, id)).toMatch(/^pass /);
    const notDeclared = selected.filter((id) => !HAM_IDS.includes(id));
    expect(notDeclared.length).toBeGreaterThan(0);
    for (const id of notDeclared) expect(verdictLine(run, id)).toMatch(new RegExp(`^not run +${id}: needs [a-zA-Z.]+, which fake-ham-only does not declare$`));
    expect(run.stdout).toContain(`hamcheck verify: ${HAM_IDS.length} passed, 0 failed (0 new), 0 inconclusive, ${notDeclared.length} not run`);
  });
});

describe('hamcheck verify: exit 1 for a wrong implementation', () => {
  it('differential/ham.populations fails with the one-line replay; the undeclared ones are not run', { timeout: 50_000 }, async () => {
    const run = await wrong();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(verdictLine(run, 'differential/ham.populations')).toMatch(/^FAIL +differential\/ham\.populations \(\d+\/15\+ cases, [\d.]+ s\): N = \d+, .*Δ = .*, tol = /);
    const replays = run.stdout.split('\n').filter((l) => l.includes('replay: '));
    expect(replays).toHaveLength(run.stdout.split('\n').filter((l) => l.startsWith('FAIL ')).length);
    expect(run.stdout).toMatch(
      /replay: npx hamcheck verify --impl 'node spec\/verify\/cli\/fixtures\/wrong-boundary-rate\.mjs' --seed \d+ --only differential\/ham\.populations --replay-path '[\d:]+'\n/,
    );
    expect(run.stdout).toMatch(/^not run +differential\/model\.kappa: needs model\.kappa, which fake-wrong-boundary-rate does not declare$/m);
  });

  it('the replay line, run as printed, fails the same property on the same counterexample', { timeout: 50_000 }, async () => {
    const run = await wrong();
    const line = /replay: npx hamcheck (verify .* --only differential\/ham\.populations .*)$/m.exec(run.stdout)![1];
    const words = spawnSync('bash', ['-c', `set -- ${line}; printf '%s\\0' "$@"`], { encoding: 'utf8' }).stdout.split('\0').slice(0, -1);
    const replay = await hamcheck(words);
    expect(replay.status, replay.stdout + replay.stderr).toBe(1);
    const counterexample = (r: Run) => /^FAIL +differential\/ham\.populations[^\n]*\n +counterexample: (.*)$/m.exec(r.stdout)?.[1];
    expect(counterexample(replay)).toBeDefined();
    expect(counterexample(replay)).toBe(counterexample(run));
  });

  it('--out is a JSONL report with header, one line per property, and footer totals', { timeout: 50_000 }, async () => {
    await wrong();
    const text = readFileSync(out, 'utf8');
    const report = parseJsonlReport(text, out);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as { type: string });
    expect(lines[0].type).toBe('header');
    expect(lines[lines.length - 1].type).toBe('footer');
    expect(report.header).toMatchObject({ format: 'hamcheck-verify/1', impl: WRONG, implementation: { name: 'fake-wrong-boundary-rate' }, capabilities: ['ham.populations'], seed: Number(SEED), budgetSeconds: 30 });
    expect(report.properties.map((p) => p.id)).toEqual(selected);
    const failed = report.properties.find((p) => p.id === 'differential/ham.populations')!;
    expect(failed).toMatchObject({ verdict: 'fail', failureKind: 'wrong' });
    expect(failed.counterexample).toBeDefined();
    const counts = { pass: 0, fail: 0, inconclusive: 0, 'not-run': 0 };
    for (const p of report.properties) counts[p.verdict]++;
    expect(report.footer.totals).toEqual(counts);
    expect(counts['not-run']).toBe(selected.length - HAM_IDS.length);
  });

  it('--junit and --summary are written and name the failure', { timeout: 50_000 }, async () => {
    const run = await wrong();
    const report = parseJsonlReport(readFileSync(out, 'utf8'), out);
    const t = report.footer.totals;
    // well-formed (a strict XML parser independent of the writer), totals as in the JSONL report
    const root = parseXml(readFileSync(junit, 'utf8'));
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: String(selected.length), failures: String(t.fail), skipped: String(t['not-run'] + t.inconclusive) });
    const cases = childrenNamed(root, 'testsuite').flatMap((suite) => childrenNamed(suite, 'testcase'));
    expect(cases.map((c) => c.attrs.name).sort()).toEqual([...selected].sort());
    const failedCases = cases.filter((c) => childrenNamed(c, 'failure').length > 0).map((c) => c.attrs.name);
    expect(failedCases.sort()).toEqual(report.properties.filter((p) => p.verdict === 'fail').map((p) => p.id).sort());
    expect(failedCases).toContain('differential/ham.populations');
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain(`**${t.fail} failed** · ${t.pass} passed · ${t.inconclusive} inconclusive · ${t['not-run']} not run — ${selected.length} properties`);
    // the replay of every failure, fenced, exactly as verify printed it
    const replays = [...run.stdout.matchAll(/replay: (npx hamcheck verify .*)$/gm)].map((m) => m[1]);
    expect(replays).toHaveLength(t.fail);
    for (const r of replays) expect(md).toContain(`\`\`\`sh\n${r}\n\`\`\``);
  });

  it('--dump-request writes the failing request; piped into the adapter it reproduces the wrong answer', { timeout: 50_000 }, async () => {
    const run = await wrong();
    const file = join(dumps, 'differential__ham.populations.request.json');
    expect(readdirSync(dumps)).toContain('differential__ham.populations.request.json');
    expect(run.stdout).toContain(`request: ${file} (pipe it into the adapter: ${WRONG} < ${file})`);
    const [hello, req, stop] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(hello).toMatchObject({ cmd: 'hello', protocol: 1 });
    expect(stop).toEqual({ cmd: 'stop' });
    expect(req.cmd).toBe('ham.populations');
    const piped = spawnSync('sh', ['-c', `${WRONG} < '${file}'`], { cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    expect(piped.status).toBe(0);
    const answer = JSON.parse(piped.stdout.trim().split('\n')[1]) as { seq: number; result: { populations: number[][] } };
    expect(answer.seq).toBe(req.seq);
    // the reference on the same request, and the largest difference: the Δ the failure reported
    const ref = hamPopulations(req.args.p0, req.args.kappa, req.args.times).flatMap((p) => [...p]);
    const delta = Math.max(...answer.result.populations.flat().map((x, i) => Math.abs(x - ref[i])));
    const reported = Number(/differential\/ham\.populations \([^)]*\): [^\n]*Δ = ([^,]+),/.exec(run.stdout)![1]);
    expect(delta).toBeGreaterThan(1e-6); // far beyond the tolerance (≈ 2e-12): the wrong answer, reproduced
    expect(delta.toExponential(3)).toBe(reported.toExponential(3));
  });
});

describe('hamcheck verify: exit 2 when the run cannot be conducted', () => {
  cannotRun.forEach(([what, , message], i) => {
    it(`${what}: exit 2 and a clear message`, { timeout: 50_000 }, async () => {
      const run = await cannotRunRuns[i]();
      expect(run.status, run.stdout + run.stderr).toBe(2);
      expect(run.stdout + run.stderr).toMatch(message);
    });
  });
});

describe('hamcheck verify --baseline', () => {
  it('--update-baseline writes the failure with its kind; the run itself still fails (exit 1: no baseline yet)', { timeout: 50_000 }, async () => {
    const run = await updated();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    const file = baselineFile('updated');
    const written = parseBaseline(readFileSync(file, 'utf8'), file);
    expect(Object.keys(written.entries)).toEqual([BASELINED]);
    expect(written.entries[BASELINED]).toMatchObject({ status: 'fail', kind: 'wrong' });
    expect(written.entries[BASELINED].reason).toMatch(/^N = \d+, .*Δ = /);
  });

  it('with the failure expected (kind wrong): exit 0', { timeout: 50_000 }, async () => {
    const run = await expectedWrong();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 failed (0 new)');
  });

  it('with another kind expected (timeout): the wrong answer is a new failure, exit 1', { timeout: 50_000 }, async () => {
    const run = await expectedTimeout();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('1 failed (1 new)');
  });
});

describe('hamcheck verify --baseline skip', () => {
  it('skip entries are reported `not run` with the reason and never run: the wrong adapter passes (exit 0)', { timeout: 50_000 }, async () => {
    const run = await skippedByBaseline();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const id of HAM_IDS) expect(verdictLine(run, id)).toBe(`not run      ${id}: skipped by baseline: needs the v2 solver (${id})`);
    const report = parseJsonlReport(readFileSync(skipFile, 'utf8'), skipFile);
    expect(report.properties.map((p) => p.id)).toEqual(selected);
    for (const id of HAM_IDS) expect(report.properties.find((p) => p.id === id)).toMatchObject({ verdict: 'not-run', casesRun: 0, message: `skipped by baseline: needs the v2 solver (${id})` });
    expect(report.footer.totals).toEqual({ pass: 0, fail: 0, inconclusive: 0, 'not-run': selected.length });
  });
});

describe('hamcheck verify --shard and verify merge', () => {
  it('shards 1/2 and 2/2 merged give the verdicts and totals of the unsharded run; merge reads its own --baseline', { timeout: 50_000 }, async () => {
    await wrong();
    const unsharded = parseJsonlReport(readFileSync(out, 'utf8'), out);
    const reports = await Promise.all(
      shard.map(async (r, k) => {
        const run = await r();
        expect(run.status, run.stdout + run.stderr).toBeLessThan(2);
        return parseJsonlReport(readFileSync(shardFile(k + 1), 'utf8'), shardFile(k + 1));
      }),
    );
    // a partition: every selected property in exactly one shard, none empty
    expect(reports.flatMap((r) => r.properties.map((p) => p.id)).sort()).toEqual([...selected].sort());
    expect(reports.every((r) => r.properties.length > 0)).toBe(true);
    const mergedFile = join(dir, 'merged.jsonl');
    const files = [shardFile(1), shardFile(2)];
    const baseline = baselineFile('merge', Object.fromEntries(HAM_IDS.map((id) => [id, { status: 'fail', kind: 'wrong', reason: 'known' }])));
    const [merge, mergeOnBaseline] = await Promise.all([hamcheck(['verify', 'merge', ...files, '--out', mergedFile]), hamcheck(['verify', 'merge', ...files, '--baseline', baseline])]);
    expect(merge.status, merge.stdout + merge.stderr).toBe(1);
    const merged = parseJsonlReport(readFileSync(mergedFile, 'utf8'), mergedFile);
    expect(merged.footer.totals).toEqual(unsharded.footer.totals);
    expect(byId(merged.properties)).toEqual(byId(unsharded.properties));
    const t = unsharded.footer.totals;
    expect(t.fail).toBe(HAM_IDS.length);
    expect(merge.stdout).toContain(`hamcheck verify merge: 2 shards, ${t.pass} passed, ${t.fail} failed (${t.fail} new), ${t.inconclusive} inconclusive, ${t['not-run']} not run`);
    // the same failures, all expected by the baseline: exit 0
    expect(mergeOnBaseline.status, mergeOnBaseline.stdout + mergeOnBaseline.stderr).toBe(0);
    expect(mergeOnBaseline.stdout).toContain(`${t.fail} failed (0 new)`);
  });
});

describe('hamcheck verify --strict and inconclusive properties', () => {
  it('without --strict: exit 0 with a warning naming the inconclusive property', { timeout: 50_000 }, async () => {
    const run = await slowRun();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(verdictLine(run, 'differential/ham.populations')).toMatch(/^inconclusive +differential\/ham\.populations \([0-5]\/15\+ cases, .*inconclusive: ran [0-5] of 15 cases/);
    expect(run.stderr).toMatch(/^warning: inconclusive .*: differential\/ham\.populations$/m);
  });

  it('a first case longer than the budget: inconclusive with 0 cases (not a failure), exit 0', { timeout: 50_000 }, async () => {
    const run = await slowerThanBudget();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(verdictLine(run, 'differential/ham.populations')).toBe('inconclusive differential/ham.populations (0/15+ cases, ' + /\(0\/15\+ cases, ([\d.]+ s)\)/.exec(run.stdout)![1] + '): inconclusive: ran 0 of 15 cases in the time limit');
  });

  it('with --strict: exit 1', { timeout: 50_000 }, async () => {
    const run = await slowStrict();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(verdictLine(run, 'differential/ham.populations')).toMatch(/^inconclusive /);
  });
});
