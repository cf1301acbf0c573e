import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { chainModelBytes } from '../model/memoryLimit.ts';
import { PACKAGE_ROOT } from '../packageInfo.ts';
import type { ScaleRun } from './scaleRun.ts';
import { versionHash } from './versionHash.ts';

/** Issue 10's memory target: peak RSS ≤ 1.3 × the Hamiltonian's storage + 150 MB. */
export const SCALE_BOUND = { storageFactor: 1.3, runtimeBytes: 150e6 };

/** Issue 10's bound on the peak RSS of a run whose Hamiltonian takes `storageBytes`: {@link SCALE_BOUND} applied. */
export function scaleBoundBytes(storageBytes: number): number {
  return SCALE_BOUND.storageFactor * storageBytes + SCALE_BOUND.runtimeBytes;
}

/** The `scale` section of a full bench record: one large chain propagated in a child process. */
export interface ScaleSection {
  /** SHA-256 of this module and the sizes: a new value starts a new series. */
  version: string;
  sites: number;
  levels: number;
  /** What the child measured (bench/scaleRun.ts); null when it failed. */
  run: ScaleRun | null;
  /** 1.3 · storage + 150 MB, bytes. */
  boundBytes: number;
  /** peak RSS / boundBytes: at most 1 meets the target; null when the run failed. */
  boundRatio: number | null;
  /** Why the child failed (exit status and the end of its stderr); null on success. */
  failure: string | null;
}

/**
 * Runs bench/scaleRun.ts for N sites of n levels in a child Node process (so the peak RSS it reports is
 * that run's alone, not the bench's) and checks its peak against {@link SCALE_BOUND}.
 *
 * @remarks The child inherits the environment (HAMCHECK_THREADS, HAMCHECK_MEMORY_LIMIT_MB). A failure
 * (crash, timeout, unreadable output) is recorded in `failure`, not thrown: the rest of the record stands.
 */
export async function scaleFigure(sites: number, levels: number, timeoutMs: number): Promise<ScaleSection> {
  const storage = chainModelBytes(sites, levels);
  const boundBytes = scaleBoundBytes(storage);
  const base = { version: versionHash(import.meta.url, { sites, levels }), sites, levels, boundBytes };
  const args = [join(PACKAGE_ROOT, 'bin/run-ts.mjs'), join(PACKAGE_ROOT, 'bench/scaleRun.ts'), '--sites', String(sites), '--levels', String(levels)];
  const outcome = await new Promise<{ stdout: string; failure: string | null }>((resolve) => {
    execFile(process.execPath, args, { cwd: PACKAGE_ROOT, timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const tail = String(stderr).trim().split('\n').slice(-3).join(' | ');
      resolve({ stdout: String(stdout), failure: error ? `${error.killed ? `timed out after ${timeoutMs} ms` : `exit ${error.code ?? error.signal}`}: ${tail}` : null });
    });
  });
  if (outcome.failure !== null) return { ...base, run: null, boundRatio: null, failure: outcome.failure };
  try {
    const run = JSON.parse(outcome.stdout) as ScaleRun;
    if (run.storageBytes !== storage || !(run.peakRssBytes > 0)) throw new Error(`unexpected figures ${outcome.stdout.trim()}`);
    return { ...base, run, boundRatio: run.peakRssBytes / boundBytes, failure: null };
  } catch (e) {
    return { ...base, run: null, boundRatio: null, failure: `invalid output: ${e instanceof Error ? e.message : String(e)}` };
  }
}
