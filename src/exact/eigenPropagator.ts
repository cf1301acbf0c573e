import { denseHamiltonian } from '../model/chainHamiltonian.ts';
import { hermitianEigen } from '../linalg/hermitianEigen.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { bandPopulation } from './bandPopulation.ts';
import type { PropagationOptions, Propagator } from './propagation.ts';
import { checkInitialState, checkPropagationInput, checkTimes } from './propagationInput.ts';
import { sitePopulations } from './sitePopulations.ts';

/** Columns of V checked by {@link EigenSystem.maxResidual}, spread evenly over the spectrum. */
const RESIDUAL_COLUMNS = 8;

/**
 * Bytes of the dense eigendecomposition at dimension `dim`: dense H (16 B per entry), the Householder
 * work copy (16), the tridiagonal eigenvectors (8) and V (16), all alive at the peak.
 */
export function eigenSystemBytes(dim: number): number {
  return 56 * dim * dim + 64 * dim;
}

/**
 * One dense diagonalization H = σ + V M V† of the chain Hamiltonian (3), reusable for any number of
 * initial states.
 *
 * @remarks
 * σ is the mean of the level energies; M = diag(µ_j) holds the shifted eigenvalues (the eigenvalues of
 * H are σ + µ_j). Shifting before diagonalizing makes the eigenvalue error O(dim·ε·‖H − σ‖) instead of
 * O(dim·ε·‖H‖): with ΔE = 1 and δε = 0.05 that is ≈ 40× smaller (‖H − σ‖ ≈ δε/2), which matters at
 * t ~ 5/κ ~ 3·10⁴.
 * The shift only contributes the global phase e^{−iσt}, which no population sees.
 */
export interface EigenSystem {
  readonly model: ChainModel;
  /** N·n. */
  readonly dimension: number;
  /** σ, the mean level energy subtracted before diagonalizing. */
  readonly shift: number;
  /** Shifted eigenvalues µ_j = λ_j − σ, ascending. */
  readonly values: Float64Array;
  /** V, row-major: component i of eigenvector j at `[i·dim + j]`. */
  readonly vectorsRe: Float64Array;
  readonly vectorsIm: Float64Array;
  /**
   * max_j ‖H v_j − λ_j v_j‖₂ over {@link RESIDUAL_COLUMNS} columns spread over the spectrum (energy
   * units; backward stability predicts O(dim·ε·‖H − σ‖)).
   */
  readonly maxResidual: number;
  /** Eigen-coefficients c = V†ψ₀. */
  coefficients(psi0: ComplexVector): ComplexVector;
  /**
   * ψ(t) = e^{−iσt} V e^{−iMt} c written into `out` (coefficients c from {@link coefficients}).
   * Cost dim² complex multiply-adds.
   */
  stateAt(c: ComplexVector, t: number, out: ComplexVector): void;
  /** P_µ(t_j) (11) for one initial state: `result[j][µ]`, µ 0-based. Cost dim² per time. */
  populations(psi0: ComplexVector, times: Float64Array): Float64Array[];
  /**
   * P_site(t_j) = ‖P̂_site e^{−iHt_j} ψ‖² for many initial states that all live in the band of `site`
   * (0-based): `result[s][j]`. See {@link bandPopulation} for the W(t) = P̂ e^{−iHt} P̂ shortcut.
   */
  bandPopulation(site: number, states: readonly ComplexVector[], times: Float64Array): Float64Array[];
}

/**
 * Diagonalizes the chain Hamiltonian densely (see {@link hermitianEigen}) and returns the reusable
 * {@link EigenSystem}.
 *
 * @remarks Memory ≈ 56·(Nn)² bytes at the peak, checked against the budget
 * ({@link assertFitsInMemory}) before anything is allocated; cost ≈ 19·(Nn)³ flops.
 */
