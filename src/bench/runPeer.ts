import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Runs one benchmark peer (`bench/peers/*.py`) as a child process and checks what it wrote.
 *
 * @remarks
 * Peer contract: `PYTHON PEER.py MODEL_DUMP.json TIMES.json OUT.json`, exit 0 and OUT.json =
 * `{ peer, version, populations: [[P_1..P_N] per time], seconds }` (`seconds`: compute only, after
 * loading the JSON, before writing the output). Exit code 3 means "library not available".
 * Every way a peer can go wrong — it cannot be started, crashes, hangs, exits 3, writes nothing,
 * writes garbage, the wrong shape or non-finite numbers — comes back as a typed
 * {@link PeerFailure}; this function never rejects, so one broken peer cannot crash the bench.
 */

/** Why a peer run produced no usable populations. */
export type PeerFailureKind =
  /** The interpreter or script could not be started (ENOENT, EACCES, …). */
  | 'spawn-error'
  /** The peer exited with code 3: its library (e.g. QuTiP) is not installed. */
  | 'unavailable'
  /** Non-zero exit (other than 3) or killed by a signal. */
  | 'crash'
  /** Still running after `timeoutMs`; its process group was killed. */
  | 'timeout'
  /** Exit 0, but OUT.json is missing, not JSON, or not the documented shape. */
  | 'invalid-output';

export interface PeerSuccess {
  ok: true;
  /** The peer's self-reported name. */
  peer: string;
  /** The peer's self-reported library versions. */
  version: string;
  /** `populations[j][µ]` = P_µ(t_j), µ 0-based (like hamcheck's PropagationResult). */
  populations: Float64Array[];
  /** Self-reported compute seconds (no interpreter start-up, no JSON I/O). */
  seconds: number;
  /** Wall seconds from spawn to exit, interpreter start-up and JSON I/O included. */
  wallSeconds: number;
  /** The last few KiB of the peer's stderr (warnings). */
  stderr: string;
}

export interface PeerFailure {
  ok: false;
  kind: PeerFailureKind;
  /** One line saying what went wrong. */
  message: string;
  wallSeconds: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The last few KiB of the peer's stderr. */
  stderr: string;
}

export type PeerResult = PeerSuccess | PeerFailure;

export interface RunPeerOptions {
  /** Path of the peer script. */
  script: string;
  /** A `hamcheck-model/1` dump. */
  dumpPath: string;
  /** A JSON array of times. */
  timesPath: string;
  /** Further input files, passed after TIMES.json and before OUT.json (e.g. the F4 band states). */
  extraInputs?: string[];
  /** What the output must contain: one row per time, one population per site. */
  expected: { times: number; sites: number };
  /** Interpreter; default `$HAMCHECK_PYTHON`, else `python3` from PATH. */
  command?: string;
  /** Arguments placed before the script (e.g. `['-u']`). */
  commandArgs?: string[];
  /** Kill the peer after this many milliseconds; default 120 000. */
  timeoutMs?: number;
  /** Environment of the peer; default this process's. */
  env?: NodeJS.ProcessEnv;
}

/** Exit code by which a peer says its library is not installed. */
export const EXIT_UNAVAILABLE = 3;
const TAIL_BYTES = 8192;

/** Process groups of peers still running, killed if this process exits first. */
const running = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL'); // the peer and anything it started (detached ⇒ own group)
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of running) killGroup(pid);
  });
}

/** Keeps the last `TAIL_BYTES` of a stream. */
class Tail {
  private text = '';
  push(chunk: Buffer): void {
    this.text += chunk.toString('utf8');
    if (this.text.length > 2 * TAIL_BYTES) this.text = this.text.slice(-TAIL_BYTES);
  }
  toString(): string {
    return this.text.length > TAIL_BYTES ? this.text.slice(-TAIL_BYTES) : this.text;
  }
}

function lastLine(text: string): string {
  const lines = text.trim().split('\n');
  return lines[lines.length - 1]?.trim() ?? '';
}

