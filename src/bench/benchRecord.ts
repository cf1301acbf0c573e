/**
 * One run of `hamcheck bench`, format `hamcheck-bench/2` (schemas/bench.schema.json,
 * docs/bench.md).
 *
 * @remarks
 * Evolves `hamcheck-bench/1` (bench/support/benchResult.ts, the single F2 script): the record now holds
 * many tasks, each with its raw samples and a version hash, the accuracy figures, the fitted scaling
 * exponents and the peer comparisons. Seconds are wall-clock seconds of one call of the task. A figure
 * that could not be measured is `null`.
 */
import { OUTPUT_FORMATS } from '../outputFormat.ts';
import type { ImplSection } from './implBench.ts';
import type { ScaleSection } from './scaleFigure.ts';

export const BENCH_FORMAT = OUTPUT_FORMATS.bench;

/** Which sweep a run makes: `full` (the sizes of docs/bench.md), `quick` (≈ 1 min smoke run), `tiny` (specs). */
export type BenchWorkload = 'full' | 'quick' | 'tiny';

/** Order statistics of a task's samples (seconds), from {@link summarizeSamples}. */
export interface SampleSummary {
  count: number;
  p50: number;
  /** Median absolute deviation from p50 (unscaled). */
  mad: number;
  /** First and third quartiles (linear interpolation between order statistics). */
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** A timed task: `id` names the kind and the sizes (`matvec N=3 n=200`). */
export interface TaskRecord {
  id: string;
  kind: string;
  /** 16 hex digits of SHA-256 over the task's own source file and its inputs: a new value starts a new series. */
  version: string;
  /** The sizes the scaling fit uses. */
  sizes: { sites: number; levels: number };
  /** Calls per sample (fast tasks are timed in batches so a sample is ≥ ~2 ms, far above the timer's resolution). */
  callsPerSample: number;
  /** Seconds per call, in the order measured. */
  samples: number[];
  summary: SampleSummary;
  /** What the task computed besides the time (terms, threads, …). */
  details: Record<string, number | string>;
}

/** A deterministic accuracy figure of the run, compared two-sided between runs. */
export interface AccuracyFigure {
  id: string;
  version: string;
  value: number | null;
  /** Largest allowed |head − base| between two runs: derived from the figure's own error bound. */
  tolerance: number;
  /** Upper bound the value must stay under in every run (null: none stated). */
  bound: number | null;
  /** One line: where the tolerance comes from. */
  derivation: string;
}

/** An exponent with its confidence interval. */
export interface Exponent {
  value: number;
  low: number;
  high: number;
  /** Standard error of the estimate, s·√((XᵀX)⁻¹)_bb (absent in records written before it was kept). */
  standardError?: number;
  /** Residual degrees of freedom m − p of the fit. */
  dof?: number;
}

/** log t = a + b_n log n + b_N log N fitted over a task kind's sizes (least squares, CI from Student's t). */
export interface ScalingFit {
  kind: string;
  /** Hash over the versions of the tasks fitted: a changed sweep starts a new series. */
  version: string;
  points: number;
  confidence: number;
  levels: Exponent | null;
  sites: Exponent | null;
  /** What the cost model predicts (documentation only; runs are compared with each other). */
  expected: { levels: number | null; sites: number | null };
}

/** One peer on one workload (F2 or F4). */
export interface PeerComparison {
  workload: 'F2' | 'F4';
  /** The hamcheck task whose p50 is the numerator of `ratio`. */
  task: string;
  peer: string;
  status: 'ok' | 'spawn-error' | 'unavailable' | 'crash' | 'timeout' | 'invalid-output';
  version: string | null;
  /** Peer's own compute seconds per run (after loading its inputs, before writing its output). */
  samples: number[];
  wallSeconds: number[];
  p50: number | null;
  /** hamcheck p50 / peer p50: below 1, hamcheck is faster. */
  ratio: number | null;
  /** max over times, sites (or states) and runs of |P_hamcheck − P_peer|. */
  maxAbsDeltaP: number | null;
  failure: string | null;
}

export interface GitState {
  commit: string | null;
  shortCommit: string | null;
  /** Uncommitted changes anywhere in the work tree (null without git). */
  dirty: boolean | null;
  dirtyPaths: number | null;
}

export interface MachineState {
  platform: string;
  arch: string;
  cpuModel: string;
  cores: number;
  totalMemGiB: number;
  /** os.loadavg() (1, 5, 15 min) at the start and end of the run. */
  loadavgStart: number[];
  loadavgEnd: number[];
  /** OMP_/OPENBLAS_/MKL_NUM_THREADS and HAMCHECK_THREADS when set. */
  threadEnv: Record<string, string>;
}

export interface BenchRecord {
  format: typeof BENCH_FORMAT;
  hamcheck: string;
  workload: BenchWorkload;
  /** ISO 8601 start time (UTC). */
  date: string;
  git: GitState;
  machine: MachineState;
  versions: { node: string; v8: string; tinybench: string | null; python: string | null; numpy: string | null; scipy: string | null; qutip: string | null };
  tasks: TaskRecord[];
  accuracy: AccuracyFigure[];
  scaling: ScalingFit[];
  peers: PeerComparison[];
  /** `--impl`: the external implementation timed through protocol v1, side by side (null without). */
  impl: ImplSection | null;
  /** Full run only: time and peak RSS of one large chain against issue 10's memory bound (absent otherwise). */
  scale?: ScaleSection;
  totalSeconds: number;
}
