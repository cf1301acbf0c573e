/**
 * The general model (src/model/graph) and its exact dynamics (src/exact/graphChebyshev.ts): validation names
 * the field; the chain given as a graph is the existing chain bit for bit (draw, initial state, dynamics);
 * the generic Chebyshev propagator agrees with a dense eigendecomposition on rings and disordered graphs.
 */
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { blockSparseMatvec, denseBlockSparse } from '../../src/exact/blockSparseOperator.ts';
import { chebyshevPropagator } from '../../src/exact/chebyshevPropagator.ts';
import { graphChebyshev } from '../../src/exact/graphChebyshev.ts';
import { graphPropagate, graphSitePopulations } from '../../src/exact/graphPropagator.ts';
import { hermitianEigen } from '../../src/linalg/hermitianEigen.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { chainSpec, ringSpec, uniformChainSpec, type GeneralModel, type GeneralModelSpec } from '../../src/model/graph/generalModel.ts';
import { buildGeneralModel } from '../../src/model/graph/buildGeneralModel.ts';
import { graphOperator } from '../../src/model/graph/graphHamiltonian.ts';
import { graphBandState } from '../../src/model/graph/graphInitialState.ts';
import { validateGeneralModel } from '../../src/model/graph/validateGeneralModel.ts';
import { initialState } from '../../src/model/initialState.ts';

const EPS = Number.EPSILON;

function fieldOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof HamcheckInputError) return e.field;
    throw e;
  }
  throw new Error('no error thrown');
}

const ring: GeneralModelSpec = ringSpec({
  sites: [{ levels: 3, bandWidth: 0.5 }, { levels: 5, bandWidth: 0.5 }, { levels: 4, bandWidth: 0.4 }, { levels: 6, bandWidth: 0.6 }],
  couplings: [0.05, 0.03, 0.04, 0.06],
  seed: 11,
});

describe('validateGeneralModel names the offending field', () => {
  const good = (): any => JSON.parse(JSON.stringify(ring));
  it.each<[string, (m: any) => void, string]>([
    ['levels not an integer', (m) => (m.sites[1].levels = 2.5), 'model.sites[1].levels'],
    ['bandWidth 0', (m) => (m.sites[0].bandWidth = 0), 'model.sites[0].bandWidth'],
    ['one site', (m) => (m.sites = [m.sites[0]]), 'model.sites'],
    ['bond to a missing site', (m) => (m.bonds[0].sites = [1, 9]), 'model.bonds[0].sites[1]'],
    ['self bond', (m) => ((m.topology = 'graph'), (m.bonds[1].sites = [2, 2])), 'model.bonds[1].sites'],
    ['duplicate bond', (m) => ((m.topology = 'graph'), (m.bonds[1].sites = [2, 1])), 'model.bonds[1].sites'],
    ['negative coupling', (m) => (m.bonds[2].coupling = -1), 'model.bonds[2].coupling'],
    ['ring with a wrong edge', (m) => (m.bonds[3].sites = [4, 2]), 'model.bonds[3].sites'],
    ['disconnected graph', (m) => ((m.topology = 'graph'), (m.bonds = [m.bonds[0], m.bonds[2]])), 'model.bonds'],
    ['unknown key', (m) => (m.levels = 3), 'model.levels'],
    ['bad ensemble', (m) => (m.ensemble = 'GSE'), 'model.ensemble'],
    ['bad topology', (m) => (m.topology = 'star'), 'model.topology'],
  ])('%s', (_name, mutate, field) => {
    const m = good();
    mutate(m);
    expect(fieldOf(() => validateGeneralModel(m))).toBe(field);
  });

  it('accepts the ring and a free graph, and refuses a two-site ring', () => {
    expect(validateGeneralModel(ring)).toEqual(ring);
    expect(validateGeneralModel({ ...ring, topology: 'graph', bonds: [...ring.bonds, { sites: [1, 3], coupling: 0.01 }] }).bonds).toHaveLength(5);
    expect(fieldOf(() => validateGeneralModel({ ...ring, sites: ring.sites.slice(0, 2), bonds: [ring.bonds[0]] }))).toBe('model.sites');
  });
});

