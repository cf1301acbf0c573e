import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import type { PropagationOptions, PropagationResult } from '../../src/exact/propagation.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { dumpModel } from '../../src/model/dumpModel.ts';
import { initialState } from '../../src/model/initialState.ts';
import type { ComplexVector } from '../../src/linalg/complexVector.ts';
import type { ChainModel } from '../../src/model/modelSpec.ts';
import { validateInitialSpec, validateModelSpec } from '../../src/model/validateModelSpec.ts';
import { F2 } from '../../src/paper/paperConfigurations.ts';
import { resolveTimes } from '../../src/runs/propagationSpec.ts';
import {
  type BenchResultFile,
  type HamcheckFigures,
  type PeerFigures,
  gitInfo,
  machineInfo,
  writeResultFile,
} from './benchResult.ts';
import { type PeerResult, runPeer } from './runPeer.ts';
import { maxAbsDifference, maxNormDeviation, median } from './stats.ts';

/** The function under test: `propagate` of src/exact/propagate.ts. */
export type PropagateFn = (
  model: ChainModel,
  psi0: ComplexVector,
  times: Float64Array,
  options?: PropagationOptions & { method?: 'chebyshev' | 'eigen' },
) => PropagationResult;

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const PEER_DIR = join(REPO_ROOT, 'bench', 'peers');
export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results', 'local');
/** All peers, cheapest first. */
export const ALL_PEERS = ['numpy_eigh', 'scipy_expm_multiply', 'qutip_sesolve'] as const;

/** The run's knobs; each has an environment variable (bench/README.md). */
export interface BenchSettings {
  /** Timed hamcheck iterations after one warm-up run (HAMCHECK_BENCH_ITERATIONS, default 3). */
  iterations: number;
  /** Runs of each peer (HAMCHECK_BENCH_PEER_RUNS, default 3). */
  peerRuns: number;
  /** Peers to run (HAMCHECK_BENCH_PEERS, comma-separated; default all). */
  peers: string[];
  /** Wall-clock budget of the whole run in seconds (HAMCHECK_BENCH_BUDGET_S, default 170). */
  budgetSeconds: number;
  /** Hard limit of one peer run in seconds (HAMCHECK_BENCH_PEER_TIMEOUT_S, default 120). */
  peerTimeoutSeconds: number;
  /** Where the result JSON goes (HAMCHECK_BENCH_RESULTS_DIR, default bench/results/local). */
  resultsDir: string;
}

function envNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v < min) throw new Error(`${name} must be a number ≥ ${min}, got ${JSON.stringify(raw)}`);
  return v;
}

export function settingsFromEnv(): BenchSettings {
  const peers = (process.env.HAMCHECK_BENCH_PEERS ?? ALL_PEERS.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const p of peers) {
    if (!(ALL_PEERS as readonly string[]).includes(p)) {
      throw new Error(`HAMCHECK_BENCH_PEERS: unknown peer ${JSON.stringify(p)} (known: ${ALL_PEERS.join(', ')})`);
    }
  }
  return {
    iterations: Math.round(envNumber('HAMCHECK_BENCH_ITERATIONS', 3, 1)),
    peerRuns: Math.round(envNumber('HAMCHECK_BENCH_PEER_RUNS', 3, 0)),
    peers,
    budgetSeconds: envNumber('HAMCHECK_BENCH_BUDGET_S', 170, 1),
    peerTimeoutSeconds: envNumber('HAMCHECK_BENCH_PEER_TIMEOUT_S', 120, 1),
    resultsDir: process.env.HAMCHECK_BENCH_RESULTS_DIR || RESULTS_DIR,
  };
}

/** Paper configuration F2 (src/paper/paperConfigurations.ts, docs/conventions.md): N = 3, n = 500, δε = 0.05, λ = 5·10⁻⁵, GUE seed 1; ψ(0) on site 1, seed 7; 201 times over [0, 5/κ]. */
export { F2 };

export interface F2Problem {
  model: ChainModel;
  psi0: ComplexVector;
  times: Float64Array;
  kappa: number;
  tEnd: number;
}

export function buildF2(): F2Problem {
  const spec = validateModelSpec({ ...F2.model });
  const model = buildChainModel(spec);
  const psi0 = initialState(validateInitialSpec({ ...F2.initial }, spec.sites, spec.levels), spec.sites, spec.levels);
  const kappa = decayConstant(model);
  const times = resolveTimes(F2.times, kappa);
  return { model, psi0, times, kappa, tEnd: times[times.length - 1] };
}

