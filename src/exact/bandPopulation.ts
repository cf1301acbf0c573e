import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { complexGemmNT } from '../linalg/complexGemm.ts';

/** What {@link bandPopulation} needs of a decomposition H = σ + V M V† (an {@link EigenSystem} is one). */
export interface BandSpectrum {
  readonly model: ChainModel;
  /** Shifted eigenvalues µ_j (the shift σ is a global phase and drops out of populations). */
  readonly values: Float64Array;
  /** V row-major, component i of eigenvector j at `[i·dim + j]`. */
  readonly vectorsRe: Float64Array;
  readonly vectorsIm: Float64Array;
}

/** States whose band amplitudes ψ_b(t) are formed together (an n×64 complex block). */
const STATE_BLOCK = 64;

/**
 * Population P_µ(t) = ‖P̂_µµ e^{−iHt} ψ‖² (11) of the band µ = `site` (0-based) for many initial
 * states ψ that all live in that band; `result[s][j]` = P_µ(t_j) of state s.
 *
 * @remarks
 * Write ψ = P̂_µµ ψ = z (n amplitudes) and V_b for the n rows of V belonging to band µ. Then
 * P̂_µµ e^{−iHt} P̂_µµ = W(t) = V_b e^{−iMt} V_b† (n×n), and P_µ(t) = ‖W(t) z‖² (docs/conventions.md, cost
 * model). Two evaluation orders, the cheaper one chosen by {@link bandPopulationStrategy} (per output
 * time, S states, D = N·n):
 * - direct: c = V_b† z once per state, then ψ_b(t) = (V_b e^{−iMt}) c — n·D·S multiply-adds;
 * - shortcut: form W(t) = (V_b e^{−iMt}) V_b† once (n²·D), then W(t) z for every state — n²·S.
 *
 * The shortcut wins when S > n·N/(N − 1) (e.g. S > 2n for N = 2, as in Fig. 4 with its 15 000
 * states); asymptotically it saves a factor N. All products run through {@link complexGemmNT}.
 * States are given either as n band amplitudes or as full N·n vectors that vanish outside the band
 * (refused otherwise). They are not normalized here: P_µ(0) = ‖z‖².
 *
 * Not yet called by a command: kept, with its spec (spec/exact/eigenPropagator.spec.ts, against
 * {@link EigenSystem.populations}), for the F4 ensemble of the benchmarks, which needs
 * P₁(t) = ‖W(t)z‖² with W(t) = P̂₁e^{−iHt}P̂₁ for thousands of band states z.
 */