describe('the uniform chain given as a graph is the existing chain', () => {
  const chain = { sites: 3, levels: 7, bandWidth: 0.05, gap: 1, coupling: 0.004, ensemble: 'GUE' as const, seed: 5 };
  const general = buildGeneralModel(uniformChainSpec(chain));
  const old = buildChainModel(chain);

  it('draws the same levels and blocks bit for bit (GUE and GOE)', () => {
    expect(general.energies).toEqual(old.energies);
    expect(general.bonds.map((b) => b.re)).toEqual(old.couplingRe);
    expect(general.bonds.map((b) => b.im)).toEqual(old.couplingIm);
    const goe = buildGeneralModel(uniformChainSpec({ ...chain, ensemble: 'GOE' }));
    expect(goe.bonds.map((b) => b.re)).toEqual(buildChainModel({ ...chain, ensemble: 'GOE' }).couplingRe);
  });

  it('builds the same band state bit for bit', () => {
    expect(graphBandState(general, 2, 9)).toEqual(initialState({ site: 2, seed: 9 }, 3, 7));
  });

  const times = Float64Array.from({ length: 21 }, (_, j) => j * 200);
  const psi0 = graphBandState(general, 1, 3);

  it('propagates on the chain fast path bit for bit', () => {
    expect(graphPropagate(general, psi0, times).populations).toEqual(chebyshevPropagator(old, psi0, times).populations);
  });

  it('the generic graph Chebyshev agrees with the chain propagator to 1e-12', () => {
    const tol = 1e-14;
    const ref = chebyshevPropagator(old, psi0, times, { tolerance: tol }).populations;
    const st = graphChebyshev(graphOperator(general), psi0, times, tol);
    if (!st) throw new Error('Gershgorin interval must enclose H');
    let worst = 0;
    times.forEach((_, j) => {
      const p = graphSitePopulations(general, st.re.subarray(j * 21, (j + 1) * 21), st.im.subarray(j * 21, (j + 1) * 21));
      for (let mu = 0; mu < 3; mu++) worst = Math.max(worst, Math.abs(p[mu] - ref[j][mu]));
    });
    // |ΔP| ≤ 2(‖δψ_a‖ + ‖δψ_b‖) ≤ 4·1e-14 from truncation, plus the rounding of ≈ K = 110 terms of a 21-dim sum (≈ K·√dim·ε ≈ 1e-13): 1e-12 covers both
    expect(worst).toBeLessThan(1e-12);
  });
});

/** Dense oracle: P_µ(t) from H − σ = V Λ V† (hermitianEigen), σ the mean diagonal (as src/exact/eigenPropagator.ts shifts). */
function denseOracle(model: GeneralModel, psi0: { re: Float64Array; im: Float64Array }, times: Float64Array): { pops: Float64Array[]; spread: number } {
  const op = graphOperator(model);
  const H = denseBlockSparse(op);
  const d = model.dim;
  const sigma = op.diagonal.reduce((a, x) => a + x, 0) / d;
  const re = Float64Array.from(H.re);
  for (let i = 0; i < d; i++) re[i * d + i] -= sigma;
  const { values, vectorsRe: VR, vectorsIm: VI } = hermitianEigen(re, H.im, d);
  const cRe = new Float64Array(d);
  const cIm = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < d; i++) {
      cRe[j] += VR[i * d + j] * psi0.re[i] + VI[i * d + j] * psi0.im[i];
      cIm[j] += VR[i * d + j] * psi0.im[i] - VI[i * d + j] * psi0.re[i];
    }
  }
  const pops = Array.from(times, (t) => {
    const yRe = new Float64Array(d);
    const yIm = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      const c = Math.cos(values[j] * t);
      const s = -Math.sin(values[j] * t);
      const ar = cRe[j] * c - cIm[j] * s;
      const ai = cRe[j] * s + cIm[j] * c;
      for (let i = 0; i < d; i++) {
        yRe[i] += VR[i * d + j] * ar - VI[i * d + j] * ai;
        yIm[i] += VR[i * d + j] * ai + VI[i * d + j] * ar;
      }
    }
    return graphSitePopulations(model, yRe, yIm);
  });
  return { pops, spread: Math.max(Math.abs(values[0]), Math.abs(values[d - 1])) };
}

