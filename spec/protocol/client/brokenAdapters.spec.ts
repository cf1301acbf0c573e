/**
 * The protocol client against every broken fake adapter of `spec/protocol/fixtures/` (their README says
 * what hamcheck must report for each): the exact outcome, a message that names the cause and quotes the
 * offending line cut to {@link QUOTE_CHARS}, the restart budget, and no adapter process left behind.
 *
 * @remarks
 * Each fake is started as `echo $$ >> PIDFILE; exec node FAKE`: the shell writes its pid and becomes the
 * fake, so the pid file lists every adapter process the client started (restarts included), and each is
 * its own process group (the client starts it detached); after the client is done none may be alive.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../../src/protocol/client/adapterProcess.ts';
import { STARTUP_TIMEOUT_MS, requestDeadlineMs } from '../../../src/protocol/client/deadlines.ts';
import { AdapterStartError, type ClientOptions, ProtocolClient, QUOTE_CHARS, STOP_GRACE_MS } from '../../../src/protocol/client/protocolClient.ts';
import type { Outcome } from '../../../src/protocol/messages.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'hamcheck-broken-adapters-'));
let pidFiles = 0;

/** A small request: N = 2 (what the fakes answer) on 30 times, so a full answer line is > QUOTE_CHARS long. */
const ARGS = { p0: [1, 0], kappa: 0.5, times: Array.from({ length: 30 }, (_, j) => j / 7) };
/** The closed form the fakes use for N = 2, (30)–(32): P₁ = ½(1 + e^{−2κt}), P₂ = ½(1 − e^{−2κt}). */
const EXPECTED = ARGS.times.map((t) => [(1 + Math.exp(-2 * ARGS.kappa * t)) / 2, (1 - Math.exp(-2 * ARGS.kappa * t)) / 2]);

/**
 * Deadlines of the hanging fakes: `SCALE` shrinks the startup timeout (30 s) to 1.5 s, still ≥ 5× a
 * Node start on a loaded 2-core machine (≈ 0.3 s), and the request deadline of {@link ARGS} to ≈ 0.5 s.
 */
const SCALE = 0.05;
const STARTUP_MS = STARTUP_TIMEOUT_MS * SCALE;
const DEADLINE_MS = requestDeadlineMs('ham.populations', ARGS, SCALE);
/** Floods take 0.5–3 s to pipe 256 MiB on a loaded machine: a deadline of 15 s keeps them from timing out. */
const FLOOD_SCALE = 1.5;
/** Slack on a measured wait: timer and process-start latency on a loaded machine. */
const SLACK_MS = 1_500;

interface Started {
  client?: ProtocolClient;
  error?: unknown;
  pidFile: string;
}
const started: Started[] = [];

/** Every fake of spec/protocol/fixtures/ (a new one without a test here fails the listing test). */
const FAKES = [
  'correct', 'crash-at-start', 'crash-mid-run', 'flood', 'garbage', 'hang', 'hang-at-start', 'missing-fields',
  'nan', 'slow', 'stderr-only', 'wrong-lengths', 'wrong-seq', 'wrong-version',
];

/** Starts `fake` (with `env` exported, after `before` shell commands) recording every adapter pid; never throws. */
async function start(fake: string, options: ClientOptions = {}, env: Record<string, string> = {}, before = ''): Promise<Started> {
  const pidFile = join(dir, `pids-${++pidFiles}`);
  const exports = Object.entries(env).map(([k, v]) => `export ${k}=${v}; `).join('');
  const command = `echo $$ >> '${pidFile}'; ${before}${exports}exec node '${join(FIXTURES, fake)}'`;
  const s: Started = { pidFile };
  started.push(s);
  try {
    s.client = await ProtocolClient.start(command, options);
  } catch (e) {
    s.error = e;
  }
  return s;
}

function pids(s: Started): number[] {
  return readFileSync(s.pidFile, 'utf8').trim().split('\n').map(Number);
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw e;
  }
};

