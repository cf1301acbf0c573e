/**
 * The peer comparison of the latest stored benchmark run (`hamcheck-bench/2`, src/bench/benchRecord.ts)
 * for the page's verification summary, with what a reader needs to judge it: date, commit, workload and
 * the machine's load.
 */
import { readRecords } from '../bench/historyPlot.ts';
import type { BenchRecord, BenchWorkload, PeerComparison } from '../bench/benchRecord.ts';

/** What the page shows of one bench record. */
export interface BenchPeerSummary {
  /** ISO 8601 start time of the run. */
  date: string;
  /** Short commit (`+` when the tree was dirty), or `no git`. */
  commit: string;
  workload: BenchWorkload;
  hamcheck: string;
  cores: number;
  /** 1-minute load average at the start and at the end of the run. */
  loadStart: number;
  loadEnd: number;
  peers: Pick<PeerComparison, 'workload' | 'peer' | 'task' | 'status' | 'ratio' | 'maxAbsDeltaP'>[];
}

export function summarizeBenchRecord(r: BenchRecord): BenchPeerSummary {
  return {
    date: r.date,
    commit: r.git.shortCommit === null ? 'no git' : `${r.git.shortCommit}${r.git.dirty ? '+' : ''}`,
    workload: r.workload,
    hamcheck: r.hamcheck,
    cores: r.machine.cores,
    loadStart: r.machine.loadavgStart[0],
    loadEnd: r.machine.loadavgEnd[0],
    peers: r.peers.map(({ workload, peer, task, status, ratio, maxAbsDeltaP }) => ({ workload, peer, task, status, ratio, maxAbsDeltaP })),
  };
}

/** The latest (by start time) `hamcheck-bench/2` record under `dir`, summarized; null when there is none or no folder. */
export async function latestBenchSummary(dir: string): Promise<BenchPeerSummary | null> {
  let records: BenchRecord[];
  try {
    records = (await readRecords(dir)).records;
  } catch {
    return null; // no folder
  }
  const latest = records.at(-1);
  return latest ? summarizeBenchRecord(latest) : null;
}