/** Times hamcheck's propagate with tinybench: one warm-up run, then `iterations` timed runs. */
async function measureHamcheck(
  propagate: PropagateFn,
  p: F2Problem,
  iterations: number,
): Promise<{ figures: HamcheckFigures; result: PropagationResult }> {
  let last: PropagationResult | undefined;
  const bench = new Bench({
    iterations,
    time: 0, // stop after `iterations`: one run takes seconds
    warmup: true,
    warmupIterations: 1,
    warmupTime: 0,
    retainSamples: true,
    throws: true,
  });
  const call = "propagate(model, psi0, times, { method: 'chebyshev' })";
  bench.add(call, () => {
    last = propagate(p.model, p.psi0, p.times, { method: 'chebyshev' });
  });
  await bench.run();
  const r = bench.tasks[0].result;
  if (!last || !('latency' in r) || !r.latency.samples) {
    throw new Error(`tinybench did not complete the hamcheck task (state ${r.state})`);
  }
  // tinybench sorts the samples; they are in milliseconds.
  const samplesSeconds = Array.from(r.latency.samples, (ms) => ms / 1000);
  return {
    result: last,
    figures: {
      call,
      method: last.method,
      samplesSeconds,
      medianSeconds: r.latency.p50 / 1000,
      minSeconds: r.latency.min / 1000,
      meanSeconds: r.latency.mean / 1000,
      maxNormDeviation: maxNormDeviation(last.populations),
      details: last.details,
    },
  };
}

function emptyPeer(name: string): PeerFigures {
  return {
    name,
    script: relative(REPO_ROOT, join(PEER_DIR, `${name}.py`)),
    status: 'ok',
    version: null,
    runs: [],
    skippedRuns: 0,
    medianSeconds: null,
    medianWallSeconds: null,
    minSeconds: null,
    ratio: null,
    ratioWall: null,
    maxAbsDeltaP: null,
    maxNormDeviation: null,
  };
}

/**
 * Runs the peers round-robin (A B C A B C …, so slow drift of the machine's load hits all alike).
 * A peer that fails once is not run again; a run that would not fit the remaining budget is skipped.
 */
async function measurePeers(
  settings: BenchSettings,
  dumpPath: string,
  timesPath: string,
  p: F2Problem,
  hamcheck: { medianSeconds: number; populations: Float64Array[] },
  deadline: number,
  log: (line: string) => void,
): Promise<PeerFigures[]> {
  const figures = settings.peers.map(emptyPeer);
  const stopped = new Set<string>();
  const lastWall = new Map<string, number>();
  for (let round = 0; round < settings.peerRuns; round++) {
    for (const f of figures) {
      if (stopped.has(f.name)) continue;
      const remaining = (deadline - performance.now()) / 1000;
      const estimate = lastWall.get(f.name) ?? 0;
      if (remaining < 1.1 * estimate + 1) {
        f.skippedRuns = settings.peerRuns - round;
        stopped.add(f.name);
        log(`  ${f.name}: skipping ${f.skippedRuns} run(s), ${remaining.toFixed(0)} s of the budget left`);
        continue;
      }
      const timeoutMs = 1000 * Math.max(5, Math.min(settings.peerTimeoutSeconds, remaining));
      const loadavg1 = loadavg()[0];
      const r: PeerResult = await runPeer({
        script: join(PEER_DIR, `${f.name}.py`),
        dumpPath,
        timesPath,
        expected: { times: p.times.length, sites: p.model.sites },
        timeoutMs,
      });
      lastWall.set(f.name, r.wallSeconds);
      if (r.ok) {
        f.version ??= r.version;
        f.runs.push({ status: 'ok', seconds: r.seconds, wallSeconds: r.wallSeconds, loadavg1 });
        const dP = maxAbsDifference(hamcheck.populations, r.populations);
        f.maxAbsDeltaP = f.maxAbsDeltaP === null ? dP : Math.max(f.maxAbsDeltaP, dP);
        const nd = maxNormDeviation(r.populations);
        f.maxNormDeviation = f.maxNormDeviation === null ? nd : Math.max(f.maxNormDeviation, nd);
        log(`  ${f.name} run ${round + 1}: ${r.seconds.toFixed(3)} s compute, ${r.wallSeconds.toFixed(3)} s wall`);
      } else {
        f.runs.push({ status: r.kind, seconds: null, wallSeconds: r.wallSeconds, loadavg1, message: r.message });
        f.failure ??= `${r.kind}: ${r.message}`;
        f.skippedRuns = settings.peerRuns - round - 1;
        stopped.add(f.name);
        log(`  ${f.name} run ${round + 1}: FAILED (${r.kind}) ${r.message}`);
      }
    }
  }
  for (const f of figures) {
    const ok = f.runs.filter((r) => r.status === 'ok');
    if (ok.length === 0) {
      f.status = f.runs.find((r) => r.status !== 'ok')?.status ?? 'timeout';
      if (f.runs.length === 0) f.failure ??= 'not run: no time left in the budget';
      continue;
    }
    f.medianSeconds = median(ok.map((r) => r.seconds as number));
    f.medianWallSeconds = median(ok.map((r) => r.wallSeconds));
    f.minSeconds = Math.min(...ok.map((r) => r.seconds as number));
    f.ratio = hamcheck.medianSeconds / f.medianSeconds;
    f.ratioWall = hamcheck.medianSeconds / f.medianWallSeconds;
  }
  return figures;
}

