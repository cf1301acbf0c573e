/**
 * Runs properties under vitest: one test per property, named by its id, with the run's seed.
 *
 * @remarks
 * A failure throws with the shrunk counterexample and the one-line replay; an inconclusive run (fewer
 * than `minCases` cases in the time limit) fails too — under `npm test` the budgets are sized so that
 * the reference always reaches its minimum.
 */
import { afterAll, describe, it } from 'vitest';
import type { Implementation } from '../../src/protocol/implementation.ts';
import { depth, runSeed } from '../support/propertyParams.ts';
import { implementationUnderTest } from './implementationUnderTest.ts';
import type { HamProperty } from './property.ts';
import { runProperty } from './runProperty.ts';

const DEPTH_SCALE = { quick: 1, deep: 10, mutation: 0.2 } as const;
/**
 * Under vitest a property's time limit is a hang guard, not a budget: `npm test` runs two files at once
 * beside other work, and a statistical case measured at 25 s (criteria-outside-c1) took 63 s at load 8.
 * Three times the limit keeps the reference conclusive on a loaded 2-core machine; verify keeps its budget.
 */
const VITEST_TIME_SLACK = 3;

/**
 * `HAMCHECK_PROPERTIES=id,family/…` registers only the properties whose id equals or starts with one of
 * them (the per-mutant test set of `npm run test:mutation` uses the structure properties only).
 */
function selected(properties: readonly HamProperty<any>[]): readonly HamProperty<any>[] {
  const wanted = process.env.HAMCHECK_PROPERTIES?.split(',').map((s) => s.trim()).filter(Boolean);
  return wanted ? properties.filter((p) => wanted.some((w) => p.id === w || p.id.startsWith(w.endsWith('/') ? w : `${w}/`))) : properties;
}

export function registerProperties(suite: string, properties: readonly HamProperty<any>[]): void {
  let impl: Implementation | undefined;
  const get = async () => (impl ??= await implementationUnderTest());
  afterAll(async () => impl?.close());
  describe(suite, () => {
    for (const p of selected(properties)) {
      it(`${p.id}: ${p.title}`, async (ctx) => {
        const target = await get();
        const seed = runSeed();
        const path = process.env.HAMCHECK_PATH;
        const scale = DEPTH_SCALE[depth];
        const out = await runProperty(p, target, { seed, scale, timeScale: VITEST_TIME_SLACK * Math.max(1, scale), ...(path ? { path } : {}) });
        if (out.verdict === 'not-run') return ctx.skip(out.message);
        if (out.verdict === 'inconclusive') throw new Error(`${p.id}: ${out.message}`);
        if (out.verdict === 'fail') {
          throw new Error(
            `${p.id} failed (${out.failureKind}) after ${out.casesRun} cases: ${out.message}\n` +
              `counterexample: ${JSON.stringify(out.counterexample).slice(0, 2000)}\n` +
              `replay: HAMCHECK_SEED=${out.seed} HAMCHECK_PATH=${out.path} npx vitest run -t '${p.id}'`,
          );
        }
      }, Math.max(120_000, 2 * VITEST_TIME_SLACK * p.timeLimitMs * Math.max(1, DEPTH_SCALE[depth])));
    }
  });
}
