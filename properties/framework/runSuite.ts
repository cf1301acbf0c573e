/**
 * Runs a selection of properties against one implementation within a time budget: the engine of
 * `hamcheck verify`.
 *
 * @remarks
 * The budget is shared out as the run goes: each property gets min(its own limit, what is left divided
 * by the properties still to run), so fast properties leave time to slow ones and the whole run ends in
 * time. A property that cannot reach its minimum number of cases in its share is `inconclusive`.
 * The run stops early when the implementation is broken (its restart budget is used up: exit 2), on the
 * first failure with `failFast`, or when the budget is gone (the rest are `not-run`).
 */
import type { PropertyOutcome, RunFooter } from '../../src/verify/outcome.ts';
import type { Implementation } from '../../src/protocol/implementation.ts';
import type { HamProperty } from './property.ts';
import { runProperty } from './runProperty.ts';

export interface SuiteRunOptions {
  seed: number;
  budgetSeconds: number;
  /** 1 quick, 10 deep. */
  scale?: number;
  failFast?: boolean;
  /** Replays one counterexample (with one property selected). */
  replayPath?: string;
  /** Called before each property (index, total, id) and after the last (total, total). */
  onProgress?: (done: number, total: number, id?: string) => void;
}

/** Why an implementation can no longer answer (the protocol client exposes it; in-process: never). */
function brokenReason(impl: Implementation): string | undefined {
  return (impl as { brokenReason?: string }).brokenReason;
}

export async function runSuite(
  properties: readonly HamProperty<any>[],
  impl: Implementation,
  options: SuiteRunOptions,
): Promise<{ outcomes: PropertyOutcome[]; footer: RunFooter }> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const outcomes: PropertyOutcome[] = [];
  let stoppedEarly: string | undefined;
  let broken: string | undefined;
  for (let i = 0; i < properties.length; i++) {
    const p = properties[i];
    options.onProgress?.(i, properties.length, p.id);
    const left = options.budgetSeconds - elapsed();
    if (stoppedEarly !== undefined || left <= 0) {
      stoppedEarly ??= `the budget of ${options.budgetSeconds} s was used up`;
      outcomes.push({ id: p.id, title: p.title, requires: [...p.requires], minCases: p.minCases, verdict: 'not-run', casesRun: 0, seconds: 0, message: `not run: ${stoppedEarly}` });
      continue;
    }
    const share = (1000 * left) / (properties.length - i);
    const out = await runProperty(p, impl, {
      seed: options.seed,
      scale: options.scale ?? 1,
      maxTimeMs: share,
      ...(options.replayPath ? { path: options.replayPath } : {}),
    });
    outcomes.push(out);
    broken = brokenReason(impl);
    if (broken) stoppedEarly = broken;
    else if (options.failFast && out.verdict === 'fail') stoppedEarly = `--fail-fast: ${p.id} failed`;
  }
  options.onProgress?.(properties.length, properties.length);
  const totals = { pass: 0, fail: 0, inconclusive: 0, 'not-run': 0 };
  for (const o of outcomes) totals[o.verdict]++;
  return { outcomes, footer: { totals, seconds: elapsed(), ...(stoppedEarly ? { stoppedEarly } : {}), ...(broken ? { broken } : {}) } };
}