/** Waits (≤ 3 s: a SIGKILL's exit is reaped asynchronously) until neither the pid nor its group lives. */
async function expectGone(pid: number): Promise<void> {
  const until = performance.now() + 3_000;
  while ((isAlive(pid) || isAlive(-pid)) && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  expect(isAlive(pid), `adapter pid ${pid} still alive`).toBe(false);
  expect(isAlive(-pid), `process group ${pid} still alive`).toBe(false);
}

/** The client (after close) left none of the processes it started. */
async function expectNoneLeft(s: Started): Promise<void> {
  await s.client?.close();
  for (const pid of pids(s)) await expectGone(pid);
}

afterEach(async () => {
  // a failed assertion must not leak a fake either
  for (const s of started.splice(0)) {
    await s.client?.close();
    for (const pid of pids(s)) if (isAlive(-pid)) process.kill(-pid, 'SIGKILL');
  }
});

function startError(s: Started): AdapterStartError {
  expect(s.client, 'the handshake should have failed').toBeUndefined();
  expect(s.error).toBeInstanceOf(AdapterStartError);
  return s.error as AdapterStartError;
}

function errored(o: Outcome<'ham.populations'>): { message: string; kind: string } {
  expect(o).toHaveProperty('errored');
  return (o as { errored: { message: string; kind: string } }).errored;
}

/** The quote of a line longer than QUOTE_CHARS: its first QUOTE_CHARS characters, then its length. */
function quotedCut(message: string): { text: string; length: number } {
  const m = /("(?:[^"\\]|\\.)*")… \((\d+) characters\)/.exec(message);
  expect(m, `no cut quote in ${message}`).not.toBeNull();
  return { text: JSON.parse(m![1]) as string, length: Number(m![2]) };
}

const call = (c: ProtocolClient) => c.call('ham.populations', ARGS);

