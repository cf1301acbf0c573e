import { describe, expect, it } from 'vitest';
import { bandLevels } from '../../src/model/bandLevels.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { dumpModel, dumpToSpecParts } from '../../src/model/dumpModel.ts';
import { initialState } from '../../src/model/initialState.ts';
import { validateInitialSpec, validateModelSpec } from '../../src/model/validateModelSpec.ts';
import { expectWithin, seededChain } from '../support/smallModels.ts';

describe('bandLevels', () => {
  it('spreads n levels evenly over δε around ΔE: E_k = ΔE − δε/2 + (k + ½)δε/n', () => {
    const e = bandLevels(4, 0.4, 2);
    expect(Array.from(e)).toEqual(Array.from({ length: 4 }, (_, k) => 2 - 0.2 + (k + 0.5) * 0.1));
    // tol = 4ε·ΔE: two roundings per level
    expectWithin(Math.abs(e.reduce((s, x) => s + x, 0) / 4 - 2), 4 * Number.EPSILON * 2, 'band centre');
  });
});

describe('buildChainModel', () => {
  it.each(['GUE', 'GOE'] as const)('normalizes %s couplings to E|v_ij|² = 1', (ensemble) => {
    const lambda = 0.5;
    const model = seededChain(2, 200, { coupling: lambda, ensemble, seed: 9 });
    let s = 0;
    const re = model.couplingRe[0];
    const im = model.couplingIm[0];
    for (let e = 0; e < re.length; e++) s += (re[e] * re[e] + im[e] * im[e]) / (lambda * lambda);
    const mean = s / re.length;
    // tol = 5σ/√M: Var|v|² = 1 (GUE, exponential) or 2 (GOE, χ²₁), M = 40 000 entries
    expectWithin(Math.abs(mean - 1), 5 * Math.sqrt((ensemble === 'GOE' ? 2 : 1) / re.length), `mean |v|² (${ensemble})`);
    if (ensemble === 'GOE') expect(im.every((x) => x === 0)).toBe(true);
    else expect(im.some((x) => x !== 0)).toBe(true);
  });

  it('gives every site the same band levels', () => {
    const m = seededChain(3, 5);
    expect(Array.from(m.energies.subarray(10, 15))).toEqual(Array.from(bandLevels(5, 0.05, 1)));
  });

  it('reproduces a dumped model exactly from its explicit arrays', () => {
    const model = seededChain(3, 4, { seed: 5 });
    const psi = initialState(validateInitialSpec({ site: 2, seed: 3 }, 3, 4), 3, 4);
    const parts = dumpToSpecParts(JSON.parse(JSON.stringify(dumpModel(model, psi))));
    const again = buildChainModel(
      validateModelSpec({ sites: 3, levels: 4, bandWidth: 0.05, coupling: 0.01, explicit: parts.explicit }),
    );
    const psi2 = initialState(validateInitialSpec({ amplitudes: parts.amplitudes }, 3, 4), 3, 4);
    expect(Array.from(again.energies)).toEqual(Array.from(model.energies));
    expect(again.couplingIm.map((b) => Array.from(b))).toEqual(model.couplingIm.map((b) => Array.from(b)));
    expect(Array.from(psi2.re)).toEqual(Array.from(psi.re));
  });

  it('refuses explicit lower blocks that are not the adjoint (non-Hermitian H)', () => {
    const model = seededChain(2, 2);
    const dump = dumpModel(model, initialState({ site: 1, seed: 1 }, 2, 2));
    const lower = [{ re: [...dump.couplings[0].re], im: dump.couplings[0].im.map((x) => -x) }];
    // transpose so it is the true adjoint, then break one entry
    [lower[0].re[1], lower[0].re[2]] = [lower[0].re[2], lower[0].re[1]];
    [lower[0].im[1], lower[0].im[2]] = [lower[0].im[2], lower[0].im[1]];
    const base = { sites: 2, levels: 2, bandWidth: 0.05, coupling: 0.01 };
    const ok = { ...base, explicit: { levels: dump.levels, couplings: dump.couplings, lowerCouplings: lower } };
    expect(() => buildChainModel(validateModelSpec(ok))).not.toThrow();
    lower[0].im[1] += 1e-6;
    expect(() => buildChainModel(validateModelSpec(ok))).toThrow(
      expect.objectContaining({
        name: 'HamcheckInputError',
        field: 'model.explicit.lowerCouplings[0] entry (0, 1)',
        message: expect.stringMatching(/Hermitian/),
      }),
    );
  });

  it('draws a normalized random band state on the chosen site only', () => {
    const psi = initialState(validateInitialSpec({ site: 2, seed: 8 }, 3, 10), 3, 10);
    let inside = 0;
    let outside = 0;
    for (let i = 0; i < 30; i++) {
      const p = psi.re[i] ** 2 + psi.im[i] ** 2;
      if (i >= 10 && i < 20) inside += p;
      else outside += p;
    }
    expect(outside).toBe(0);
    // tol = 30ε: sum of 10 squares after one normalization
    expectWithin(Math.abs(inside - 1), 30 * Number.EPSILON, 'band-state norm');
  });

  it('refuses an all-zero explicit state', () => {
    const zeros = { re: new Array(4).fill(0), im: new Array(4).fill(0) };
    expect(() => initialState({ site: 1, seed: 1, amplitudes: zeros }, 2, 2)).toThrow(
      expect.objectContaining({ name: 'HamcheckInputError', field: 'initial.amplitudes' }),
    );
  });
});