export function eigenSystem(model: ChainModel): EigenSystem {
  const dim = model.sites * model.levels;
  assertFitsInMemory('model.levels', eigenSystemBytes(dim), 'the dense eigendecomposition');
  const H = denseHamiltonian(model);
  let shift = 0;
  for (let i = 0; i < dim; i++) shift += model.energies[i];
  shift = dim > 0 ? shift / dim : 0;
  for (let i = 0; i < dim; i++) H.re[i * dim + i] -= shift;
  const { values, vectorsRe, vectorsIm } = hermitianEigen(H.re, H.im, dim);
  const maxResidual = residual(H.re, H.im, dim, values, vectorsRe, vectorsIm);
  const sys: EigenSystem = {
    model,
    dimension: dim,
    shift,
    values,
    vectorsRe,
    vectorsIm,
    maxResidual,
    coefficients: (psi0) => coefficients(sys, psi0),
    stateAt: (c, t, out) => stateAt(sys, c, t, out),
    populations(psi0, times) {
      checkTimes(times);
      const c = coefficients(sys, psi0);
      const psi = { re: new Float64Array(dim), im: new Float64Array(dim) };
      const out: Float64Array[] = [];
      for (let j = 0; j < times.length; j++) {
        stateAt(sys, c, times[j], psi);
        out.push(sitePopulations(psi.re, psi.im, model.sites, model.levels));
      }
      return out;
    },
    bandPopulation: (site, states, times) => {
      checkTimes(times);
      return bandPopulation(sys, site, states, times);
    },
  };
  return sys;
}

/**
 * Exact propagation by dense diagonalization: ψ(t) = V e^{−iΛt} V†ψ₀ for every output time.
 *
 * @remarks
 * Exact up to rounding for any t (no time stepping): the error of ψ(t) is bounded by
 * ‖E‖·t + O(dim·ε) where H + E is the matrix exactly diagonalized (‖E‖ = O(dim·ε·‖H − σ‖)).
 * Cost ≈ 19(Nn)³ for the decomposition plus (Nn)² complex multiply-adds per output time; see
 * {@link eigenSystem} to reuse one decomposition for many initial states. Populations are (11),
 * `details` reports `dimension` and `maxResidual` ({@link EigenSystem.maxResidual}).
 * Progress is reported in units of one output time, the decomposition counting as 2.4·Nn of them
 * (the ratio of their flop counts).
 */
export const eigenPropagator: Propagator = (model, psi0, times, options: PropagationOptions = {}) => {
  const dim = model.sites * model.levels;
  checkPropagationInput(psi0, dim, times, options);
  const sys = eigenSystem(model);
  const T = times.length;
  const decompositionWeight = 2.4 * dim;
  const total = decompositionWeight + T;
  options.onProgress?.(decompositionWeight / total);
  const c = coefficients(sys, psi0);
  const psi = { re: new Float64Array(dim), im: new Float64Array(dim) };
  const populations: Float64Array[] = [];
  const norms = new Float64Array(T);
  for (let j = 0; j < T; j++) {
    stateAt(sys, c, times[j], psi);
    populations.push(sitePopulations(psi.re, psi.im, model.sites, model.levels));
    let n2 = 0;
    for (let i = 0; i < dim; i++) n2 += psi.re[i] * psi.re[i] + psi.im[i] * psi.im[i];
    norms[j] = Math.sqrt(n2);
    options.onState?.(j, psi.re, psi.im);
    options.onProgress?.((decompositionWeight + j + 1) / total);
  }
  return {
    method: 'eigen',
    times: Float64Array.from(times),
    populations,
    norms,
    details: { dimension: dim, maxResidual: sys.maxResidual },
  };
};

function coefficients(sys: EigenSystem, psi0: ComplexVector): ComplexVector {
  const dim = sys.dimension;
  checkInitialState(psi0, dim);
  const { vectorsRe: vr, vectorsIm: vi } = sys;
  const cr = new Float64Array(dim);
  const ci = new Float64Array(dim);
  // c_j = Σ_i conj(V_ij) ψ_i, row by row (contiguous); rows with ψ_i = 0 are skipped.
  for (let i = 0; i < dim; i++) {
    const pr = psi0.re[i];
    const pi = psi0.im[i];
    if (pr === 0 && pi === 0) continue;
    const o = i * dim;
    for (let j = 0; j < dim; j++) {
      const a = vr[o + j];
      const b = vi[o + j];
      cr[j] += a * pr + b * pi;
      ci[j] += a * pi - b * pr;
    }
  }
  return { re: cr, im: ci };
}

