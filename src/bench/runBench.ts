import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stopChebyshevWorkers } from '../exact/chebyshevWorkerPool.ts';
import { PACKAGE_ROOT, hamcheckVersion } from '../packageInfo.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { accuracyFigures } from './accuracyFigures.ts';
import { BENCH_FORMAT, type BenchRecord, type BenchWorkload, type ScalingFit, type TaskRecord } from './benchRecord.ts';
import type { BenchTask } from './benchTask.ts';
import { F2_PEERS, F4_PEERS, comparePeers } from './peerComparison.ts';
import { type ScaleSection, scaleFigure } from './scaleFigure.ts';
import { gitState, libraryVersions, machineState } from './runEnvironment.ts';
import { summarizeSamples } from './sampleSummary.ts';
import { fitScaling } from './scalingFit.ts';
import { f2Workload, f4Workload } from './tasks/peerWorkloadTasks.ts';
import { timeCalls } from './timeCalls.ts';
import { combinedVersion } from './versionHash.ts';
import { workloadPlan } from './workloads.ts';

export interface RunBenchOptions {
  workload: BenchWorkload;
  /** Folder of the record (created). */
  outDir: string;
  /** Skip the Python peers. */
  noPeers?: boolean;
  /** Skip the full run's scale figure (`bench ab` compares tasks only). */
  noScale?: boolean;
  /** Also time this protocol-v1 adapter command (src/bench/implBench.ts). */
  impl?: string;
  log?: (line: string) => void;
}

async function timeTask(task: BenchTask): Promise<TaskRecord> {
  const call = task.prepare();
  const { samples, callsPerSample } = await timeCalls(call, task.plan);
  return { id: task.id, kind: task.kind, version: task.version, sizes: task.sizes, callsPerSample, samples, summary: summarizeSamples(samples), details: task.details?.() ?? {} };
}

/** `2026-11-24T01-04-25Z`: ISO 8601 UTC to the second, colons replaced (safe in file names). */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

/**
 * One `hamcheck bench` run: the sweeps (tinybench), the scaling fits, the accuracy figures, F2 and F4
 * with their peers, in the full run the scale figure (a child process), written as one `hamcheck-bench/2` record `<outDir>/<stamp>-<commit>-<workload>.json`
 * (atomically). Returns the record and its path.
 */
export async function runBench(opts: RunBenchOptions): Promise<{ record: BenchRecord; path: string }> {
  const log = opts.log ?? ((l: string) => void process.stderr.write(`${l}\n`));
  const started = new Date();
  const t0 = performance.now();
  const machine = machineState();
  const gitAtStart = gitState(PACKAGE_ROOT);
  const plan = workloadPlan(opts.workload);
  if (opts.noScale) plan.scale = null;
  const tasks = plan.sweeps.flatMap((s) => s.sizes.map(([N, n]) => s.kind.make(N, n, s.plan)));
  const f2 = f2Workload(plan.f2.sites, plan.f2.levels, plan.f2.plan);
  const f4 = f4Workload(plan.f4.levels, plan.f4.states, plan.f4.plan);
  const records: TaskRecord[] = [];
  if (opts.impl) {
    // fail before minutes of timing when the adapter cannot even shake hands
    const { ProtocolClient } = await import('../protocol/client/protocolClient.ts');
    await (await ProtocolClient.start(opts.impl)).close();
  }
  const progress = createProgress({ label: `hamcheck bench --${opts.workload === 'full' ? 'full' : 'quick'}`, total: tasks.length + 3 + (plan.scale ? 1 : 0) });
  let peers: BenchRecord['peers'] = [];
  let accuracy: BenchRecord['accuracy'];
  let impl: BenchRecord['impl'] = null;
  let scale: ScaleSection | undefined;
  try {
    for (const task of tasks) {
      records.push(await timeTask(task));
      progress.increment();
    }
    accuracy = accuracyFigures(plan.accuracy);
    progress.increment();
    const f2Record = await timeTask(f2.task);
    records.push(f2Record);
    progress.increment();
    const f4Record = await timeTask(f4.task);
    records.push(f4Record);
    progress.increment();
    if (plan.scale) {
      scale = await scaleFigure(plan.scale.sites, plan.scale.levels, plan.scale.timeoutMs);
      progress.increment();
    }
    if (opts.impl) {
      const { benchImplementation } = await import('./implBench.ts');
      const { lastPropagation } = await import('./tasks/propagationTask.ts');
      const cheb = plan.sweeps.find((w) => w.kind.kind === 'chebyshev');
      const ham = plan.sweeps.find((w) => w.kind.kind === 'ham');
      const r = await benchImplementation(opts.impl, cheb?.sizes ?? [], (ham?.sizes ?? []).map(([N]) => N), cheb?.plan ?? plan.f2.plan, { tasks: records, populations: (id) => lastPropagation.get(id)?.populations }, log);
      records.push(...r.tasks);
      impl = r.section;
    }
    if (!opts.noPeers) {
      peers = [
        ...(await comparePeers('F2', f2, f2Record, F2_PEERS, plan.peerRuns, plan.peerTimeoutMs, log)),
        ...(await comparePeers('F4', f4, f4Record, F4_PEERS, plan.peerRuns, plan.peerTimeoutMs, log)),
      ];
    }
  } finally {
    progress.stop();
    await stopChebyshevWorkers();
  }
  const scaling: ScalingFit[] = plan.sweeps.map(({ kind }) => {
    const mine = records.filter((r) => r.kind === kind.kind);
    const fit = fitScaling(mine.map((r) => ({ sites: r.sizes.sites, levels: r.sizes.levels, seconds: r.summary.p50 })));
    return { kind: kind.kind, version: combinedVersion(mine.map((r) => r.version)), points: mine.length, confidence: 0.95, ...fit, expected: kind.expected };
  });
  machine.loadavgEnd = loadavg();
  // the commit that ran (the start's), dirty when the tree was dirty at the start, became so during the run
  // (lazily loaded modules may have read the change) or HEAD moved meanwhile
  const gitAtEnd = gitState(PACKAGE_ROOT);
  const git =
    gitAtStart.commit === null
      ? gitAtStart
      : {
          ...gitAtStart,
          dirty: gitAtStart.commit !== gitAtEnd.commit || gitAtStart.dirty === true || gitAtEnd.dirty === true,
          dirtyPaths: Math.max(gitAtStart.dirtyPaths ?? 0, gitAtEnd.dirtyPaths ?? 0),
        };
  const record: BenchRecord = {
    format: BENCH_FORMAT,
    hamcheck: hamcheckVersion(),
    workload: opts.workload,
    date: started.toISOString(),
    git,
    machine,
    versions: libraryVersions(PACKAGE_ROOT),
    tasks: records,
    accuracy,
    scaling,
    peers,
    impl,
    ...(scale ? { scale } : {}),
    totalSeconds: (performance.now() - t0) / 1000,
  };
  const path = join(opts.outDir, `${fileStamp(started)}-${git.shortCommit ?? 'nogit'}-${opts.workload}.json`);
  await writeFileAtomic(path, `${JSON.stringify(record, null, 1)}\n`);
  return { record, path };
}
