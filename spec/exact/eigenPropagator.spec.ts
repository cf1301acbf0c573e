import { Complex } from 'complex.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HamcheckResourceError } from '../../src/errors.ts';
import { bandPopulationStrategy } from '../../src/exact/bandPopulation.ts';
import { eigenPropagator, eigenSystem } from '../../src/exact/eigenPropagator.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { initialState } from '../../src/model/initialState.ts';
import type { ComplexVector } from '../../src/linalg/complexVector.ts';
import type { ChainModel } from '../../src/model/modelSpec.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';

const EPS = Number.EPSILON;
/** Taylor terms of the oracle; with ‖A‖₁ ≤ ½ the remainder is ≤ 2·(½)³¹/31! ≈ 1e-43. */
const TAYLOR_TERMS = 30;

function chain(sites: number, levels: number, ensemble: 'GUE' | 'GOE', coupling = 0.02, seed = 3): ChainModel {
  return buildChainModel(validateModelSpec({ sites, levels, bandWidth: 0.05, coupling, ensemble, seed }));
}

/** H as complex.js entries, assembled here from the model arrays (independently of denseHamiltonian). */
function oracleHamiltonian(model: ChainModel): Complex[][] {
  const { sites: N, levels: n } = model;
  const dim = N * n;
  const H = Array.from({ length: dim }, () => Array.from({ length: dim }, () => Complex.ZERO));
  for (let i = 0; i < dim; i++) H[i][i] = new Complex(model.energies[i], 0);
  for (let mu = 0; mu < N - 1; mu++) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const b = new Complex(model.couplingRe[mu][i * n + j], model.couplingIm[mu][i * n + j]);
        H[mu * n + i][(mu + 1) * n + j] = b;
        H[(mu + 1) * n + j][mu * n + i] = b.conjugate();
      }
    }
  }
  return H;
}

function matmul(a: Complex[][], b: Complex[][]): Complex[][] {
  const d = a.length;
  return a.map((row) =>
    Array.from({ length: d }, (_, j) => {
      let s = Complex.ZERO;
      for (let k = 0; k < d; k++) s = s.add(row[k].mul(b[k][j]));
      return s;
    }),
  );
}

/**
 * e^{−iHt} by Taylor series with scaling and squaring in complex.js: A = −iHt/2^s with ‖A‖₁ ≤ ½, then
 * Σ_{k ≤ 30} A^k/k! squared s times. Returns U and s (for the error estimate).
 */
function oracleEvolution(H: Complex[][], t: number): { U: Complex[][]; squarings: number } {
  const d = H.length;
  let norm1 = 0;
  for (let j = 0; j < d; j++) norm1 = Math.max(norm1, H.reduce((s, row) => s + row[j].abs(), 0) * Math.abs(t));
  const squarings = norm1 > 0.5 ? Math.ceil(Math.log2(norm1 / 0.5)) : 0;
  const f = new Complex(0, -t / 2 ** squarings);
  const A = H.map((row) => row.map((x) => x.mul(f)));
  const I = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? Complex.ONE : Complex.ZERO)));
  let U = I.map((r) => r.slice());
  let term = I;
  for (let k = 1; k <= TAYLOR_TERMS; k++) {
    term = matmul(term, A).map((row) => row.map((x) => x.div(k)));
    U = U.map((row, i) => row.map((x, j) => x.add(term[i][j])));
  }
  for (let s = 0; s < squarings; s++) U = matmul(U, U);
  return { U, squarings };
}

function apply(U: Complex[][], psi: ComplexVector): ComplexVector {
  const d = U.length;
  const re = new Float64Array(d);
  const im = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = Complex.ZERO;
    for (let k = 0; k < d; k++) s = s.add(U[i][k].mul(new Complex(psi.re[k], psi.im[k])));
    re[i] = s.re;
    im[i] = s.im;
  }
  return { re, im };
}

function frobenius(H: Complex[][]): number {
  return Math.sqrt(H.reduce((s, row) => s + row.reduce((t, x) => t + x.abs() ** 2, 0), 0));
}

