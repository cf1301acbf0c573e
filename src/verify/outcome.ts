/**
 * The outcome of one property in a verify run, and the header and footer of a run: the records that
 * every verify output (JSONL, JUnit XML, Markdown, baseline comparison) is rendered from.
 */
import type { Capability } from '../protocol/capabilities.ts';
import type { ImplementationInfo } from '../protocol/messages.ts';

/**
 * - `pass`: at least the minimum number of cases ran and none failed.
 * - `fail`: a case gave a wrong answer (`failureKind` says which kind).
 * - `inconclusive`: fewer cases than the minimum ran in the time limit, none failed.
 * - `not-run`: a capability it needs is not declared (or the run's budget ended before it started).
 */
export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'not-run';

/** What went wrong in a failed case: a wrong answer, an `errored` answer, a deadline missed, a crash or a malformed answer. */
export type FailureKind = 'wrong' | 'errored' | 'timeout' | 'crash' | 'protocol';

export interface PropertyOutcome {
  /** Stable id, e.g. `dynamics/criteria-inside`. */
  id: string;
  title: string;
  /** Capabilities it needs. */
  requires: Capability[];
  verdict: Verdict;
  /** Cases that ran (fast-check's numRuns, plus shrinking steps are not counted). */
  casesRun: number;
  /** The minimum number of cases for a conclusive pass. */
  minCases: number;
  /** Wall-clock seconds. */
  seconds: number;
  failureKind?: FailureKind;
  /** One-line reason (the failed check's message, or why not run / inconclusive). */
  message?: string;
  /** The shrunk failing input as concrete JSON (survives generator changes, unlike seed + path). */
  counterexample?: unknown;
  /** fast-check seed and path of the counterexample, for the replay line. */
  seed?: number;
  path?: string;
  /** The exact request that failed (for --dump-request), when the failure was in one request. */
  failedRequest?: { cmd: Capability; args: unknown };
}

export interface RunHeader {
  format: 'hamcheck-verify/1';
  hamcheck: string;
  /** The adapter command (absent: the reference in-process). */
  impl?: string;
  implementation: ImplementationInfo;
  capabilities: Capability[];
  accuracy: Partial<Record<Capability, number>>;
  seed: number;
  budgetSeconds: number;
  depth: 'quick' | 'deep';
  shard?: { index: number; count: number };
  startedAt: string;
}

export interface RunFooter {
  totals: Record<Verdict, number>;
  seconds: number;
  /** Why the run stopped early, if it did (budget, fail-fast, implementation broken). */
  stoppedEarly?: string;
  /** Set when the run could not be conducted (exit 2: adapter cannot start, handshake, restart budget): why. */
  broken?: string;
}
