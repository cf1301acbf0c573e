import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, arch, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import type { PeerFailureKind } from './runPeer.ts';

/**
 * The result file of one benchmark run, schema `hamcheck-bench/1` (documented in bench/README.md).
 *
 * @remarks
 * Absolute seconds depend on the machine and its load; only the ratios measured in one run mean
 * anything. Times are seconds; `null` marks a figure that could not be measured.
 */
export interface BenchResultFile {
  schema: 'hamcheck-bench/1';
  /** Benchmark name, e.g. `propagateF2`. */
  bench: string;
  /** ISO 8601 start time (UTC). */
  date: string;
  git: { sha: string; shortSha: string; dirtyPaths: number };
  machine: MachineInfo;
  problem: Record<string, number | string>;
  hamcheck: HamcheckFigures;
  peers: PeerFigures[];
  /** Wall seconds of the whole bench run. */
  totalSeconds: number;
}

export interface MachineInfo {
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  totalMemGiB: number;
  node: string;
  /** os.loadavg() (1, 5, 15 min) before and after the run: a loaded machine skews absolute times. */
  loadavgBefore: number[];
  loadavgAfter: number[];
  /** BLAS/OpenMP thread settings in the environment, if any (they change the NumPy/SciPy times). */
  threadEnv: Record<string, string>;
}

export interface HamcheckFigures {
  /** What was timed, e.g. `propagate(model, psi0, times, { method: 'chebyshev' })`. */
  call: string;
  method: string;
  /** tinybench latency samples in seconds, sorted ascending (tinybench sorts them). */
  samplesSeconds: number[];
  medianSeconds: number;
  minSeconds: number;
  meanSeconds: number;
  /** max_j |Σ_µ P_µ(t_j) − 1|. */
  maxNormDeviation: number;
  /** The propagator's own figures (terms, spectral bounds, …). */
  details: Record<string, number | string>;
}

export interface PeerRunRecord {
  status: 'ok' | PeerFailureKind;
  /** Self-reported compute seconds (ok runs only). */
  seconds: number | null;
  /** Spawn-to-exit wall seconds, interpreter start-up and JSON I/O included. */
  wallSeconds: number;
  /** 1-minute load average when the run started (others' work on the machine skews the time). */
  loadavg1: number;
  /** Failure message (failed runs only). */
  message?: string;
}

export interface PeerFigures {
  /** Peer script name without `.py`, e.g. `numpy_eigh`. */
  name: string;
  /** Script path relative to the repository. */
  script: string;
  /** `ok` when at least one run succeeded, else the kind of the first failure. */
  status: 'ok' | PeerFailureKind;
  /** Self-reported library versions (from the first successful run), or null. */
  version: string | null;
  runs: PeerRunRecord[];
  /** Runs planned but not started (time budget, or an earlier failure). */
  skippedRuns: number;
  /** Median over ok runs; null when none succeeded. */
  medianSeconds: number | null;
  medianWallSeconds: number | null;
  /** Fastest ok run (compute): the least disturbed by other load on a shared machine. */
  minSeconds: number | null;
  /** hamcheck median / peer median (compute only): < 1 means hamcheck is faster. */
  ratio: number | null;
  /** hamcheck median / peer median wall time (peer's Python start-up and JSON I/O included). */
  ratioWall: number | null;
  /** max over times, sites and ok runs of |P_hamcheck − P_peer|. */
  maxAbsDeltaP: number | null;
  /** max_j |Σ_µ P_µ(t_j) − 1| of the peer (worst ok run). */
  maxNormDeviation: number | null;
  /** First failure message, if any run failed. */
  failure?: string;
}

function git(repoRoot: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** HEAD's sha and the number of uncommitted changes under src/ and bench/ (what the timing depends on). */
export function gitInfo(repoRoot: string): BenchResultFile['git'] {
  const sha = git(repoRoot, ['rev-parse', 'HEAD']) ?? 'unknown';
  const shortSha = git(repoRoot, ['rev-parse', '--short', 'HEAD']) ?? 'nogit';
  const status = git(repoRoot, ['status', '--porcelain', '--', 'src', 'bench']);
  const dirtyPaths = status === null || status === '' ? 0 : status.split('\n').length;
  return { sha, shortSha, dirtyPaths };
}

export function machineInfo(loadavgBefore: number[]): MachineInfo {
  const threadEnv: Record<string, string> = {};
  for (const k of ['OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS']) {
    const v = process.env[k];
    if (v !== undefined) threadEnv[k] = v;
  }
  const c = cpus();
  return {
    platform: platform(),
    arch: arch(),
    cpuModel: c[0]?.model ?? 'unknown',
    cores: c.length,
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadavgBefore,
    loadavgAfter: loadavg(),
    threadEnv,
  };
}

/** `2026-11-24T01-04-25Z`: the ISO 8601 UTC time to the second, colons replaced (safe in file names). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/**
 * Writes `result` to `<dir>/<stamp>-<shortSha>.json` atomically (temp file in the same folder, then
 * rename), creating the folder. Returns the path.
 */
export function writeResultFile(dir: string, result: BenchResultFile): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${fileStamp(new Date(result.date))}-${result.git.shortSha}.json`);
  const tmp = join(dirname(path), `.${process.pid}-${Date.now()}.tmp`);
  writeFileSync(tmp, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(tmp, path);
  return path;
}
