import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonMissing, withSkipReason } from '../support/python.ts';
import { type PeerResult, parsePeerOutput, runPeer } from '../../bench/support/runPeer.ts';
import { maxAbsDifference, maxNormDeviation, median } from '../../bench/support/stats.ts';

const fake = fileURLToPath(new URL('./fixtures/fakePeer.mjs', import.meta.url));
const peersDir = fileURLToPath(new URL('../../bench/peers/', import.meta.url));
let work: string;
let dumpPath: string;
let timesPath: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'hamcheck-runpeer-spec-'));
  dumpPath = join(work, 'model.json');
  timesPath = join(work, 'times.json');
  // N = 2, n = 1: a two-level Rabi problem, H = [[1, g e^{iφ}], [g e^{−iφ}, 1]], P_2(t) = sin²(g t).
  const g = 0.3;
  writeFileSync(
    dumpPath,
    JSON.stringify({
      format: 'hamcheck-model/1',
      sites: 2,
      levelsPerSite: 1,
      bandWidth: 0.1,
      gap: 1,
      coupling: g,
      ensemble: 'explicit',
      levels: [[1], [1]],
      couplings: [{ re: [g * Math.cos(0.7)], im: [g * Math.sin(0.7)] }],
      initial: { re: [1, 0], im: [0, 0] },
    }),
  );
  writeFileSync(timesPath, JSON.stringify([0, 2.5]));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function runFake(mode: string, extra: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<PeerResult> {
  return runPeer({
    script: fake,
    dumpPath,
    timesPath,
    expected: { times: 2, sites: 2 },
    command: process.execPath,
    timeoutMs: extra.timeoutMs ?? 20_000,
    env: { ...process.env, ...extra.env, FAKE_PEER_MODE: mode },
  });
}

/** Running (a zombie waiting for its reaper counts as dead). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc: trust kill(pid, 0)
  }
}

function expectFailure(r: PeerResult, kind: string, message: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.kind).toBe(kind);
  expect(r.message).toMatch(message);
  expect(r.wallSeconds).toBeGreaterThanOrEqual(0);
}

describe('runPeer with a fake peer', () => {
  it('returns populations, self-reported seconds and wall time for a well-behaved peer', async () => {
    const r = await runFake('ok');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.peer).toBe('fake');
    expect(r.version).toBe('fake 1.0');
    expect(r.seconds).toBe(0.25);
    expect(r.populations.map((row) => Array.from(row))).toEqual([
      [1, 0],
      [0.5, 0.5],
    ]);
    expect(r.wallSeconds).toBeGreaterThan(0);
  });

  it('reports a crash with the exit code and the last stderr line', async () => {
    const r = await runFake('crash');
    expectFailure(r, 'crash', /exit code 1: RuntimeError: boom/);
    if (!r.ok) expect(r.exitCode).toBe(1);
  });

  it('reports death by signal as a crash', async () => {
    const r = await runFake('segfault');
    expectFailure(r, 'crash', /SIGSEGV/);
  });

  it('reports exit code 3 as unavailable, with the peer’s message', async () => {
    expectFailure(await runFake('unavailable'), 'unavailable', /fakelib not available/);
  });

  it('kills a hanging peer after the timeout', async () => {
    const t0 = Date.now();
    const r = await runFake('hang', { timeoutMs: 500 });
    expectFailure(r, 'timeout', /no result after 0\.5 s/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('kills the peer’s own child processes on timeout too (process group)', async () => {
    const pidFile = join(work, 'grandchild.pid');
    const r = await runFake('hang-with-child', { timeoutMs: 1500, env: { FAKE_PEER_PIDFILE: pidFile } });
    expectFailure(r, 'timeout', /no result/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    let alive = isAlive(pid);
    for (let i = 0; i < 50 && alive; i++) {
      await new Promise((res) => setTimeout(res, 100));
      alive = isAlive(pid);
    }
    if (alive) process.kill(pid, 'SIGKILL'); // leave no orphan behind when the check fails
    expect(alive).toBe(false);
  });

  it.each([
    ['garbage', /not valid JSON/],
    ['no-output', /wrote no output file/],
    ['nan', /NaN\/Infinity/],
    ['null-entry', /populations\[1\]\[0\].*not a finite number/],
    ['wrong-rows', /has 1 rows, expected one per time \(2\)/],
    ['wrong-sites', /populations\[0\]" must be an array of 2 numbers/],
    ['bad-seconds', /"seconds" must be a finite number ≥ 0/],
    ['array', /not a JSON object/],
  ])('rejects output of kind %s as invalid-output', async (mode, message) => {
    expectFailure(await runFake(mode), 'invalid-output', message);
  });

  it('reports an interpreter that cannot be started as spawn-error', async () => {
    const r = await runPeer({
      script: fake,
      dumpPath,
      timesPath,
      expected: { times: 2, sites: 2 },
      command: join(work, 'no-such-python'),
    });
    expectFailure(r, 'spawn-error', /could not start/);
  });
});

describe('parsePeerOutput', () => {
  it('accepts the documented shape and converts rows to Float64Array', () => {
    const p = parsePeerOutput('{"peer":"x","version":"","populations":[[0.25,0.75]],"seconds":0}', { times: 1, sites: 2 });
    expect(p.ok).toBe(true);
    if (p.ok) expect(p.value.populations[0]).toEqual(new Float64Array([0.25, 0.75]));
  });

  it('rejects a missing peer name', () => {
    const p = parsePeerOutput('{"version":"","populations":[[1]],"seconds":0}', { times: 1, sites: 1 });
    expect(p).toEqual({ ok: false, message: '"peer" must be a non-empty string' });
  });
});

describe('bench statistics', () => {
  it('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('maxAbsDifference is Infinity for mismatched shapes and NaN when an entry is NaN', () => {
    expect(maxAbsDifference([[0, 1]], [[0, 0.5]])).toBe(0.5);
    expect(maxAbsDifference([[0, 1]], [[0, 1, 0]])).toBe(Number.POSITIVE_INFINITY);
    expect(maxAbsDifference([[0, 1]], [])).toBe(Number.POSITIVE_INFINITY);
    expect(maxAbsDifference([[Number.NaN, 0], [0, 0]], [[0, 0], [0, 9]])).toBeNaN();
  });

  it('maxNormDeviation', () => {
    expect(maxNormDeviation([[0.5, 0.5], [0.5, 0.25]])).toBe(0.25);
  });
});

// The real peers, when python3 with NumPy is on this machine (they are the bench's, not hamcheck's, code).
const noNumpy = pythonMissing('numpy+scipy');

describe.skipIf(noNumpy)(withSkipReason('the Python peers on a two-level Rabi problem', noNumpy), () => {
  const g = 0.3;
  const exact = [
    [1, 0],
    [Math.cos(g * 2.5) ** 2, Math.sin(g * 2.5) ** 2],
  ];

  it.each(['numpy_eigh', 'scipy_expm_multiply'])('%s gives P_2(t) = sin²(g t)', async (name) => {
    const r = await runPeer({ script: join(peersDir, `${name}.py`), dumpPath, timesPath, expected: { times: 2, sites: 2 } });
    expect(r.ok, r.ok ? '' : `${r.kind}: ${r.message}`).toBe(true);
    if (!r.ok) return;
    expect(r.peer).toBe(name);
    expect(maxAbsDifference(r.populations, exact)).toBeLessThan(1e-12);
  });

  it('qutip_sesolve either agrees (ODE tolerance) or reports itself unavailable', async () => {
    const r = await runPeer({
      script: join(peersDir, 'qutip_sesolve.py'),
      dumpPath,
      timesPath,
      expected: { times: 2, sites: 2 },
    });
    if (r.ok) expect(maxAbsDifference(r.populations, exact)).toBeLessThan(1e-4);
    else expect(r.kind, r.message).toBe('unavailable');
  });
});