describe('eigenPropagator', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    [3, 4, 'GUE'],
    [2, 3, 'GOE'],
    [4, 2, 'GUE'],
    [3, 3, 'GUE'],
  ] as const)('agrees with a complex.js Taylor oracle in ψ(t) and P_µ(t) (N = %i, n = %i, %s)', (N, n, ensemble) => {
    const model = chain(N, n, ensemble);
    const dim = N * n;
    const psi0 = initialState({ site: 1, seed: 2 }, N, n);
    const times = Float64Array.of(0, 3.5, 60, 700, 2500);
    const H = oracleHamiltonian(model);
    const normH = frobenius(H);
    const states: ComplexVector[] = [];
    const result = eigenPropagator(model, psi0, times, {
      onState: (_, re, im) => states.push({ re: Float64Array.from(re), im: Float64Array.from(im) }),
    });
    expect(result.method).toBe('eigen');
    expect(result.details.dimension).toBe(dim);
    // tol = 50·dim·ε·‖H‖_F: backward-stable decomposition (the residual of an exact eigenpair is 0)
    expect(result.details.maxResidual).toBeLessThanOrEqual(50 * dim * EPS * normH);
    expect(states).toHaveLength(times.length);
    times.forEach((t, j) => {
      const { U, squarings } = oracleEvolution(H, t);
      const want = apply(U, psi0);
      // ‖δψ‖ ≤ 50·dim·ε·(‖H‖_F·t + 1) [eigen: e^{−i(H+E)t}, ‖E‖ ≤ 50·dim·ε·‖H‖, V unitary to 50·dim·ε]
      //      + 2^s·(30 + s)·dim·ε [oracle: Taylor rounding, doubled by each of s squarings]
      const tolPsi = 50 * dim * EPS * (normH * t + 1) + 2 ** squarings * (TAYLOR_TERMS + squarings) * dim * EPS;
      let dpsi = 0;
      for (let i = 0; i < dim; i++) dpsi = Math.max(dpsi, Math.hypot(states[j].re[i] - want.re[i], states[j].im[i] - want.im[i]));
      expect(dpsi).toBeLessThanOrEqual(tolPsi);
      for (let mu = 0; mu < N; mu++) {
        let p = 0;
        for (let k = 0; k < n; k++) p += want.re[mu * n + k] ** 2 + want.im[mu * n + k] ** 2;
        // tol = 2·√dim·tolPsi: |‖a‖² − ‖b‖²| ≤ ‖a − b‖(‖a‖ + ‖b‖) ≤ 2‖a − b‖₂ and ‖·‖₂ ≤ √dim·max
        expect(Math.abs(result.populations[j][mu] - p)).toBeLessThanOrEqual(2 * Math.sqrt(dim) * tolPsi);
      }
    });
  });

  it('reproduces the analytic Rabi oscillation for N = 2, n = 1', () => {
    const [e1, e2, bRe, bIm] = [1.0, 1.25, 0.08, -0.03];
    const model: ChainModel = {
      sites: 2,
      levels: 1,
      bandWidth: 1,
      gap: 1,
      coupling: Math.hypot(bRe, bIm),
      ensemble: 'explicit',
      energies: Float64Array.of(e1, e2),
      couplingRe: [Float64Array.of(bRe)],
      couplingIm: [Float64Array.of(bIm)],
    };
    const delta = e2 - e1;
    const b2 = bRe * bRe + bIm * bIm;
    const omega = Math.sqrt((delta * delta) / 4 + b2);
    const times = Float64Array.from({ length: 41 }, (_, j) => j * 12.5);
    const result = eigenPropagator(model, { re: Float64Array.of(1, 0), im: Float64Array.of(0, 0) }, times);
    const normH = Math.sqrt(e1 * e1 + e2 * e2 + 2 * b2);
    times.forEach((t, j) => {
      const p1 = 1 - ((4 * b2) / (delta * delta + 4 * b2)) * Math.sin(omega * t) ** 2;
      // tol = 2·50·dim·ε·(‖H‖_F·t + 1) (eigen, as above) + 8ε·Ω·t (rounding of the closed form's phase Ω·t)
      const tol = 2 * 50 * 2 * EPS * (normH * t + 1) + 8 * EPS * omega * t;
      expect(Math.abs(result.populations[j][0] - p1)).toBeLessThanOrEqual(tol);
      expect(Math.abs(result.populations[j][1] - (1 - p1))).toBeLessThanOrEqual(tol);
    });
  });

  it('conserves the norm over long times', () => {
    const model = chain(4, 6, 'GUE', 0.01, 9);
    const dim = 24;
    const psi0 = initialState({ site: 2, seed: 5 }, 4, 6);
    const times = Float64Array.of(0, 1, 1e3, 3e4, 1e5);
    const result = eigenPropagator(model, psi0, times);
    // tol = 100·dim·ε: ψ(t) = V(e^{−iΛt}(V†ψ₀)) with V unitary to 50·dim·ε, applied twice
    for (const norm of result.norms) expect(Math.abs(norm - 1)).toBeLessThanOrEqual(100 * dim * EPS);
    for (const p of result.populations) expect(Math.abs(p.reduce((s, x) => s + x, 0) - 1)).toBeLessThanOrEqual(200 * dim * EPS);
  });

  it('reports monotone progress ending at 1', () => {
    const model = chain(2, 3, 'GUE');
    const seen: number[] = [];
    eigenPropagator(model, initialState({ site: 1, seed: 1 }, 2, 3), Float64Array.of(0, 1, 2), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    for (let k = 1; k < seen.length; k++) expect(seen[k]).toBeGreaterThanOrEqual(seen[k - 1]);
    expect(seen.at(-1)).toBe(1);
  });

  it('refuses a state of the wrong length and non-finite times', () => {
    const model = chain(2, 3, 'GUE');
    const bad = { re: new Float64Array(5), im: new Float64Array(5) };
    const input = (field: string) => expect.objectContaining({ name: 'HamcheckInputError', field });
    expect(() => eigenPropagator(model, bad, Float64Array.of(0))).toThrow(input('initial'));
    expect(() => eigenPropagator(model, initialState({ site: 1, seed: 1 }, 2, 3), Float64Array.of(0, Number.NaN))).toThrow(input('times'));
  });

  it('checks the memory budget before allocating the dense decomposition', () => {
    const model = chain(2, 100, 'GUE');
    vi.stubEnv('HAMCHECK_MEMORY_LIMIT_MB', '1'); // 56·200² B ≈ 2.1 MiB needed
    const psi0 = initialState({ site: 1, seed: 1 }, 2, 100);
    let caught: unknown;
    try {
      eigenPropagator(model, psi0, Float64Array.of(0));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(HamcheckResourceError);
    expect((caught as HamcheckResourceError).field).toBe('model.levels');
  });
});

