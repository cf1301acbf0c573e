/**
 * Runs a property that is expected to FAIL (a printed form of the paper) and returns fast-check's
 * shrunk counterexample, so a suite can assert that the minimal failing model is what the errata say.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ChainCase } from '../../arbitraries/chainModels.ts';
import { describeCase } from '../../arbitraries/chainModels.ts';
import { propertyParams } from '../../support/propertyParams.ts';
import { type Check, describeCheck, holds, worst } from '../../../src/checks/check.ts';

export interface Shrunk {
  example: ChainCase;
  failing: Check;
  text: string;
}

/**
 * fc.check of "all checks hold" over `arb`; asserts that it fails and that the shrunk counterexample
 * has the expected (N, n). Returns the counterexample and its worst failing check.
 */
export async function expectMinimalCounterexample(
  arb: fc.Arbitrary<ChainCase>,
  checks: (c: ChainCase) => Promise<Check[]>,
  expected: { sites: number; levels?: number },
  runs = 60,
  timeLimitMs = 10_000,
): Promise<Shrunk> {
  const out = await fc.check(
    fc.asyncProperty(arb, async (c) => (await checks(c)).every(holds)),
    propertyParams<[ChainCase]>(runs, timeLimitMs),
  );
  expect(out.failed, `the printed form held on all ${out.numRuns} models tried (seed ${out.seed})`).toBe(true);
  const example = out.counterexample![0];
  const failing = worst((await checks(example)).filter((c) => !holds(c)));
  const text = `${describeCase(example)} — ${describeCheck(failing)}`;
  expect({ sites: example.spec.sites, levels: example.spec.levels }, `shrunk to ${text}`).toEqual({
    sites: expected.sites,
    levels: expected.levels ?? 1,
  });
  console.info(`minimal counterexample: ${text}`);
  return { example, failing, text };
}
