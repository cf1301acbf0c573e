import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideCriteria } from '../arbitraries/dynamicsModels.ts';
import { registerProperties } from '../framework/registerProperties.ts';
import { dynamicsProperties } from './dynamicsProperties.ts';

registerProperties('dynamics: structure, criteria (29) both ways, Fig. 5', dynamicsProperties);

describe('dynamics generators', () => {
  it('the inside-criteria models cover the (N, n, c₂) ranges they claim (fc.statistics)', () => {
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
