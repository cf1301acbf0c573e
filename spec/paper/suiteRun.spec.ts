import { describe, expect, it } from 'vitest';
import { propertyById } from '../../properties/registry.ts';
import { REPRODUCE_SUITES, runReferenceSuites, suiteOf } from '../../src/paper/suiteRun.ts';

// Two closed-form properties (cheap): the real runner, the real reference, the reproduce seed.
const ids = ['model/criteria-definition', 'transport/kappa-th-is-kappa-times-c'];

describe('the property suites of hamcheck reproduce', () => {
  it('run against the reference in-process and are summarized per suite with the seed and the replay line', async () => {
    const fractions: number[] = [];
    const s = await runReferenceSuites(ids.map(propertyById), (f) => fractions.push(f));
    expect(s.suites.map((q) => q.name)).toEqual(ids.map(suiteOf));
    expect(s.properties).toBe(ids.length);
    expect(s.cases).toBe(s.suites.reduce((a, q) => a + q.cases, 0));
    expect(s.cases).toBeGreaterThanOrEqual(ids.map(propertyById).reduce((a, p) => a + p.minCases, 0));
    expect(s.totals).toEqual({ pass: ids.length, fail: 0, inconclusive: 0, 'not-run': 0 });
    expect(s.seed).toBe(REPRODUCE_SUITES.seed);
    expect(s.replay).toBe(`npx hamcheck verify --seed ${REPRODUCE_SUITES.seed} --budget-s ${REPRODUCE_SUITES.budgetSeconds}`);
    expect(s.failures).toEqual([]);
    expect(fractions.at(-1)).toBe(1);
  });
});
