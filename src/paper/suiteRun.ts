/**
 * The property suites run against the reference by `hamcheck reproduce`, summarized for the page's
 * verification summary: which suites ran, how many properties and cases, the verdict counts, the seed and
 * the one-line command that replays the same run with `hamcheck verify`.
 */
import type { HamProperty } from '../../properties/framework/property.ts';
import { runSuite } from '../../properties/framework/runSuite.ts';
import { CAPABILITIES } from '../protocol/capabilities.ts';
import { referenceImplementation } from '../protocol/reference/referenceImplementation.ts';
import { hamcheckVersion } from '../packageInfo.ts';
import { DEFAULT_BUDGET_SECONDS } from '../verify/options.ts';
import type { PropertyOutcome, RunFooter, RunHeader, Verdict } from '../verify/outcome.ts';
import { replayCommand } from '../verify/replay.ts';

/**
 * Seed and budget of the suites in `hamcheck reproduce`: a fixed seed, so that the page is the same for the
 * same version (and the stage can be cached), and the budget of a plain `hamcheck verify` run.
 */
export const REPRODUCE_SUITES = { seed: 20051130, budgetSeconds: DEFAULT_BUDGET_SECONDS } as const;

/** One suite (the family before the `/` of a property id) with its properties, cases and verdict counts. */
export interface SuiteSummary {
  name: string;
  properties: number;
  cases: number;
  totals: Record<Verdict, number>;
}

/** What the page shows of a run of the property suites. */
export interface SuiteRunSummary {
  implementation: string;
  seed: number;
  budgetSeconds: number;
  depth: RunHeader['depth'];
  suites: SuiteSummary[];
  properties: number;
  cases: number;
  totals: Record<Verdict, number>;
  /** The command that reruns the whole run with the same seed and budget. */
  replay: string;
  /** Failed properties with the replay line `hamcheck verify` prints for each. */
  failures: { id: string; message: string; replay: string }[];
  stoppedEarly?: string;
}

const noVerdicts = (): Record<Verdict, number> => ({ pass: 0, fail: 0, inconclusive: 0, 'not-run': 0 });

/** The suite of a property id: `dynamics/criteria-inside` → `dynamics`. */
export function suiteOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}

/** The run-wide replay line: `npx hamcheck verify --seed S --budget-s B` (the deep prefix for a deep run). */
export function runReplayCommand(header: Pick<RunHeader, 'seed' | 'budgetSeconds' | 'depth'>): string {
  return `${header.depth === 'deep' ? 'HAMCHECK_DEPTH=deep ' : ''}npx hamcheck verify --seed ${header.seed} --budget-s ${header.budgetSeconds}`;
}

/** Summarizes the outcomes of one run, suites in the order their first property ran. */
export function summarizeSuiteRun(outcomes: readonly PropertyOutcome[], footer: RunFooter, header: RunHeader): SuiteRunSummary {
  const suites = new Map<string, SuiteSummary>();
  for (const o of outcomes) {
    const name = suiteOf(o.id);
    const s = suites.get(name) ?? { name, properties: 0, cases: 0, totals: noVerdicts() };
    s.properties++;
    s.cases += o.casesRun;
    s.totals[o.verdict]++;
    suites.set(name, s);
  }
  const totals = noVerdicts();
  for (const o of outcomes) totals[o.verdict]++;
  return {
    implementation: `${header.implementation.name} ${header.implementation.version}`,
    seed: header.seed,
    budgetSeconds: header.budgetSeconds,
    depth: header.depth,
    suites: [...suites.values()],
    properties: outcomes.length,
    cases: outcomes.reduce((a, o) => a + o.casesRun, 0),
    totals,
    replay: runReplayCommand(header),
    failures: outcomes.filter((o) => o.verdict === 'fail').map((o) => ({ id: o.id, message: o.message ?? '', replay: replayCommand(o, header) })),
    ...(footer.stoppedEarly ? { stoppedEarly: footer.stoppedEarly } : {}),
  };
}

/**
 * Runs `properties` (all of them by default: properties/registry.ts) against the reference in-process with
 * the seed and budget of {@link REPRODUCE_SUITES}, as `hamcheck verify --seed … --budget-s …` does.
 */
export async function runReferenceSuites(properties?: readonly HamProperty<any>[], onProgress?: (fraction: number) => void): Promise<SuiteRunSummary> {
  const selected = properties ?? (await import('../../properties/registry.ts')).allProperties;
  const impl = referenceImplementation();
  const header: RunHeader = {
    format: 'hamcheck-verify/1',
    hamcheck: hamcheckVersion(),
    implementation: impl.info,
    capabilities: CAPABILITIES.filter((c) => impl.capabilities.has(c)),
    accuracy: { ...impl.accuracy },
    seed: REPRODUCE_SUITES.seed,
    budgetSeconds: REPRODUCE_SUITES.budgetSeconds,
    depth: 'quick',
    startedAt: new Date(0).toISOString(), // not shown: the summary stays deterministic
  };
  try {
    const run = await runSuite(selected, impl, {
      seed: header.seed,
      budgetSeconds: header.budgetSeconds,
      onProgress: (done, total) => onProgress?.(total ? done / total : 1),
    });
    return summarizeSuiteRun(run.outcomes, run.footer, header);
  } finally {
    await impl.close();
  }
}