function fmt(x: number | null, digits = 3): string {
  if (x === null || !Number.isFinite(x)) return '—';
  return x.toFixed(digits);
}

function fmtExp(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '—';
  return x.toExponential(1);
}

export function formatTable(result: BenchResultFile): string {
  const rows: string[][] = [
    ['implementation', 'median s', 'min s', 'median wall s', 'hamcheck/peer', '(wall)', 'max|ΔP|', 'max|ΣP−1|', 'runs', 'status'],
  ];
  const h = result.hamcheck;
  rows.push([
    `hamcheck ${h.method}`,
    fmt(h.medianSeconds),
    fmt(h.minSeconds),
    '—',
    '1',
    '',
    '—',
    fmtExp(h.maxNormDeviation),
    String(h.samplesSeconds.length),
    'ok',
  ]);
  for (const f of result.peers) {
    const ok = f.runs.filter((r) => r.status === 'ok').length;
    rows.push([
      f.name,
      fmt(f.medianSeconds),
      fmt(f.minSeconds),
      fmt(f.medianWallSeconds),
      fmt(f.ratio, 2),
      fmt(f.ratioWall, 2),
      fmtExp(f.maxAbsDeltaP),
      fmtExp(f.maxNormDeviation),
      `${ok}/${f.runs.length + f.skippedRuns}`,
      f.status,
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  for (const f of result.peers) if (f.failure) lines.push(`${f.name}: ${f.failure}`);
  return lines.join('\n');
}

/**
 * The whole F2 benchmark: build F2, dump it, time hamcheck (tinybench), run the peers, print the
 * table, write the result JSON. Peer failures are reported, never thrown; returns the result.
 */
export async function runPropagateF2Bench(
  propagate: PropagateFn,
  settings: BenchSettings = settingsFromEnv(),
  log: (line: string) => void = (l) => console.log(l),
): Promise<{ result: BenchResultFile; path: string }> {
  const started = new Date();
  const t0 = performance.now();
  const deadline = t0 + settings.budgetSeconds * 1000;
  const loadBefore = loadavg();
  const p = buildF2();
  log(
    `F2: N = ${p.model.sites}, n = ${p.model.levels}, κ = ${p.kappa.toExponential(4)}, ` +
      `${p.times.length} times over [0, 5/κ = ${p.tEnd.toFixed(1)}]; load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`,
  );

  const work = mkdtempSync(join(tmpdir(), 'hamcheck-bench-'));
  try {
    const dumpPath = join(work, 'model.json');
    const timesPath = join(work, 'times.json');
    writeFileSync(dumpPath, JSON.stringify(dumpModel(p.model, p.psi0)));
    writeFileSync(timesPath, JSON.stringify(Array.from(p.times)));

    log(`hamcheck: 1 warm-up + ${settings.iterations} timed run(s) with tinybench …`);
    const hc = await measureHamcheck(propagate, p, settings.iterations);
    log(`  median ${hc.figures.medianSeconds.toFixed(3)} s`);

    log(`peers: ${settings.peerRuns} run(s) each, round-robin …`);
    const peers = await measurePeers(
      settings,
      dumpPath,
      timesPath,
      p,
      { medianSeconds: hc.figures.medianSeconds, populations: hc.result.populations },
      deadline,
      log,
    );

    const result: BenchResultFile = {
      schema: 'hamcheck-bench/1',
      bench: 'propagateF2',
      date: started.toISOString(),
      git: gitInfo(REPO_ROOT),
      machine: machineInfo(loadBefore),
      problem: {
        config: 'F2',
        sites: p.model.sites,
        levels: p.model.levels,
        bandWidth: p.model.bandWidth,
        gap: p.model.gap,
        coupling: p.model.coupling,
        ensemble: F2.model.ensemble,
        seed: F2.model.seed,
        initialSite: F2.initial.site,
        initialSeed: F2.initial.seed,
        kappa: p.kappa,
        tEnd: p.tEnd,
        times: p.times.length,
      },
      hamcheck: hc.figures,
      peers,
      totalSeconds: (performance.now() - t0) / 1000,
    };
    log('');
    log(formatTable(result));
    log(`load average after: ${result.machine.loadavgAfter.map((l) => l.toFixed(2)).join(' ')} (${result.machine.cores} cores)`);
    const path = writeResultFile(settings.resultsDir, result);
    log(`result: ${relative(process.cwd(), path)}`);
    return { result, path };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
