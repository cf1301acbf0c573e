/**
 * Banded and sparse coupling blocks (src/model/graph/couplingStructure.ts): the mask is what the definition
 * says, kept entries are the dense draw's (sparse: scaled by 1/√p), other bonds draw the same blocks, E|v|² = 1
 * holds for sparse blocks, and a bad structure is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { buildGeneralModel, isUniformChain } from '../../src/model/graph/buildGeneralModel.ts';
import { chainSpec, type GeneralModelSpec } from '../../src/model/graph/generalModel.ts';
import { validateGeneralModel } from '../../src/model/graph/validateGeneralModel.ts';

const dense = chainSpec({ sites: [60, 60, 60].map((levels) => ({ levels, bandWidth: 0.05 })), couplings: [4e-4, 4e-4], seed: 21 });
const withStructure = (structure: GeneralModelSpec['bonds'][number]['structure']): GeneralModelSpec => ({ ...dense, bonds: dense.bonds.map((b, i) => (i === 0 ? { ...b, structure } : b)) });

describe('coupling structures', () => {
  it('banded keeps exactly |i − j| ≤ w on equal bands, with the dense draw’s values; the other bond is untouched', () => {
    const d = buildGeneralModel(dense);
    const m = buildGeneralModel(withStructure({ kind: 'banded', halfWidth: 3 }));
    expect(isUniformChain(m)).toBe(false);
    const n = 60;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const e = i * n + j;
        const keep = Math.abs(i - j) <= 3;
        expect([m.bonds[0].re[e], m.bonds[0].im[e]]).toEqual(keep ? [d.bonds[0].re[e], d.bonds[0].im[e]] : [0, 0]);
      }
    }
    expect(Array.from(m.bonds[1].re)).toEqual(Array.from(d.bonds[1].re));
  });

  it('banded on unequal bands follows the energy diagonal: |(i + ½)/n_µ − (j + ½)/n_ν| ≤ (w + ½)/max n', () => {
    const spec: GeneralModelSpec = { ...chainSpec({ sites: [{ levels: 20, bandWidth: 0.05 }, { levels: 40, bandWidth: 0.05 }], couplings: [1e-3] }) };
    const m = buildGeneralModel({ ...spec, bonds: [{ ...spec.bonds[0], structure: { kind: 'banded', halfWidth: 0 } }] });
    // w = 0: each of the 20 rows keeps the 1–2 columns whose centres lie within ½ of a 40-band spacing of its own
    for (let i = 0; i < 20; i++) {
      const kept = Array.from({ length: 40 }, (_, j) => j).filter((j) => m.bonds[0].re[i * 40 + j] !== 0);
      expect(kept).toEqual([2 * i, 2 * i + 1]);
    }
  });

  it('sparse keeps a fraction p of the entries and E|v|² = 1 (both within 3.9σ: two-sided false alarm 1e-4 each)', () => {
    const p = 0.3;
    const m = buildGeneralModel(withStructure({ kind: 'sparse', density: p }));
    const d = buildGeneralModel(dense);
    const M = 3600;
    const lam = dense.bonds[0].coupling;
    let kept = 0;
    let power = 0;
    for (let e = 0; e < M; e++) {
      if (m.bonds[0].re[e] !== 0) {
        kept++;
        // a kept entry is the dense one times 1/√p, to rounding of one product
        expect(Math.abs(m.bonds[0].re[e] - d.bonds[0].re[e] / Math.sqrt(p))).toBeLessThanOrEqual(2 * Number.EPSILON * Math.abs(m.bonds[0].re[e]));
      }
      power += (m.bonds[0].re[e] ** 2 + m.bonds[0].im[e] ** 2) / (lam * lam);
    }
    expect(Math.abs(kept - p * M)).toBeLessThanOrEqual(3.9 * Math.sqrt(M * p * (1 - p)));
    // GUE |v|² ~ Exp(1): the masked, rescaled |v|² has mean 1 and variance 2/p − 1
    expect(Math.abs(power / M - 1)).toBeLessThanOrEqual(3.9 * Math.sqrt((2 / p - 1) / M));
    expect(Array.from(m.bonds[1].im)).toEqual(Array.from(d.bonds[1].im));
  });

  it.each([
    [{ kind: 'banded', halfWidth: -1 }, /model\.bonds\[0\]\.structure\.halfWidth: expected an integer ≥ 0/],
    [{ kind: 'sparse', density: 0 }, /model\.bonds\[0\]\.structure\.density: expected/],
    [{ kind: 'sparse', density: 0.5, halfWidth: 2 }, /model\.bonds\[0\]\.structure/],
    [{ kind: 'diagonal' }, /model\.bonds\[0\]\.structure\.kind: expected one of "banded", "sparse"/],
  ])('refuses the structure %j naming the field', (structure, message) => {
    expect(() => validateGeneralModel(withStructure(structure as never))).toThrow(message);
  });
});
