import { HamcheckInputError } from '../errors.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ChainModel, ComplexVector } from '../model/modelSpec.ts';

/** What {@link bandPopulation} needs of a decomposition H = σ + V M V† (an {@link EigenSystem} is one). */
export interface BandSpectrum {
  readonly model: ChainModel;
  /** Shifted eigenvalues µ_j (the shift σ is a global phase and drops out of populations). */
  readonly values: Float64Array;
  /** V row-major, component i of eigenvector j at `[i·dim + j]`. */
  readonly vectorsRe: Float64Array;
  readonly vectorsIm: Float64Array;
}

/** States processed together (direct strategy: C block of 16·dim·64 bytes; shortcut: Z block of 16·n·64). */
const STATE_BLOCK = 64;
/** Rows of W(t) formed together, so each row of V_b is read once per block. */
const ROW_BLOCK = 8;

/**
 * Population P_µ(t) = ‖P̂_µµ e^{−iHt} ψ‖² (11) of the band µ = `site` (0-based) for many initial
 * states ψ that all live in that band; `result[s][j]` = P_µ(t_j) of state s.
 *
 * @remarks
 * Write ψ = P̂_µµ ψ = z (n amplitudes) and V_b for the n rows of V belonging to band µ. Then
 * P̂_µµ e^{−iHt} P̂_µµ = W(t) = V_b e^{−iMt} V_b† (n×n), and P_µ(t) = ‖W(t) z‖² (physics-notes, cost
 * model). Two evaluation orders, the cheaper one chosen automatically (per output time, S states,
 * D = N·n):
 * - direct: c = V_b† z once per state, then ψ_b(t) = V_b e^{−iMt} c — n·D·S multiply-adds;
 * - shortcut: form W(t) once (n²·D), then W(t) z for every state — n²·S.
 *
 * The shortcut wins when S > n·N/(N − 1) (e.g. S > 2n for N = 2, as in Fig. 4 with its 15 000
 * states); asymptotically it saves a factor N. States are given either as n band amplitudes or as
 * full N·n vectors that vanish outside the band (refused otherwise). They are not normalized here:
 * P_µ(0) = ‖z‖².
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
    throw new HamcheckInputError('site', `an integer 0 … ${N - 1} (0-based site index)`, site);
  }
  const S = states.length;
  const T = times.length;
  const useShortcut = bandPopulationStrategy(n, dim, S) === 'shortcut';
  const extra = useShortcut ? 16 * (n * dim + n * n) : 32 * dim * STATE_BLOCK;
  assertFitsInMemory('states', 16 * n * S + 8 * S * T + extra, `${S} band states over ${T} output times`);
  const z = gatherBand(states, site, n, dim);
  const out = Array.from({ length: S }, () => new Float64Array(T));
  if (S === 0 || T === 0) return out;
  const off = site * n * dim;
  const vbRe = spectrum.vectorsRe.subarray(off, off + n * dim);
  const vbIm = spectrum.vectorsIm.subarray(off, off + n * dim);
  if (useShortcut) viaShortcut(vbRe, vbIm, spectrum.values, n, dim, z, S, times, out);
  else viaDirect(vbRe, vbIm, spectrum.values, n, dim, z, S, times, out);
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

/** Z (n × S, row-major): Z[a·S + s] = amplitude a of state s in the band. */
function gatherBand(states: readonly ComplexVector[], site: number, n: number, dim: number): ComplexVector {
  const S = states.length;
  const re = new Float64Array(n * S);
  const im = new Float64Array(n * S);
  states.forEach((st, s) => {
    const len = st.re.length;
    if (st.im.length !== len || (len !== n && len !== dim)) {
      throw new HamcheckInputError(`states[${s}]`, `a complex vector of length n = ${n} or N·n = ${dim}`, len);
    }
    const base = len === n ? 0 : site * n;
    if (len === dim) {
      for (let i = 0; i < dim; i++) {
        if ((i < base || i >= base + n) && (st.re[i] !== 0 || st.im[i] !== 0)) {
          throw new HamcheckInputError(`states[${s}]`, `amplitudes only in the band of site ${site} (0-based)`, 'a state with weight elsewhere');
        }
      }
    }
    for (let a = 0; a < n; a++) {
      re[a * S + s] = st.re[base + a];
      im[a * S + s] = st.im[base + a];
    }
  });
  return { re, im };
}