describe('ProtocolClient against broken fake adapters', () => {
  it('the control (correct.mjs) answers the closed form, declares only ham.populations and exits on stop', { timeout: 10_000 }, async () => {
    const s = await start('correct.mjs');
    const c = s.client!;
    expect([...c.capabilities]).toEqual(['ham.populations']);
    expect(c.info.name).toBe('fake-correct');
    const o = await call(c);
    expect(o).toHaveProperty('result');
    const got = (o as { result: { populations: number[][] } }).result.populations;
    // the same double expressions evaluated by the fake: equal up to printing, which round-trips
    expect(got).toEqual(EXPECTED);
    expect(await c.call('ham.populations', { ...ARGS, p0: [0.5, 0.25, 0.25] })).toEqual({ skipped: { reason: 'this fake knows only N = 2, got N = 3' } });
    const t0 = performance.now();
    await expectNoneLeft(s);
    // it exits on stop by itself: well before the grace period ends in a kill
    expect(performance.now() - t0).toBeLessThan(STOP_GRACE_MS);
    expect(c.restartsUsed).toBe(0);
  });

  it('crash at start: AdapterStartError naming the exit code and quoting stderr', { timeout: 10_000 }, async () => {
    const s = await start('crash-at-start.mjs');
    const e = startError(s);
    expect(e.message).toContain('exited with code 3 before answering hello');
    expect(e.message).toContain('ImportError: No module named numpy');
    expect(e.stderr).toContain('ImportError: No module named numpy');
    await expectNoneLeft(s);
  });

  it('hang at start: AdapterStartError after the startup timeout (30 s × scale), naming it; the fake is killed', { timeout: 10_000 }, async () => {
    const t0 = performance.now();
    const s = await start('hang-at-start.mjs', { timeoutScale: SCALE });
    const waited = performance.now() - t0;
    const e = startError(s);
    expect(e.message).toContain(`no hello reply within ${(STARTUP_MS / 1000).toFixed(1)} s`);
    expect(e.message).toContain('--timeout-scale');
    expect(waited).toBeGreaterThanOrEqual(STARTUP_MS - 5); // timers may fire a few ms early
    expect(waited).toBeLessThan(STARTUP_MS + SLACK_MS);
    await expectNoneLeft(s); // it ignores SIGTERM and stdin's end: only the client's SIGKILL ends it
  });

  it('wrong version: AdapterStartError "speaks protocol 2"', { timeout: 10_000 }, async () => {
    const s = await start('wrong-version.mjs');
    expect(startError(s).message).toContain('speaks protocol 2, hamcheck speaks protocol 1');
    await expectNoneLeft(s);
  });

  it('garbage before the hello reply (a debug print on stdout): AdapterStartError "malformed JSON" quoting it', { timeout: 10_000 }, async () => {
    const s = await start('correct.mjs', {}, {}, "echo 'Loading numpy 1.26 ...'; ");
    const e = startError(s);
    expect(e.message).toContain('hello reply: malformed JSON');
    expect(e.message).toContain('line "Loading numpy 1.26 ..."');
    await expectNoneLeft(s);
  });

  it('a hello reply that is JSON but not protocol v1: AdapterStartError naming the missing field, quoting the line', { timeout: 10_000 }, async () => {
    const s = await start('correct.mjs', {}, {}, `echo '{"protocol":1,"capabilities":[]}'; `);
    const e = startError(s);
    expect(e.message).toContain("hello reply does not fit protocol v1: hello: must have required property 'implementation'");
    expect(e.message).toContain('line "{\\"protocol\\":1,\\"capabilities\\":[]}"');
    await expectNoneLeft(s);
  });

  it('hello on stderr only: startup timeout that says so and quotes the stderr tail', { timeout: 10_000 }, async () => {
    const s = await start('stderr-only.mjs', { timeoutScale: SCALE }, { FAKE_STDERR_HELLO: '1' });
    const e = startError(s);
    expect(e.message).toContain('no hello reply within');
    expect(e.message).toContain('(it wrote only to stderr)');
    expect(e.message).toContain('\\"name\\":\\"fake-stderr-only\\"');
    await expectNoneLeft(s);
  });

  it('garbage: a protocol error "malformed JSON" quoting the line; the process is replaced', { timeout: 10_000 }, async () => {
    const s = await start('garbage.mjs');
    const e = errored(await call(s.client!));
    expect(e.kind).toBe('protocol');
    expect(e.message).toContain('malformed JSON');
    expect(e.message).toContain('"computing populations for seq 1: N=2, 30 times"');
    const again = errored(await call(s.client!)); // a new process, the same fault
    expect(again.message).toContain('seq 2: N=2, 30 times');
    expect(s.client!.restartsUsed).toBe(1);
    expect(pids(s)).toHaveLength(2);
    await expectNoneLeft(s);
  });

  it('wrong seq: a protocol error naming both seqs, quoting the line cut to QUOTE_CHARS', { timeout: 10_000 }, async () => {
    const s = await start('wrong-seq.mjs');
    const e = errored(await call(s.client!));
    expect(e.kind).toBe('protocol');
    expect(e.message).toContain('expected seq 1, got 2');
    const q = quotedCut(e.message);
    expect(q.text).toHaveLength(QUOTE_CHARS);
    expect(q.text.startsWith('{"seq":2,"result":{"populations":[[1,0],')).toBe(true);
    expect(q.length).toBeGreaterThan(QUOTE_CHARS);
    await expectNoneLeft(s);
  });

  it('NaN: a protocol error with the JSON-has-no-NaN hint, quoting the line cut to QUOTE_CHARS', { timeout: 10_000 }, async () => {
    const s = await start('nan.mjs');
    const e = errored(await call(s.client!));
    expect(e.kind).toBe('protocol');
    expect(e.message).toContain('malformed JSON (JSON has no NaN or Infinity: the protocol forbids them)');
    const q = quotedCut(e.message);
    expect(q.text).toHaveLength(QUOTE_CHARS);
    expect(q.text.startsWith('{"seq":1,"result":{"populations":[[NaN,0],')).toBe(true);
    await expectNoneLeft(s);
  });

  it('wrong lengths: protocol errors naming the path, expected and found lengths; the process is kept', { timeout: 10_000 }, async () => {
    const s = await start('wrong-lengths.mjs');
    const odd = errored(await call(s.client!));
    expect(odd).toEqual({ kind: 'protocol', message: `ham.populations (seq 1): result.populations: expected an array of ${ARGS.times.length}, got ${ARGS.times.length - 1} entries` });
    const even = errored(await call(s.client!));
    expect(even).toEqual({ kind: 'protocol', message: 'ham.populations (seq 2): result.populations[0]: expected an array of 2, got 3 entries' });
    expect(s.client!.restartsUsed).toBe(0);
    expect(pids(s)).toHaveLength(1);
    await expectNoneLeft(s);
  });

  it('missing fields: a schema error naming result.populations, quoting the line; the process is kept', { timeout: 10_000 }, async () => {
    const s = await start('missing-fields.mjs');
    const e = errored(await call(s.client!));
    expect(e.kind).toBe('protocol');
    expect(e.message).toContain("result: must have required property 'populations'");
    expect(quotedCut(e.message).text.startsWith('{"seq":1,"result":{"population":[[1,0],')).toBe(true);
    expect((await call(s.client!)) as unknown).toMatchObject({ errored: { kind: 'protocol' } });
    expect(s.client!.restartsUsed).toBe(0);
    await expectNoneLeft(s);
  });

  it('answers on stderr only: a timeout after the request deadline that says it wrote to stderr only, quoting it', { timeout: 10_000 }, async () => {
    const s = await start('stderr-only.mjs', { timeoutScale: SCALE });
    const t0 = performance.now();
    const e = errored(await call(s.client!));
    const waited = performance.now() - t0;
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain(`no answer within ${(DEADLINE_MS / 1000).toFixed(1)} s`);
    expect(e.message).toContain('(it wrote to stderr only, never to stdout)');
    // the stderr tail: the end of the correct answer it printed there
    const last = EXPECTED[EXPECTED.length - 1];
    expect(e.message).toContain(`[${last[0]},${last[1]}]]}}`);
    expect(waited).toBeGreaterThanOrEqual(DEADLINE_MS - 5);
    expect(waited).toBeLessThan(DEADLINE_MS + SLACK_MS);
    await expectNoneLeft(s);
  });

  it('hang: a timeout naming the deadline and --timeout-scale; the fake (deaf to stop and SIGTERM) is killed and replaced', { timeout: 15_000 }, async () => {
    const s = await start('hang.mjs', { timeoutScale: SCALE });
    const t0 = performance.now();
    const e = errored(await call(s.client!));
    expect(performance.now() - t0).toBeLessThan(DEADLINE_MS + SLACK_MS);
    expect(e.kind).toBe('timeout');
    expect(e.message).toBe(`ham.populations (seq 1): no answer within ${(DEADLINE_MS / 1000).toFixed(1)} s (--timeout-scale k stretches it)`);
    await expectGone(pids(s)[0]); // killed at the timeout, not only at close
    expect(errored(await call(s.client!)).kind).toBe('timeout');
    expect(pids(s)).toHaveLength(2);
    await expectNoneLeft(s);
  });

  it('crash mid-run: the crash quotes stderr; the budget counts every restart (not reset by successes), then "implementation broken" at once', { timeout: 15_000 }, async () => {
    const restarts = 2;
    const s = await start('crash-mid-run.mjs', { restarts });
    const c = s.client!;
    // each process answers 2 requests and crashes on its 3rd: requests 3, 6, 9 crash
    for (let process = 0; process <= restarts; process++) {
      for (let k = 0; k < 2; k++) expect(await call(c)).toHaveProperty('result');
      const seq = 3 * process + 3;
      expect(errored(await call(c))).toEqual({
        kind: 'crash',
        message: `ham.populations (seq ${seq}): the adapter exited with code 1 while answering; stderr ends with "fake-crash-mid-run: Segmentation fault in request seq ${seq}"`,
      });
    }
    expect(c.restartsUsed).toBe(restarts);
    const t0 = performance.now();
    const broken = errored(await call(c));
    expect(performance.now() - t0).toBeLessThan(50); // no new process, no deadline: at once
    expect(broken.kind).toBe('crash');
    expect(broken.message).toBe(
      `implementation broken: restart budget of ${restarts} used up (last: ham.populations (seq 9): the adapter exited with code 1 while answering; stderr ends with "fake-crash-mid-run: Segmentation fault in request seq 9")`,
    );
    expect(c.brokenReason).toBe(broken.message);
    expect(errored(await call(c)).message).toBe(broken.message);
    expect(pids(s)).toHaveLength(restarts + 1);
    await expectNoneLeft(s);
  });

  it('restart budget 0: the first fault that ends the process makes the next request "implementation broken"', { timeout: 10_000 }, async () => {
    const s = await start('garbage.mjs', { restarts: 0 });
    expect(errored(await call(s.client!)).kind).toBe('protocol');
    const e = errored(await call(s.client!));
    expect(e.message).toMatch(/^implementation broken: restart budget of 0 used up \(last: ham\.populations \(seq 1\): malformed JSON/);
    expect(pids(s)).toHaveLength(1);
    await expectNoneLeft(s);
  });

  it(`flood, one line over MAX_LINE_BYTES (${MAX_LINE_BYTES / 2 ** 20} MiB): a protocol error quoting the line's start; the fake is killed`, { timeout: 20_000 }, async () => {
    const s = await start('flood.mjs', { timeoutScale: FLOOD_SCALE });
    const e = errored(await call(s.client!));
    expect(e.kind).toBe('protocol');
    const m = /a line of over (\d+) characters, starting ("(?:[^"\\]|\\.)*")…/.exec(e.message);
    expect(m, e.message).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(MAX_LINE_BYTES);
    expect(JSON.parse(m![2])).toBe(`{"seq":1,"result":{"populations":[${'[0.5,0.5],'.repeat(20)}`.slice(0, QUOTE_CHARS));
    // dropped at the limit, not read to its end (300 MB): over it by less than one read chunk (≤ 64 KiB)
    expect(Number(m![1]) - MAX_LINE_BYTES).toBeLessThan(2 ** 16);
    await expectGone(pids(s)[0]);
    await expectNoneLeft(s);
  });

  it('flood of 200 000 short lines with the wrong seq: a protocol error at the first line, quoting it', { timeout: 10_000 }, async () => {
    const s = await start('flood.mjs', {}, { FAKE_FLOOD: 'lines' });
    const e = errored(await call(s.client!));
    expect(e).toEqual({ kind: 'protocol', message: 'ham.populations: expected seq 1, got 2: "{\\"seq\\":2,\\"result\\":{\\"populations\\":[[0.5,0.5]]}}"' });
    await expectNoneLeft(s);
  });

  it('a 16 MB line below the limit is read whole and fails the length check (1.6 million rows for 30 times)', { timeout: 20_000 }, async () => {
    const s = await start('flood.mjs', { timeoutScale: FLOOD_SCALE }, { FAKE_FLOOD_MB: '16' });
    const e = errored(await call(s.client!));
    // 16 chunks of 100 000 rows and the closing row
    expect(e).toEqual({ kind: 'protocol', message: `ham.populations (seq 1): result.populations: expected an array of ${ARGS.times.length}, got ${16 * 100_000 + 1} entries` });
    await expectNoneLeft(s);
  });

  it('the fakes tested here are all the fakes of spec/protocol/fixtures/', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.mjs') && !f.startsWith('_')).map((f) => f.replace(/\.mjs$/, ''));
    expect(files.sort()).toEqual([...FAKES].sort());
  });

  it('slow but inside the deadline: correct answers (the control for timeouts)', { timeout: 10_000 }, async () => {
    const delay = 200;
    const s = await start('slow.mjs', { timeoutScale: SCALE }, { FAKE_DELAY_MS: String(delay) });
    expect(delay).toBeLessThan(DEADLINE_MS / 2);
    expect(await call(s.client!)).toEqual({ result: { populations: EXPECTED } });
    await expectNoneLeft(s);
  });
});
