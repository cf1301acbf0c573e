/**
 * Generalized HAM (src/ham/graphHamPopulations.ts): the closed form against an independent matrix exponential
 * of the master equation; equilibrium P ∝ ρ (∝ n at equal δε); conservation; the uniform chain reduces to
 * (30)–(32) (src/ham/hamPopulations.ts) to rounding; the per-bond criteria (29) reduce to the chain's and name
 * the violating bond.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { graphHamPopulations } from '../../src/ham/graphHamPopulations.ts';
import { densities, graphRates, slowestRate } from '../../src/ham/graphRates.ts';
import { hamPopulations } from '../../src/ham/hamPopulations.ts';
import { matrixExponential } from '../../src/linalg/matrixExponential.ts';
import { criteria } from '../../src/model/criteria.ts';
import { bondCriteria } from '../../src/model/graph/bondCriteria.ts';
import { chainSpec, ringSpec, uniformChainSpec, type GeneralModelSpec } from '../../src/model/graph/generalModel.ts';

const EPS = Number.EPSILON;

/** Random connected graphs: a random spanning tree (site µ+1 bonded to one earlier site) plus extra edges. */
const graphs: fc.Arbitrary<GeneralModelSpec> = fc
  .integer({ min: 2, max: 6 })
  .chain((N) =>
    fc.record({
      N: fc.constant(N),
      levels: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: N, maxLength: N }),
      widths: fc.array(fc.double({ min: 0.01, max: 2, noNaN: true }), { minLength: N, maxLength: N }),
      parents: fc.array(fc.nat(), { minLength: N - 1, maxLength: N - 1 }),
      extra: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
      couplings: fc.array(fc.double({ min: 1e-4, max: 0.05, noNaN: true }), { minLength: N + 4, maxLength: N + 4 }),
    }),
  )
  .map(({ N, levels, widths, parents, extra, couplings }) => {
    const bonds: GeneralModelSpec['bonds'] = [];
    const has = new Set<string>();
    const add = (a: number, b: number) => {
      const k = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (a === b || has.has(k)) return;
      has.add(k);
      bonds.push({ sites: [a, b], coupling: couplings[bonds.length] });
    };
    parents.forEach((p, i) => add(i + 2, (p % (i + 1)) + 1));
    extra.forEach(([a, b]) => add((a % N) + 1, (b % N) + 1));
    return { topology: 'graph' as const, sites: levels.map((n, i) => ({ levels: n, bandWidth: widths[i] })), bonds, gap: 1, ensemble: 'GUE' as const, seed: 1 };
  });

/** e^{Mt}P(0) by src/linalg/matrixExponential (scaling and squaring, no eigen decomposition). */
function expmPopulations(spec: GeneralModelSpec, p0: number[], t: number): Float64Array {
  const N = spec.sites.length;
  const k = graphRates(spec);
  const re = new Float64Array(N * N);
  for (let mu = 0; mu < N; mu++) {
    for (let nu = 0; nu < N; nu++) {
      if (mu === nu) continue;
      re[mu * N + nu] = k[nu * N + mu] * t;
      re[mu * N + mu] -= k[mu * N + nu] * t;
    }
  }
  const e = matrixExponential({ rows: N, cols: N, re, im: new Float64Array(N * N) });
  return Float64Array.from({ length: N }, (_, mu) => p0.reduce((a, p, nu) => a + e.re[mu * N + nu] * p, 0));
}

