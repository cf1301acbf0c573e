import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideCriteria, outsideFirstCriterion, outsideSecondCriterion } from '../arbitraries/dynamicsModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { describeCase, mean, scaledDeviations } from '../support/deviationOfCase.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { C_INSIDE, C_OUTSIDE } from '../../src/checks/dynamicsBounds.ts';

const impl = await implementationUnderTest();

// Bounds and their derivations: src/checks/dynamicsBounds.ts (the errata report quotes the same constants).

describe(`validity criteria (29) are meaningful [${impl.name}]`, () => {
  it('inside (c₁ ≥ ½, c₂ ≤ 0.01) HAM agrees with the exact dynamics: mean D²₁ of 3 states ≤ C/n, C = 0.5', async () => {
    await fc.assert(
      fc.asyncProperty(insideCriteria, async (c) => {
        const m = mean(await scaledDeviations(impl, c));
        if (!(m <= C_INSIDE)) throw new Error(`${describeCase(c)}: mean n·D²₁ = ${m.toFixed(4)} > C = ${C_INSIDE}`);
      }),
      propertyParams(25, 30_000),
    );
  });

  it('outside by c₁ ≤ 0.1 the deviation is several times larger: mean n·D²₁ of 6 states ≥ 2.5·C_typ', async () => {
    await fc.assert(
      fc.asyncProperty(outsideFirstCriterion, async (c) => {
        const m = mean(await scaledDeviations(impl, c));
        if (!(m >= C_OUTSIDE)) throw new Error(`${describeCase(c)}: mean n·D²₁ = ${m.toFixed(4)} < ${C_OUTSIDE}`);
      }),
      propertyParams(3, 40_000),
    );
  });

  it('outside by c₂ ≥ 0.3 the deviation is several times larger: mean n·D²₁ of 3 states ≥ 2.5·C_typ', async () => {
    await fc.assert(
      fc.asyncProperty(outsideSecondCriterion, async (c) => {
        const m = mean(await scaledDeviations(impl, c));
        if (!(m >= C_OUTSIDE)) throw new Error(`${describeCase(c)}: mean n·D²₁ = ${m.toFixed(4)} < ${C_OUTSIDE}`);
      }),
      propertyParams(15, 20_000),
    );
  });

  it('the generated models cover the (N, n, c₁, c₂) ranges they claim (fc.statistics)', () => {
    const seen = { N: new Set<number>(), ens: new Set<string>(), nBucket: new Set<number>(), cBucket: new Set<number>() };
    const lines: string[] = [];
    fc.statistics(
      insideCriteria,
      (c) => {
        const m = c.model;
        const c1 = (m.coupling * m.levels) / m.bandWidth;
        const c2 = (c1 * c1) / m.levels;
        seen.N.add(m.sites);
        seen.ens.add(m.ensemble);
        seen.nBucket.add(Math.min(2, Math.floor(m.levels / 50)));
        seen.cBucket.add(c2 < 0.004 ? 0 : c2 < 0.007 ? 1 : 2);
        expect(c1).toBeGreaterThanOrEqual(0.5 - 1e-12);
        expect(c2).toBeLessThanOrEqual(0.01 + 1e-12);
        return `N=${m.sites} n∈[${50 * Math.floor(m.levels / 50)},…) c₂${c2 < 0.004 ? '<0.004' : c2 < 0.007 ? '<0.007' : '≤0.01'}`;
      },
      { numRuns: 2000, seed: 1, logger: (l) => lines.push(l) },
    );
    console.log(`inside-criteria generator coverage:\n${lines.join('\n')}`);
    expect([seen.N.size, seen.ens.size, seen.nBucket.size, seen.cBucket.size]).toEqual([2, 2, 3, 3]);
  });
});
