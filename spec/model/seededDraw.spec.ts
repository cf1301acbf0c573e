import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { expectWithin, seededChain } from '../support/smallModels.ts';
import { python, pythonMissing, withSkipReason } from '../support/python.ts';

describe('seeded model draw', () => {
  it('is deterministic: the same seed gives the same couplings, another seed does not', () => {
    const a = seededChain(3, 4, { seed: 11 });
    const b = seededChain(3, 4, { seed: 11 });
    const c = seededChain(3, 4, { seed: 12 });
    expect(Array.from(a.couplingRe[1])).toEqual(Array.from(b.couplingRe[1]));
    expect(Array.from(a.couplingRe[1])).not.toEqual(Array.from(c.couplingRe[1]));
  });

  it('uniform doubles lie in [0, 1) and have mean 1/2 within 5σ', () => {
    const rng = new Xoshiro128(3);
    const count = 20_000;
    let sum = 0;
    for (let i = 0; i < count; i++) {
      const u = rng.nextDouble();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
    }
    // tol = 5σ of the mean of `count` uniforms: σ = √(1/12/count)
    expectWithin(Math.abs(sum / count - 0.5), 5 * Math.sqrt(1 / 12 / count), 'mean of uniforms');
  });

  const noPython = pythonMissing('python3');
  it.skipIf(noPython).each(['GUE', 'GOE'] as const)(withSkipReason('is reproduced by an independent Python re-implementation (%s)', noPython), (ensemble) => {
    const spec = { sites: 3, levels: 5, coupling: 0.3, ensemble, seed: 4242 };
    const out = execFileSync(python().command, ['spec/fixtures/seeded_model.py'], { input: JSON.stringify(spec) }).toString();
    const blocks = JSON.parse(out) as { re: number[]; im: number[] }[];
    const model = seededChain(3, 5, { coupling: 0.3, ensemble, seed: 4242 });
    let delta = 0;
    blocks.forEach((b, mu) => {
      for (let e = 0; e < 25; e++) {
        delta = Math.max(delta, Math.abs(b.re[e] - model.couplingRe[mu][e]), Math.abs(b.im[e] - model.couplingIm[mu][e]));
      }
    });
    // tol = 8ε·λ·6: identical integer stream; only libm log/cos/sin may differ by ~1 ulp, |z| ≤ 6 here
    expectWithin(delta, 8 * Number.EPSILON * 0.3 * 6, 'Python vs TypeScript couplings');
  });
});