export async function runPeer(options: RunPeerOptions): Promise<PeerResult> {
  const command = options.command ?? (process.env.HAMCHECK_PYTHON || 'python3');
  const timeoutMs = options.timeoutMs ?? 120_000;
  const dir = await mkdtemp(join(tmpdir(), 'hamcheck-peer-'));
  const outPath = join(dir, 'out.json');
  const args = [...(options.commandArgs ?? []), options.script, options.dumpPath, options.timesPath, ...(options.extraInputs ?? []), outPath];
  const stdout = new Tail();
  const stderr = new Tail();
  const start = performance.now();
  installExitHook();

  type Ended = { exitCode: number | null; signal: NodeJS.Signals | null; timedOut: boolean; spawnError?: Error };
  const ended = await new Promise<Ended>((resolvePromise) => {
    let settled = false;
    let timedOut = false;
    const settle = (e: Ended) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.pid !== undefined) running.delete(child.pid);
      resolvePromise(e);
    };
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // own process group, so a timeout kills the peer's children too
      env: options.env ?? process.env,
    });
    if (child.pid !== undefined) running.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) killGroup(child.pid);
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => stdout.push(c));
    child.stderr.on('data', (c: Buffer) => stderr.push(c));
    child.on('error', (err) => settle({ exitCode: null, signal: null, timedOut, spawnError: err }));
    child.on('close', (exitCode, signal) => settle({ exitCode, signal, timedOut }));
  });
  const wallSeconds = (performance.now() - start) / 1000;

  const fail = (kind: PeerFailureKind, message: string): PeerFailure => ({
    ok: false,
    kind,
    message,
    wallSeconds,
    exitCode: ended.exitCode,
    signal: ended.signal,
    stderr: stderr.toString(),
  });

  try {
    if (ended.spawnError) return fail('spawn-error', `could not start ${command}: ${ended.spawnError.message}`);
    if (ended.timedOut) return fail('timeout', `no result after ${(timeoutMs / 1000).toFixed(1)} s; killed`);
    if (ended.exitCode === EXIT_UNAVAILABLE) {
      return fail('unavailable', lastLine(stderr.toString()) || 'peer reports its library is not available (exit 3)');
    }
    if (ended.exitCode !== 0) {
      const how = ended.signal ? `killed by ${ended.signal}` : `exit code ${ended.exitCode}`;
      const why = lastLine(stderr.toString());
      return fail('crash', why ? `${how}: ${why}` : how);
    }
    let text: string;
    try {
      text = await readFile(outPath, 'utf8');
    } catch {
      return fail('invalid-output', 'exited 0 but wrote no output file');
    }
    const parsed = parsePeerOutput(text, options.expected);
    if (!parsed.ok) return fail('invalid-output', parsed.message);
    return { ...parsed.value, ok: true, wallSeconds, stderr: stderr.toString() };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ParsedPeerOutput {
  peer: string;
  version: string;
  populations: Float64Array[];
  seconds: number;
}

/**
 * Validates the text of a peer's OUT.json: `peer` a non-empty string, `version` a string, `seconds` a
 * finite number ≥ 0, `populations` exactly `expected.times` rows of `expected.sites` finite numbers.
 */
export function parsePeerOutput(
  text: string,
  expected: { times: number; sites: number },
): { ok: true; value: ParsedPeerOutput } | { ok: false; message: string } {
  const bad = (message: string) => ({ ok: false as const, message });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const hint = /\b(NaN|-?Infinity)\b/.test(text) ? ' (it contains NaN/Infinity, which JSON cannot hold)' : '';
    return bad(`output is not valid JSON${hint}: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('output is not a JSON object');
  const o = data as Record<string, unknown>;
  if (typeof o.peer !== 'string' || o.peer === '') return bad('"peer" must be a non-empty string');
  if (typeof o.version !== 'string') return bad('"version" must be a string');
  if (typeof o.seconds !== 'number' || !Number.isFinite(o.seconds) || o.seconds < 0) {
    return bad(`"seconds" must be a finite number ≥ 0, got ${JSON.stringify(o.seconds)}`);
  }
  const rows = o.populations;
  if (!Array.isArray(rows)) return bad('"populations" must be an array');
  if (rows.length !== expected.times) {
    return bad(`"populations" has ${rows.length} rows, expected one per time (${expected.times})`);
  }
  const populations: Float64Array[] = [];
  for (let j = 0; j < rows.length; j++) {
    const row: unknown = rows[j];
    if (!Array.isArray(row) || row.length !== expected.sites) {
      return bad(`"populations[${j}]" must be an array of ${expected.sites} numbers (one per site)`);
    }
    const out = new Float64Array(expected.sites);
    for (let mu = 0; mu < row.length; mu++) {
      const v: unknown = row[mu];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        return bad(`"populations[${j}][${mu}]" is ${JSON.stringify(v)}, not a finite number`);
      }
      out[mu] = v;
    }
    populations.push(out);
  }
  return { ok: true, value: { peer: o.peer, version: o.version, populations, seconds: o.seconds } };
}