describe('eigenSystem', () => {
  it('reuses one decomposition: populations() equals the propagator for several initial states', () => {
    const model = chain(3, 3, 'GUE');
    const sys = eigenSystem(model);
    const times = Float64Array.of(0, 10, 400);
    for (const seed of [1, 2, 3]) {
      const psi0 = initialState({ site: 2, seed }, 3, 3);
      const a = sys.populations(psi0, times);
      const b = eigenPropagator(model, psi0, times).populations;
      // Same arithmetic on the same decomposition (deterministic), so bit-identical.
      expect(a).toEqual(b);
    }
  });

  it.each([
    [2, 3, 0, 2, 'direct'],
    [2, 3, 0, 12, 'shortcut'],
    [3, 3, 1, 3, 'direct'],
    [3, 2, 2, 9, 'shortcut'],
    [2, 10, 1, 25, 'shortcut'], // several row blocks of W
    [2, 33, 0, 65, 'direct'], // more than one block of states
    [2, 70, 0, 3, 'direct'], // inner dimension D = 140 > one gemm block
    [2, 70, 1, 150, 'shortcut'], // W(t) of 70 rows, D = 140
  ] as const)('bandPopulation (N = %i, n = %i, site %i, %i states, %s) equals P_site of populations()', (N, n, site, S, strategy) => {
    const model = chain(N, n, 'GUE', 0.02, 17);
    const sys = eigenSystem(model);
    const dim = N * n;
    expect(bandPopulationStrategy(n, dim, S)).toBe(strategy);
    const times = Float64Array.of(0, 5, 250, 3000);
    const full = Array.from({ length: S }, (_, s) => initialState({ site: site + 1, seed: 40 + s }, N, n));
    // Half of the states given as n band amplitudes, half as full vectors.
    const given = full.map((st, s) => (s % 2 ? st : { re: st.re.slice(site * n, site * n + n), im: st.im.slice(site * n, site * n + n) }));
    const band = sys.bandPopulation(site, given, times);
    expect(band).toHaveLength(S);
    full.forEach((st, s) => {
      const want = sys.populations(st, times);
      // tol = 50·dim·ε: the same products V_ij e^{−iµ_j t} c_j summed in another order (|terms| ≤ 1)
      times.forEach((_, j) => expect(Math.abs(band[s][j] - want[j][site])).toBeLessThanOrEqual(50 * dim * EPS));
    });
  });

  it('bandPopulation refuses states with weight outside the band and bad sites (programming errors: plain RangeError)', () => {
    const model = chain(2, 3, 'GUE');
    const sys = eigenSystem(model);
    const outside = initialState({ site: 2, seed: 1 }, 2, 3);
    const plain = (message: RegExp) => expect.objectContaining({ name: 'RangeError', message: expect.stringMatching(message) });
    expect(() => sys.bandPopulation(0, [outside], Float64Array.of(0))).toThrow(plain(/states\[0\] has weight outside the band of site 0/));
    expect(() => sys.bandPopulation(2, [], Float64Array.of(0))).toThrow(plain(/site must be an integer 0 … 1 \(0-based\), got 2/));
    expect(() => sys.bandPopulation(0, [{ re: new Float64Array(4), im: new Float64Array(4) }], Float64Array.of(0))).toThrow(plain(/states\[0\] has length 4, need n = 3 or N·n = 6/));
  });
});