function stateAt(sys: EigenSystem, c: ComplexVector, t: number, out: ComplexVector): void {
  const dim = sys.dimension;
  const { vectorsRe: vr, vectorsIm: vi, values } = sys;
  const fr = new Float64Array(dim);
  const fi = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    const ph = values[j] * t;
    const cs = Math.cos(ph);
    const sn = -Math.sin(ph);
    fr[j] = c.re[j] * cs - c.im[j] * sn;
    fi[j] = c.re[j] * sn + c.im[j] * cs;
  }
  const gs = Math.cos(sys.shift * t);
  const gn = -Math.sin(sys.shift * t);
  // Two rows per pass: shared loads of f and four independent sums.
  let i = 0;
  for (; i + 1 < dim; i += 2) {
    const o0 = i * dim;
    const o1 = o0 + dim;
    let s0r = 0;
    let s0i = 0;
    let s1r = 0;
    let s1i = 0;
    for (let j = 0; j < dim; j++) {
      const xr = fr[j];
      const xi = fi[j];
      const a0 = vr[o0 + j];
      const b0 = vi[o0 + j];
      const a1 = vr[o1 + j];
      const b1 = vi[o1 + j];
      s0r += a0 * xr - b0 * xi;
      s0i += a0 * xi + b0 * xr;
      s1r += a1 * xr - b1 * xi;
      s1i += a1 * xi + b1 * xr;
    }
    out.re[i] = s0r * gs - s0i * gn;
    out.im[i] = s0r * gn + s0i * gs;
    out.re[i + 1] = s1r * gs - s1i * gn;
    out.im[i + 1] = s1r * gn + s1i * gs;
  }
  if (i < dim) {
    const o = i * dim;
    let sr = 0;
    let si = 0;
    for (let j = 0; j < dim; j++) {
      sr += vr[o + j] * fr[j] - vi[o + j] * fi[j];
      si += vr[o + j] * fi[j] + vi[o + j] * fr[j];
    }
    out.re[i] = sr * gs - si * gn;
    out.im[i] = sr * gn + si * gs;
  }
}

/** max over a few columns of ‖(H − σ)v_j − µ_j v_j‖₂, reading H row by row. */
function residual(
  hr: Float64Array,
  hi: Float64Array,
  dim: number,
  values: Float64Array,
  vr: Float64Array,
  vi: Float64Array,
): number {
  const count = Math.min(dim, RESIDUAL_COLUMNS);
  const cols: number[] = [];
  for (let k = 0; k < count; k++) cols.push(count === 1 ? 0 : Math.round((k * (dim - 1)) / (count - 1)));
  // The checked columns, copied out contiguously.
  const colRe = cols.map((j) => Float64Array.from({ length: dim }, (_, l) => vr[l * dim + j]));
  const colIm = cols.map((j) => Float64Array.from({ length: dim }, (_, l) => vi[l * dim + j]));
  const r2 = new Float64Array(count);
  for (let i = 0; i < dim; i++) {
    const o = i * dim;
    for (let k = 0; k < count; k++) {
      const xr = colRe[k];
      const xi = colIm[k];
      let sr = -values[cols[k]] * xr[i];
      let si = -values[cols[k]] * xi[i];
      for (let l = 0; l < dim; l++) {
        const a = hr[o + l];
        const b = hi[o + l];
        sr += a * xr[l] - b * xi[l];
        si += a * xi[l] + b * xr[l];
      }
      r2[k] += sr * sr + si * si;
    }
  }
  let max = 0;
  for (let k = 0; k < count; k++) max = Math.max(max, Math.sqrt(r2[k]));
  return max;
}