export function bandPopulation(
  spectrum: BandSpectrum,
  site: number,
  states: readonly ComplexVector[],
  times: Float64Array,
): Float64Array[] {
  const { sites: N, levels: n } = spectrum.model;
  const dim = N * n;
  if (!Number.isInteger(site) || site < 0 || site >= N) {
    throw new RangeError(`bandPopulation: site must be an integer 0 … ${N - 1} (0-based), got ${site}`);
  }
  const S = states.length;
  const T = times.length;
  const shortcut = bandPopulationStrategy(n, dim, S) === 'shortcut';
  const work = shortcut ? 16 * n * n + 8 * n * dim : 16 * S * dim;
  assertFitsInMemory('states', 16 * n * S + 8 * S * T + 16 * n * dim + 16 * n * STATE_BLOCK + work, `${S} band states over ${T} output times`);
  const z = gatherBand(states, site, n, dim);
  const out = Array.from({ length: S }, () => new Float64Array(T));
  if (S === 0 || T === 0) return out;
  const off = site * n * dim;
  const vbRe = spectrum.vectorsRe.subarray(off, off + n * dim);
  const vbIm = spectrum.vectorsIm.subarray(off, off + n * dim);
  const { values } = spectrum;
  const xRe = new Float64Array(n * dim);
  const xIm = new Float64Array(n * dim);
  const phRe = new Float64Array(dim);
  const phIm = new Float64Array(dim);
  const psiRe = new Float64Array(n * STATE_BLOCK);
  const psiIm = new Float64Array(n * STATE_BLOCK);
  // Right-hand operand, one row per state: c_s = V_b† z_s (direct, length D) or z_s itself (shortcut, length n).
  let rRe: Float64Array;
  let rIm: Float64Array;
  let inner: number;
  let wRe: Float64Array | null = null;
  let wIm: Float64Array | null = null;
  let vbConjIm: Float64Array | null = null;
  if (shortcut) {
    ({ re: rRe, im: rIm } = z);
    inner = n;
    wRe = new Float64Array(n * n);
    wIm = new Float64Array(n * n);
    vbConjIm = vbIm.map((x) => -x);
  } else {
    ({ re: rRe, im: rIm } = coefficients(vbRe, vbIm, n, dim, z, S));
    inner = dim;
  }
  for (let t = 0; t < T; t++) {
    // X = V_b e^{−iMt}.
    for (let j = 0; j < dim; j++) {
      const ph = values[j] * times[t];
      phRe[j] = Math.cos(ph);
      phIm[j] = -Math.sin(ph);
    }
    for (let a = 0; a < n; a++) {
      const o = a * dim;
      for (let j = 0; j < dim; j++) {
        xRe[o + j] = vbRe[o + j] * phRe[j] - vbIm[o + j] * phIm[j];
        xIm[o + j] = vbRe[o + j] * phIm[j] + vbIm[o + j] * phRe[j];
      }
    }
    // Left operand L: X (direct) or W = X V_b† (shortcut).
    let lRe: Float64Array = xRe;
    let lIm: Float64Array = xIm;
    if (wRe && wIm && vbConjIm) {
      complexGemmNT(xRe, xIm, n, vbRe, vbConjIm, n, dim, wRe, wIm);
      lRe = wRe;
      lIm = wIm;
    }
    for (let s0 = 0; s0 < S; s0 += STATE_BLOCK) {
      const sb = Math.min(STATE_BLOCK, S - s0);
      // ψ_b[a, s] = Σ_l L[a, l] R[s, l] for the states of this block.
      complexGemmNT(lRe, lIm, n, rRe.subarray(s0 * inner), rIm.subarray(s0 * inner), sb, inner, psiRe, psiIm);
      for (let b = 0; b < sb; b++) {
        let p = 0;
        for (let a = 0; a < n; a++) p += psiRe[a * sb + b] ** 2 + psiIm[a * sb + b] ** 2;
        out[s0 + b][t] = p;
      }
    }
  }
  return out;
}

/**
 * Which evaluation order {@link bandPopulation} uses for S states of a band of n levels in dimension
 * D = N·n: `'shortcut'` (form W(t), cost n²·(D + S) per time) when that is below the direct cost
 * n·D·S, else `'direct'`.
 */
export function bandPopulationStrategy(levels: number, dimension: number, states: number): 'direct' | 'shortcut' {
  return levels * levels * (dimension + states) < levels * dimension * states ? 'shortcut' : 'direct';
}

/** Z (S × n, row-major): Z[s·n + a] = amplitude a of state s in the band. */
function gatherBand(states: readonly ComplexVector[], site: number, n: number, dim: number): ComplexVector {
  const S = states.length;
  const re = new Float64Array(n * S);
  const im = new Float64Array(n * S);
  states.forEach((st, s) => {
    const len = st.re.length;
    if (st.im.length !== len || (len !== n && len !== dim)) {
      throw new RangeError(`bandPopulation: states[${s}] has length ${len}, need n = ${n} or N·n = ${dim}`);
    }
    const base = len === n ? 0 : site * n;
    if (len === dim) {
      for (let i = 0; i < dim; i++) {
        if ((i < base || i >= base + n) && (st.re[i] !== 0 || st.im[i] !== 0)) {
          throw new RangeError(`bandPopulation: states[${s}] has weight outside the band of site ${site} (0-based)`);
        }
      }
    }
    re.set(st.re.subarray(base, base + n), s * n);
    im.set(st.im.subarray(base, base + n), s * n);
  });
  return { re, im };
}

/** C (S × D, row-major): row s = V_b† z_s, accumulated row by row of V_b (contiguous). Cost n·D·S. */
function coefficients(vbRe: Float64Array, vbIm: Float64Array, n: number, dim: number, z: ComplexVector, S: number): ComplexVector {
  const re = new Float64Array(S * dim);
  const im = new Float64Array(S * dim);
  for (let s = 0; s < S; s++) {
    const o = s * dim;
    for (let a = 0; a < n; a++) {
      const zr = z.re[s * n + a];
      const zi = z.im[s * n + a];
      if (zr === 0 && zi === 0) continue;
      const ov = a * dim;
      for (let j = 0; j < dim; j++) {
        // conj(V_b[a, j])·z_s[a]
        const vr = vbRe[ov + j];
        const vi = vbIm[ov + j];
        re[o + j] += vr * zr + vi * zi;
        im[o + j] += vr * zi - vi * zr;
      }
    }
  }
  return { re, im };
}
