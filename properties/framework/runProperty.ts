/**
 * Runs one {@link HamProperty} against an implementation and returns its {@link PropertyOutcome}.
 *
 * @remarks
 * fast-check drives the cases (one seed per run; `path` replays one counterexample) under a time limit.
 * A run interrupted by the limit before `minCases` cases is `inconclusive` — never a pass. A failing case
 * is shrunk; the outcome carries the shrunk input as concrete JSON, the kind of failure (a wrong answer
 * or an errored/timed-out/crashed/malformed request) and the request that failed, for `--dump-request`.
 */
import fc from 'fast-check';
import type { Capability } from '../../src/protocol/capabilities.ts';
import { CapabilityErrored, CapabilitySkipped, type Implementation } from '../../src/protocol/implementation.ts';
import type { FailureKind, PropertyOutcome } from '../../src/verify/outcome.ts';
import type { HamProperty } from './property.ts';

export interface RunOptions {
  seed: number;
  /** Replays one counterexample (fast-check path). */
  path?: string;
  /** Multiplies cases and time limit (10 for a deep run). */
  scale?: number;
  /** Multiplies the time limit instead of `scale` (Stryker's per-mutant runs: fewer cases, the same limit on slower instrumented code). */
  timeScale?: number;
  /** Caps the time limit (the rest of a verify budget), ms. */
  maxTimeMs?: number;
}

interface Recorder {
  last?: { cmd: Capability; args: unknown };
  failing?: { cmd: Capability; args: unknown };
}

/** Thrown into a case that fast-check has already abandoned at the time limit: it must send no more requests. */
class CaseAbandoned extends Error {
  override readonly name = 'CaseAbandoned';
}

/**
 * Wraps an implementation so that the last request (and the last one that errored) is remembered, and
 * so that after `closedAt()` no new request starts: fast-check's time limit races a running case and
 * abandons it, and an abandoned case must not go on talking to the implementation.
 */
function recording(impl: Implementation, rec: Recorder, closed: () => boolean): Implementation {
  return {
    ...impl,
    info: impl.info,
    capabilities: impl.capabilities,
    accuracy: impl.accuracy,
    close: () => impl.close(),
    call: async (cmd, args) => {
      if (closed()) throw new CaseAbandoned(`${cmd} requested after the time limit`);
      rec.last = { cmd, args };
      const out = await impl.call(cmd, args);
      if (!('result' in out)) rec.failing = { cmd, args };
      return out;
    },
  };
}

function kindOf(e: unknown): FailureKind {
  return e instanceof CapabilityErrored ? e.kind : 'wrong';
}

export async function runProperty<T>(p: HamProperty<T>, impl: Implementation, options: RunOptions): Promise<PropertyOutcome> {
  const started = performance.now();
  const scale = options.scale ?? 1;
  const numRuns = Math.max(1, Math.round(p.cases * scale));
  // a scaled-down run (the per-mutant runs of Stryker, scale 0.2) asks for no more than it runs
  const minCases = Math.min(p.minCases, numRuns);
  const base = { id: p.id, title: p.title, requires: [...p.requires], minCases };
  const missing = p.requires.filter((c) => !impl.capabilities.has(c));
  if (missing.length > 0) {
    return { ...base, verdict: 'not-run', casesRun: 0, seconds: 0, message: `needs ${missing.join(', ')}, which ${impl.info.name} does not declare` };
  }
  const timeLimit = Math.min(p.timeLimitMs * (options.timeScale ?? scale), options.maxTimeMs ?? Infinity);
  const rec: Recorder = {};
  const endsAt = performance.now() + timeLimit;
  let finished = false;
  const traced = recording(impl, rec, () => finished || performance.now() > endsAt);
  let running: Promise<unknown> = Promise.resolve();
  let skipped = 0;
  // cases started after endsAt but before fast-check's own limit (its clock starts later): each throws at its
  // first request and fast-check counts it as a passing run; they tested nothing
  let abandoned = 0;
  let lastError: unknown;
  // the request of the last failing case: shrinking ends on the reported counterexample's last failure
  let failedRequest: Recorder['last'];
  const property = fc.asyncProperty(p.arbitrary, async (input) => {
    rec.failing = undefined;
    rec.last = undefined;
    const run = p.check(traced, input);
    running = run.catch(() => {});
    try {
      await run;
    } catch (e) {
      if (finished) return; // abandoned at the limit and ended after fc.check: not one of the run's cases
      if (e instanceof CaseAbandoned) {
        abandoned++;
        return;
      }
      if (e instanceof CapabilitySkipped) {
        skipped++;
        return;
      }
      lastError = e;
      failedRequest = rec.failing ?? rec.last;
      throw e;
    }
  });
  const details = await fc.check(property, {
    seed: options.seed,
    numRuns,
    interruptAfterTimeLimit: Math.max(1, timeLimit),
    markInterruptAsFailure: false,
    ...(options.path ? { path: options.path } : {}),
  });
  // the case fast-check abandoned at the limit finishes its request in flight before the next property starts
  finished = true;
  await running;
  const seconds = (performance.now() - started) / 1000;
  // fast-check marks a run interrupted before its first case ended as failed, with no error: too few cases, not a failure
  if (details.failed && !(details.interrupted && details.errorInstance == null && lastError === undefined)) {
    const error = details.errorInstance ?? lastError;
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...base,
      verdict: 'fail',
      casesRun: details.numRuns,
      seconds,
      failureKind: kindOf(error),
      message: message.split('\n')[0],
      counterexample: details.counterexample?.[0],
      // fast-check reports the seed as a signed 32-bit integer; the run's seed is the uint32 it came from
      seed: details.seed >>> 0,
      path: details.counterexamplePath ?? undefined,
      failedRequest,
    };
  }
  const ran = details.numRuns - skipped - abandoned;
  if (ran < minCases) {
    const why = details.interrupted ? ' in the time limit' : skipped > 0 ? ` (${skipped} skipped by the implementation)` : '';
    return { ...base, verdict: 'inconclusive', casesRun: ran, seconds, message: `inconclusive: ran ${ran} of ${minCases} cases${why}` };
  }
  return { ...base, verdict: 'pass', casesRun: ran, seconds };
}