describe('graph Chebyshev against a dense eigendecomposition', () => {
  const disordered = chainSpec({
    sites: [{ levels: 6, bandWidth: 0.3 }, { levels: 2, bandWidth: 0.3 }, { levels: 9, bandWidth: 0.45 }],
    couplings: [0.02, 0.07],
    ensemble: 'GOE',
    seed: 3,
  });
  const graph: GeneralModelSpec = { ...ring, topology: 'graph', bonds: [...ring.bonds, { sites: [1, 3], coupling: 0.05 }], ensemble: 'GUE', seed: 8 };
  // two bands per subunit (offsets ∓0.2 around ΔE, width 0.3: overlapping edges), joined like to like and across
  const twoBand: GeneralModelSpec = {
    topology: 'graph',
    sites: [-0.2, 0.2, -0.2, 0.2].map((offset) => ({ levels: 5, bandWidth: 0.3, offset })),
    bonds: [{ sites: [1, 3], coupling: 0.05 }, { sites: [2, 4], coupling: 0.05 }, { sites: [1, 4], coupling: 0.04 }, { sites: [2, 3], coupling: 0.04 }],
    gap: 1,
    ensemble: 'GUE',
    seed: 6,
  };
  // equal sites and couplings, but one band shifted: not the uniform chain, so not its fast path
  const shiftedChain = chainSpec({ sites: [0, 0.1, 0].map((offset) => ({ levels: 6, bandWidth: 0.3, offset })), couplings: [0.05, 0.05], seed: 2 });
  it('band offsets shift the level grid: E_µk = ΔE + o_µ − δε/2 + (k + ½)δε/n', () => {
    const m = buildGeneralModel(twoBand);
    // one subtraction and two additions on numbers ≈ 1: 4ε
    m.energies.forEach((e, i) => expect(Math.abs(e - (1 + twoBand.sites[Math.floor(i / 5)].offset! - 0.15 + ((i % 5) + 0.5) * 0.06))).toBeLessThanOrEqual(4 * EPS));
  });
  it.each([
    ['ring of 4 (GUE)', ring],
    ['disordered chain (GOE)', disordered],
    ['graph with a diagonal (GUE)', graph],
    ['two-band subunits with offsets (GUE)', twoBand],
    ['a chain with one band shifted (GUE)', shiftedChain],
  ])('%s', (_name, spec) => {
    const model = buildGeneralModel(spec);
    const times = Float64Array.from({ length: 11 }, (_, j) => j * 300);
    const psi0 = graphBandState(model, 1, 4);
    const cheb = graphPropagate(model, psi0, times, { tolerance: 1e-13 });
    expect(cheb.details.path).toBe(spec.topology === 'chain' ? 'chain-kernel' : 'graph');
    const { pops, spread } = denseOracle(model, psi0, times);
    // eigenvalue error ≤ c·dim·ε·‖H − σ‖ (backward stable, c ≈ 4) turns into a phase error × t_max; eigenvector error dim·ε; Chebyshev 2·1e-13
    const tol = 4 * model.dim * EPS * spread * times[times.length - 1] * 4 + 16 * model.dim * EPS + 2e-13;
    let worst = 0;
    times.forEach((_, j) => {
      for (let mu = 0; mu < model.siteCount; mu++) worst = Math.max(worst, Math.abs(cheb.populations[j][mu] - pops[j][mu]));
    });
    expect(worst).toBeLessThan(tol);
    // and the dynamics is not trivial: population left site 1
    expect(cheb.populations[times.length - 1][0]).toBeLessThan(0.9);
  });

  it('the graph path on a chain (given as a graph) agrees with the chain kernel', () => {
    const chain = buildGeneralModel(disordered);
    const asGraph = buildGeneralModel({ ...disordered, topology: 'graph' });
    const times = Float64Array.from({ length: 11 }, (_, j) => j * 300);
    const psi0 = graphBandState(chain, 1, 4);
    const a = graphPropagate(chain, psi0, times, { tolerance: 1e-13 });
    const b = graphPropagate(asGraph, psi0, times, { tolerance: 1e-13 });
    expect([a.details.path, b.details.path]).toEqual(['chain-kernel', 'graph']);
    // each within 1e-13 in ψ, |ΔP| ≤ 2(‖δψ_a‖ + ‖δψ_b‖) + rounding of ≈ K·√dim·ε (K ≲ 300, dim 17): 1e-12
    times.forEach((_, j) => a.populations[j].forEach((p, mu) => expect(Math.abs(p - b.populations[j][mu])).toBeLessThan(1e-12)));
  });

  it('a too narrow interval is detected (null), not returned as a wrong answer', () => {
    const model = buildGeneralModel(graph);
    const op = graphOperator(model);
    const psi0 = graphBandState(model, 1, 2);
    expect(graphChebyshev(op, psi0, Float64Array.of(0, 500), 1e-12, undefined, { min: 0.99, max: 1.01 })).toBeNull();
  });

  it('blockSparseMatvec equals the dense product to rounding', () => {
    const model = buildGeneralModel(graph);
    const op = graphOperator(model);
    const H = denseBlockSparse(op);
    const x = graphBandState(model, 2, 1);
    for (let i = 0; i < model.dim; i++) x.re[i] += Math.sin(i);
    const yRe = new Float64Array(model.dim);
    const yIm = new Float64Array(model.dim);
    blockSparseMatvec(op, x.re, x.im, yRe, yIm);
    const d = model.dim;
    for (let i = 0; i < d; i++) {
      let sr = 0;
      let si = 0;
      let scale = 0;
      for (let j = 0; j < d; j++) {
        sr += H.re[i * d + j] * x.re[j] - H.im[i * d + j] * x.im[j];
        si += H.re[i * d + j] * x.im[j] + H.im[i * d + j] * x.re[j];
        scale += Math.hypot(H.re[i * d + j], H.im[i * d + j]) * Math.hypot(x.re[j], x.im[j]);
      }
      // two sums of ≤ d products in different order: ≤ 2d·ε·Σ|H_ij||x_j| each
      expect(Math.hypot(yRe[i] - sr, yIm[i] - si)).toBeLessThanOrEqual(4 * d * EPS * scale);
    }
  });
});
