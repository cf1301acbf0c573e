import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dumpModel } from '../model/dumpModel.ts';
import { PACKAGE_ROOT } from '../packageInfo.ts';
import type { PeerComparison, TaskRecord } from './benchRecord.ts';
import { runPeer } from './runPeer.ts';
import type { PeerWorkload } from './tasks/peerWorkloadTasks.ts';

/** The peers' folder (a source checkout: bench/ is not in the npm package). */
export const PEER_DIR = join(PACKAGE_ROOT, 'bench', 'peers');
/** Peers of F2 (one trajectory) and F4 (the band ensemble). */
export const F2_PEERS = ['numpy_eigh', 'scipy_expm_multiply', 'qutip_sesolve'] as const;
export const F4_PEERS = ['numpy_eigh_band_ensemble'] as const;

function maxAbsDelta(a: readonly Float64Array[], b: readonly Float64Array[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  a.forEach((row, i) => {
    if (row.length !== b[i].length) worst = Number.POSITIVE_INFINITY;
    else for (let k = 0; k < row.length; k++) worst = Math.max(worst, Math.abs(row[k] - b[i][k]));
  });
  return worst;
}

/**
 * Runs each peer `runs` times, round-robin (A B C A B C …, so a drift of the machine's load hits all
 * alike), on the identical dumped model (and for F4 the identical band states), and compares with
 * hamcheck's populations and timed task. A peer that fails is reported and not run again.
 */
export async function comparePeers(
  workload: 'F2' | 'F4',
  w: PeerWorkload,
  hamcheck: TaskRecord,
  peers: readonly string[],
  runs: number,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<PeerComparison[]> {
  const ours = w.populations();
  const dir = await mkdtemp(join(tmpdir(), 'hamcheck-bench-peers-'));
  try {
    const dumpPath = join(dir, 'model.json');
    const timesPath = join(dir, 'times.json');
    const statesPath = join(dir, 'states.json');
    await writeFile(dumpPath, JSON.stringify(dumpModel(w.chain.model, w.chain.psi0)));
    await writeFile(timesPath, JSON.stringify(Array.from(w.chain.times)));
    const n = w.chain.model.levels;
    if (w.states) {
      await writeFile(statesPath, JSON.stringify({ re: w.states.map((s) => Array.from(s.re.subarray(0, n))), im: w.states.map((s) => Array.from(s.im.subarray(0, n))) }));
    }
    const expected = w.states ? { times: w.states.length, sites: w.chain.times.length } : { times: w.chain.times.length, sites: w.chain.model.sites };
    const out: PeerComparison[] = peers.map((peer) => ({
      workload,
      task: hamcheck.id,
      peer,
      status: 'ok',
      version: null,
      samples: [],
      wallSeconds: [],
      p50: null,
      ratio: null,
      maxAbsDeltaP: null,
      failure: null,
    }));
    const stopped = new Set<string>();
    for (let round = 0; round < runs; round++) {
      for (const c of out) {
        if (stopped.has(c.peer)) continue;
        const script = join(PEER_DIR, `${c.peer}.py`);
        if (!existsSync(script)) {
          c.status = 'spawn-error';
          c.failure = `${script} not found (the peers live in a source checkout)`;
          stopped.add(c.peer);
          continue;
        }
        const r = await runPeer({ script, dumpPath, timesPath, extraInputs: w.states ? [statesPath] : [], expected, timeoutMs });
        if (!r.ok) {
          if (c.samples.length === 0) c.status = r.kind;
          c.failure = `${r.kind}: ${r.message}`;
          stopped.add(c.peer);
          log(`  ${workload} ${c.peer}: ${r.kind} (${r.message})`);
          continue;
        }
        c.version ??= r.version;
        c.samples.push(r.seconds);
        c.wallSeconds.push(r.wallSeconds);
        const d = ours ? maxAbsDelta(ours, r.populations) : null;
        c.maxAbsDeltaP = d === null ? null : Math.max(c.maxAbsDeltaP ?? 0, d);
        log(`  ${workload} ${c.peer} run ${round + 1}: ${r.seconds.toFixed(3)} s`);
      }
    }
    for (const c of out) {
      if (c.samples.length === 0) continue;
      const s = [...c.samples].sort((a, b) => a - b);
      const mid = s.length >> 1;
      c.p50 = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
      c.ratio = hamcheck.summary.p50 / c.p50;
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