function viaDirect(
  vbRe: Float64Array,
  vbIm: Float64Array,
  values: Float64Array,
  n: number,
  dim: number,
  z: ComplexVector,
  S: number,
  times: Float64Array,
  out: Float64Array[],
): void {
  const cRe = new Float64Array(dim * STATE_BLOCK);
  const cIm = new Float64Array(dim * STATE_BLOCK);
  const dRe = new Float64Array(dim * STATE_BLOCK);
  const dIm = new Float64Array(dim * STATE_BLOCK);
  const rowRe = new Float64Array(STATE_BLOCK);
  const rowIm = new Float64Array(STATE_BLOCK);
  const p = new Float64Array(STATE_BLOCK);
  for (let s0 = 0; s0 < S; s0 += STATE_BLOCK) {
    const sb = Math.min(STATE_BLOCK, S - s0);
    // C = V_b† Z_block (dim × sb).
    cRe.fill(0);
    cIm.fill(0);
    for (let a = 0; a < n; a++) {
      const zo = a * S + s0;
      for (let j = 0; j < dim; j++) {
        const vr = vbRe[a * dim + j];
        const vi = -vbIm[a * dim + j];
        const co = j * sb;
        for (let b = 0; b < sb; b++) {
          const zr = z.re[zo + b];
          const zi = z.im[zo + b];
          cRe[co + b] += vr * zr - vi * zi;
          cIm[co + b] += vr * zi + vi * zr;
        }
      }
    }
    for (let t = 0; t < times.length; t++) {
      for (let j = 0; j < dim; j++) {
        const ph = values[j] * times[t];
        const cs = Math.cos(ph);
        const sn = -Math.sin(ph);
        const co = j * sb;
        for (let b = 0; b < sb; b++) {
          dRe[co + b] = cRe[co + b] * cs - cIm[co + b] * sn;
          dIm[co + b] = cRe[co + b] * sn + cIm[co + b] * cs;
        }
      }
      p.fill(0);
      for (let a = 0; a < n; a++) {
        rowRe.fill(0);
        rowIm.fill(0);
        for (let j = 0; j < dim; j++) {
          const vr = vbRe[a * dim + j];
          const vi = vbIm[a * dim + j];
          const co = j * sb;
          for (let b = 0; b < sb; b++) {
            rowRe[b] += vr * dRe[co + b] - vi * dIm[co + b];
            rowIm[b] += vr * dIm[co + b] + vi * dRe[co + b];
          }
        }
        for (let b = 0; b < sb; b++) p[b] += rowRe[b] * rowRe[b] + rowIm[b] * rowIm[b];
      }
      for (let b = 0; b < sb; b++) out[s0 + b][t] = p[b];
    }
  }
}

function viaShortcut(
  vbRe: Float64Array,
  vbIm: Float64Array,
  values: Float64Array,
  n: number,
  dim: number,
  z: ComplexVector,
  S: number,
  times: Float64Array,
  out: Float64Array[],
): void {
  const xRe = new Float64Array(n * dim);
  const xIm = new Float64Array(n * dim);
  const wRe = new Float64Array(n * n);
  const wIm = new Float64Array(n * n);
  const phRe = new Float64Array(dim);
  const phIm = new Float64Array(dim);
  const rowRe = new Float64Array(STATE_BLOCK);
  const rowIm = new Float64Array(STATE_BLOCK);
  const p = new Float64Array(S);
  for (let t = 0; t < times.length; t++) {
    for (let j = 0; j < dim; j++) {
      const ph = values[j] * times[t];
      phRe[j] = Math.cos(ph);
      phIm[j] = -Math.sin(ph);
    }
    // X = V_b e^{−iMt}.
    for (let a = 0; a < n; a++) {
      const o = a * dim;
      for (let j = 0; j < dim; j++) {
        xRe[o + j] = vbRe[o + j] * phRe[j] - vbIm[o + j] * phIm[j];
        xIm[o + j] = vbRe[o + j] * phIm[j] + vbIm[o + j] * phRe[j];
      }
    }
    // W[a, b] = Σ_j X[a, j] conj(V_b[b, j]): contiguous dot products, ROW_BLOCK rows of X per pass over V_b.
    for (let a0 = 0; a0 < n; a0 += ROW_BLOCK) {
      const a1 = Math.min(n, a0 + ROW_BLOCK);
      for (let b = 0; b < n; b++) {
        const ob = b * dim;
        let a = a0;
        // Two rows of X per pass: shared loads of V_b[b, ·] and four independent sums.
        for (; a + 1 < a1; a += 2) {
          const oa = a * dim;
          const oc = oa + dim;
          let sr = 0;
          let si = 0;
          let tr = 0;
          let ti = 0;
          for (let j = 0; j < dim; j++) {
            const vr = vbRe[ob + j];
            const vi = vbIm[ob + j];
            const xr = xRe[oa + j];
            const xi = xIm[oa + j];
            const yr = xRe[oc + j];
            const yi = xIm[oc + j];
            sr += xr * vr + xi * vi;
            si += xi * vr - xr * vi;
            tr += yr * vr + yi * vi;
            ti += yi * vr - yr * vi;
          }
          wRe[a * n + b] = sr;
          wIm[a * n + b] = si;
          wRe[(a + 1) * n + b] = tr;
          wIm[(a + 1) * n + b] = ti;
        }
        if (a < a1) {
          const oa = a * dim;
          let sr = 0;
          let si = 0;
          for (let j = 0; j < dim; j++) {
            const vr = vbRe[ob + j];
            const vi = vbIm[ob + j];
            const xr = xRe[oa + j];
            const xi = xIm[oa + j];
            sr += xr * vr + xi * vi;
            si += xi * vr - xr * vi;
          }
          wRe[a * n + b] = sr;
          wIm[a * n + b] = si;
        }
      }
    }
    // ψ_b = W Z, one row a at a time, STATE_BLOCK states at a time (the Z block stays in cache).
    p.fill(0);
    for (let s0 = 0; s0 < S; s0 += STATE_BLOCK) {
      const s1 = Math.min(S, s0 + STATE_BLOCK);
      for (let a = 0; a < n; a++) {
        rowRe.fill(0);
        rowIm.fill(0);
        for (let b = 0; b < n; b++) {
          const wr = wRe[a * n + b];
          const wi = wIm[a * n + b];
          const zo = b * S;
          for (let s = s0; s < s1; s++) {
            const zr = z.re[zo + s];
            const zi = z.im[zo + s];
            rowRe[s - s0] += wr * zr - wi * zi;
            rowIm[s - s0] += wr * zi + wi * zr;
          }
        }
        for (let s = s0; s < s1; s++) p[s] += rowRe[s - s0] * rowRe[s - s0] + rowIm[s - s0] * rowIm[s - s0];
      }
    }
    for (let s = 0; s < S; s++) out[s][t] = p[s];
  }
}
