import type { TimingPlan } from './timeCalls.ts';

/**
 * A benchmark task: a named computation at fixed sizes. `prepare` builds the inputs (untimed) and returns
 * the call to time; `details` reports what the last call computed.
 */
export interface BenchTask {
  /** Kind and sizes, e.g. `matvec N=3 n=200`. */
  id: string;
  kind: string;
  sizes: { sites: number; levels: number };
  /** {@link versionHash} of the defining module and the inputs. */
  version: string;
  plan: TimingPlan;
  prepare(): () => void;
  details?(): Record<string, number | string>;
}

/** A task kind: how to make the task at given sizes, and the cost model's exponents (for the report). */
export interface TaskKind {
  kind: string;
  expected: { levels: number | null; sites: number | null };
  make(sites: number, levels: number, plan: TimingPlan): BenchTask;
}