describe('generalized HAM on random connected graphs', () => {
  it('matches e^{Mt}P(0), conserves ΣP, and relaxes to P ∝ ρ', () => {
    fc.assert(
      fc.property(graphs, (spec) => {
        const N = spec.sites.length;
        const p0 = Array.from({ length: N }, (_, i) => (i === 0 ? 1 : 0));
        const kmin = slowestRate(spec);
        const k = graphRates(spec);
        const kmax = Math.max(...k);
        const tMid = 1 / kmin;
        const [pMid] = graphHamPopulations(spec, p0, [tMid]);
        const ref = expmPopulations(spec, p0, tMid);
        // both are exact up to rounding of N-term sums over eigen/Taylor factors of size ≤ ‖Mt‖ ≤ 2N·kmax/kmin; 64·N²·ε per unit of that scale
        const scale = (2 * N * kmax) / kmin;
        for (let mu = 0; mu < N; mu++) expect(Math.abs(pMid[mu] - ref[mu])).toBeLessThanOrEqual(64 * N * N * EPS * scale);
        const rho = densities(spec);
        const ratio = Math.sqrt(Math.max(...rho) / Math.min(...rho));
        // the modes' sums Σ_µ √ρ_µ U_µk vanish to ≈ ε√scale; R^{±1/2} rescales that by up to √(ρ_max/ρ_min): 16·N²·ε·√scale·ratio
        expect(Math.abs(pMid.reduce((a, x) => a + x, 0) - 1)).toBeLessThanOrEqual(16 * N * N * EPS * Math.sqrt(scale) * ratio);
        // P ∝ ρ is stationary (detailed balance), at every time
        const total = rho.reduce((a, x) => a + x, 0);
        const eq = Array.from(rho, (r) => r / total);
        const [pEq] = graphHamPopulations(spec, eq, [tMid * 100]);
        // the computed zero mode is off by ≈ ε‖S‖/gap ≲ ε·scale (gap ≳ κ_min), rescaled by √(ρ_max/ρ_min): 16·N²·ε·scale·ratio
        for (let mu = 0; mu < N; mu++) expect(Math.abs(pEq[mu] - eq[mu])).toBeLessThanOrEqual(16 * N * N * EPS * scale * ratio);
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('equilibrium is P ∝ n when all δε are equal', () => {
    const spec = ringSpec({ sites: [10, 30, 20, 40].map((n) => ({ levels: n, bandWidth: 0.5 })), couplings: [0.01, 0.02, 0.01, 0.03] });
    const [p] = graphHamPopulations(spec, [0, 1, 0, 0], [1e7]);
    // fully relaxed (κ_min·t ≈ 1e4): rounding only, N·ε per sum times the largest amplitude ratio ρ_max/ρ_min
    [10, 30, 20, 40].forEach((n, mu) => expect(Math.abs(p[mu] - n / 100)).toBeLessThanOrEqual(64 * 4 * EPS * 4));
  });
});

describe('the uniform chain reduces to (30)–(32)', () => {
  it.each([2, 3, 5, 8])('N = %i: graphHamPopulations equals hamPopulations to rounding', (N) => {
    const m = { sites: N, levels: 40, bandWidth: 0.05, coupling: 6e-4 };
    const spec = uniformChainSpec(m);
    const kappa = decayConstant(m);
    const times = Float64Array.from({ length: 41 }, (_, j) => (j * 5) / kappa / 8);
    const p0 = Array.from({ length: N }, (_, i) => (i === 0 ? 0.7 : 0.3 / (N - 1)));
    const a = graphHamPopulations(spec, p0, times);
    const b = hamPopulations(p0, kappa, times);
    // eigenvalues of S = −κL differ by ≤ c·N·ε·‖S‖ (‖S‖ ≤ 4κ), a phase difference ≤ 4cNε·κt ≤ 20cNε·… over κt ≤ 5/8·40/… ; with vector rounding N·ε: 256·N·ε in all
    times.forEach((_, j) => {
      for (let mu = 0; mu < N; mu++) expect(Math.abs(a[j][mu] - b[j][mu])).toBeLessThanOrEqual(256 * N * EPS);
    });
    // every bond rate is κ (27)
    const k = graphRates(spec);
    for (let mu = 0; mu < N - 1; mu++) expect(k[mu * N + mu + 1]).toBeCloseTo(kappa, 15);
  });
});

describe('per-bond criteria (29)', () => {
  it('reduce to the chain criteria on the uniform chain', () => {
    for (const [n, de, lam] of [[100, 0.05, 2.5e-4], [500, 0.05, 5e-5], [30, 0.05, 1e-4], [20, 0.05, 0.01]] as const) {
      const c = criteria({ coupling: lam, levels: n, bandWidth: de });
      const g = bondCriteria(uniformChainSpec({ sites: 3, levels: n, bandWidth: de, coupling: lam }));
      for (const b of g.bonds) {
        expect(b.c1).toBe(c.c1);
        expect(b.c2).toBe(c.c2);
      }
      expect(g.valid).toBe(c.valid);
    }
  });

  it('name the violating bond', () => {
    const spec = chainSpec({ sites: [{ levels: 100, bandWidth: 0.05 }, { levels: 100, bandWidth: 0.05 }, { levels: 100, bandWidth: 0.05 }], couplings: [3e-4, 1e-4] });
    const g = bondCriteria(spec);
    expect(g.valid).toBe(false);
    expect(g.bonds.map((b) => b.c1Holds)).toEqual([true, false]);
    expect(g.verdict).toBe('invalid: bond 2–3 c1 = 0.2 < 1/2');
    const strong = bondCriteria(chainSpec({ sites: spec.sites, couplings: [3e-3, 3e-4] }));
    expect(strong.verdict).toBe('invalid: bond 1–2 c2 = 0.36 > 0.01');
  });

  it('use the smaller density for c1 and the larger ρ/δε for c2', () => {
    const g = bondCriteria(chainSpec({ sites: [{ levels: 50, bandWidth: 0.05 }, { levels: 200, bandWidth: 0.1 }], couplings: [1e-3] }));
    // ρ = 1000 and 2000; ρ/δε = 2e4 and 2e4
    expect(g.bonds[0].c1).toBeCloseTo(1, 14);
    expect(g.bonds[0].c2).toBeCloseTo(0.02, 15);
  });
});
