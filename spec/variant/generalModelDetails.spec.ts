/**
 * What the mutation run of the general models (npm run test:mutation:graph) found unchecked in process: the
 * per-bond criteria (29) as formulas, the uniform-chain test behind the fast path, the hamcheck-model/2 dump,
 * the sparse mask's own stream, the memory budget of a general model, and malformed bonds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { HamcheckResourceError } from '../../src/errors.ts';
import { bondCriteria, worstBondCriteria } from '../../src/model/graph/bondCriteria.ts';
import { buildGeneralModel, isUniformChain } from '../../src/model/graph/buildGeneralModel.ts';
import { dumpGeneralModel } from '../../src/model/graph/dumpGeneralModel.ts';
import { chainSpec, uniformChainSpec, type GeneralModelSpec } from '../../src/model/graph/generalModel.ts';
import { graphBandState } from '../../src/model/graph/graphInitialState.ts';
import { validateGeneralModel } from '../../src/model/graph/validateGeneralModel.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';

const EPS = Number.EPSILON;
const uneven = chainSpec({ sites: [{ levels: 40, bandWidth: 0.05 }, { levels: 90, bandWidth: 0.08 }, { levels: 30, bandWidth: 0.02 }], couplings: [6e-4, 2e-3] });

describe('per-bond criteria (29)', () => {
  it('c₁,b = λ·min(ρ_µ, ρ_ν) and c₂,b = λ²·max(n_µ/δε_µ², n_ν/δε_ν²), per bond, to rounding (4ε relative)', () => {
    const crit = bondCriteria(uneven);
    uneven.bonds.forEach((b, i) => {
      const [m, n] = b.sites.map((s) => uneven.sites[s - 1]);
      const c1 = b.coupling * Math.min(m.levels / m.bandWidth, n.levels / n.bandWidth);
      const c2 = b.coupling ** 2 * Math.max(m.levels / m.bandWidth ** 2, n.levels / n.bandWidth ** 2);
      expect(Math.abs(crit.bonds[i].c1 / c1 - 1)).toBeLessThanOrEqual(4 * EPS);
      expect(Math.abs(crit.bonds[i].c2 / c2 - 1)).toBeLessThanOrEqual(4 * EPS);
    });
    // bond 1: c₁ = 6e-4·min(800, 1125) = 0.48 < ½; bond 2: c₂ = 4e-6·max(14 062, 75 000) = 0.3 > 0.01
    expect(crit.verdict).toMatch(/^invalid: bond 1–2 c1 = 0\.48 < 1\/2; bond 2–3 c2 = 0\.3 > 0\.01$/);
    const worst = worstBondCriteria(crit);
    expect(worst).toEqual({ c1: crit.bonds[0].c1, c2: crit.bonds[1].c2, c1Holds: false, c2Holds: false, valid: false, verdict: crit.verdict });
  });

  it('a valid model names the smallest c₁ and the largest c₂; c₂ exactly at the threshold holds', () => {
    const ok = chainSpec({ sites: [{ levels: 100, bandWidth: 0.05 }, { levels: 100, bandWidth: 0.05 }, { levels: 100, bandWidth: 0.05 }], couplings: [4e-4, 5e-4] });
    const crit = bondCriteria(ok);
    expect(crit.valid).toBe(true);
    expect(crit.verdict).toBe(`valid: every bond has c1 ≥ 1/2 (min ${Number(crit.bonds[0].c1.toPrecision(4))}) and c2 ≤ 0.01 (max ${Number(crit.bonds[1].c2.toPrecision(4))})`);
    expect(worstBondCriteria(crit)).toMatchObject({ c1: crit.bonds[0].c1, c2: crit.bonds[1].c2, c1Holds: true, c2Holds: true, valid: true });
    // λ = 5e-4 on n = 100 over δε = 0.05 gives c₂ = 2.5e-7·40000 = 0.01: the edge belongs to the valid side
    const edge = bondCriteria(chainSpec({ sites: [{ levels: 100, bandWidth: 0.05 }, { levels: 100, bandWidth: 0.05 }], couplings: [5e-4] }));
    expect(Math.abs(edge.bonds[0].c2 - 0.01)).toBeLessThanOrEqual(4 * EPS * 0.01);
    expect(edge.bonds[0].c2Holds).toBe(edge.bonds[0].c2 <= 0.01);
  });
});

describe('isUniformChain: the fast path only for the paper’s chain', () => {
  const uniform = uniformChainSpec({ sites: 3, levels: 10, bandWidth: 0.05, coupling: 1e-3 });
  it.each<[string, (s: GeneralModelSpec) => GeneralModelSpec]>([
    ['unequal n', (s) => ({ ...s, sites: s.sites.map((x, i) => (i === 1 ? { ...x, levels: 11 } : x)) })],
    ['unequal δε', (s) => ({ ...s, sites: s.sites.map((x, i) => (i === 2 ? { ...x, bandWidth: 0.06 } : x)) })],
    ['a band offset', (s) => ({ ...s, sites: s.sites.map((x, i) => (i === 2 ? { ...x, offset: 0.01 } : x)) })],
    ['unequal λ', (s) => ({ ...s, bonds: s.bonds.map((b, i) => (i === 1 ? { ...b, coupling: 2e-3 } : b)) })],
    ['a coupling structure', (s) => ({ ...s, bonds: s.bonds.map((b, i) => (i === 1 ? { ...b, structure: { kind: 'banded' as const, halfWidth: 2 } } : b)) })],
    ['a graph topology', (s) => ({ ...s, topology: 'graph' })],
  ])('is false with %s, true without', (_what, change) => {
    expect(isUniformChain(buildGeneralModel(uniform))).toBe(true);
    expect(isUniformChain(buildGeneralModel(change(uniform)))).toBe(false);
  });
});

describe('the hamcheck-model/2 dump', () => {
  it('holds the parameters (offset and structure included) and exactly the built arrays and ψ(0)', () => {
    const spec: GeneralModelSpec = {
      topology: 'graph',
      sites: [{ levels: 3, bandWidth: 0.05, offset: -0.1 }, { levels: 4, bandWidth: 0.05 }, { levels: 2, bandWidth: 0.1 }],
      bonds: [{ sites: [1, 2], coupling: 1e-3, structure: { kind: 'sparse', density: 0.5 } }, { sites: [3, 2], coupling: 2e-3 }],
      gap: 1.5,
      ensemble: 'GOE',
      seed: 9,
    };
    const m = buildGeneralModel(spec);
    const psi = graphBandState(m, 2, 4);
    const d = dumpGeneralModel(m, psi);
    expect({ topology: d.topology, sites: d.sites, bonds: d.bonds, gap: d.gap, ensemble: d.ensemble, seed: d.seed }).toEqual(spec);
    expect(d.levels).toEqual([Array.from(m.energies.subarray(0, 3)), Array.from(m.energies.subarray(3, 7)), Array.from(m.energies.subarray(7, 9))]);
    expect(d.couplings).toEqual(m.bonds.map((b) => ({ sites: [b.a + 1, b.b + 1], re: Array.from(b.re), im: Array.from(b.im) })));
    expect(d.couplings.map((c) => c.re.length)).toEqual([12, 8]);
    expect(d.initial).toEqual({ re: Array.from(psi.re), im: Array.from(psi.im) });
  });
});

describe('the sparse mask', () => {
  it('is its documented stream: Xoshiro128((seed + (bond + 1)·0x9E3779B9) mod 2³²), entry kept iff u < p', () => {
    const p = 0.4;
    const spec = chainSpec({ sites: [20, 20, 20].map((levels) => ({ levels, bandWidth: 0.05 })), couplings: [1e-3, 1e-3], seed: 77 });
    const m = buildGeneralModel({ ...spec, bonds: spec.bonds.map((b) => ({ ...b, structure: { kind: 'sparse' as const, density: p } })) });
    m.bonds.forEach((b, bond) => {
      const rng = new Xoshiro128((77 + Math.imul(bond + 1, 0x9e3779b9)) >>> 0);
      for (let e = 0; e < 400; e++) expect(b.re[e] !== 0).toBe(rng.nextDouble() < p);
    });
    // the two bonds draw different masks
    expect(Array.from(m.bonds[0].re, (x) => x !== 0)).not.toEqual(Array.from(m.bonds[1].re, (x) => x !== 0));
  });
});

describe('validateGeneralModel', () => {
  afterEach(() => {
    delete process.env.HAMCHECK_MEMORY_LIMIT_MB;
  });

  it('refuses a model whose blocks and levels exceed the memory budget: 16·Σ n_µn_ν + 8·Σ n_µ bytes, edge included', () => {
    const spec = chainSpec({ sites: [{ levels: 256, bandWidth: 0.05 }, { levels: 512, bandWidth: 0.05 }], couplings: [1e-4] });
    const bytes = 16 * 256 * 512 + 8 * 768; // 2 103 296 bytes
    process.env.HAMCHECK_MEMORY_LIMIT_MB = String(bytes / 2 ** 20);
    expect(() => validateGeneralModel(spec)).not.toThrow();
    process.env.HAMCHECK_MEMORY_LIMIT_MB = String((bytes - 1) / 2 ** 20);
    expect(() => validateGeneralModel(spec)).toThrow(HamcheckResourceError);
  });

  it.each([
    [{ bonds: [] }, /model\.bonds: expected an array of at least 1 bond/],
    [{ bonds: 'none' }, /model\.bonds: expected an array of at least 1 bond/],
    [{ bonds: [{ sites: [1], coupling: 1e-3 }] }, /model\.bonds\[0\]\.sites: expected a pair/],
    [{ bonds: [{ sites: 'x', coupling: 1e-3 }] }, /model\.bonds\[0\]\.sites: expected a pair/],
    [{ topology: 'ring', sites: [{ levels: 2, bandWidth: 1 }, { levels: 2, bandWidth: 1 }] }, /model\.sites: expected at least 3 sites for a ring/],
    [{ seed: 2 ** 32 }, /model\.seed/],
  ])('refuses %j naming the field', (change, message) => {
    const base = chainSpec({ sites: [{ levels: 2, bandWidth: 1 }, { levels: 2, bandWidth: 1 }], couplings: [0.1] });
    expect(() => validateGeneralModel({ ...base, ...change })).toThrow(message);
  });

  it('names the first site a graph cannot reach', () => {
    const spec: GeneralModelSpec = { topology: 'graph', sites: [1, 2, 3, 4].map(() => ({ levels: 2, bandWidth: 1 })), bonds: [{ sites: [1, 2], coupling: 0.1 }, { sites: [3, 4], coupling: 0.1 }], gap: 1, ensemble: 'GUE', seed: 1 };
    expect(() => validateGeneralModel(spec)).toThrow(/site 3 cannot be reached from site 1/);
  });
});
