import { assertFitsInMemory } from '../model/memoryLimit.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import { sharedFloat64, sharedInt32 } from '../linalg/sharedArrays.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { type BandPopulationBuffers, participantBytes, runBandPopulationParticipant } from './bandPopulationKernel.ts';
import { runBandPopulationKernel } from './bandPopulationWorkerPool.ts';
import { chebyshevThreads } from './chebyshevWorkerPool.ts';

/** What {@link bandPopulation} needs of a decomposition H = σ + V M V† (an {@link EigenSystem} is one). */
export interface BandSpectrum {
  readonly model: ChainModel;
  /** Shifted eigenvalues µ_j (the shift σ is a global phase and drops out of populations). */
  readonly values: Float64Array;
  /** V row-major, component i of eigenvector j at `[i·dim + j]`. */
  readonly vectorsRe: Float64Array;
  readonly vectorsIm: Float64Array;
}

/**
 * Complex multiply-adds of the whole time loop (T × the per-time cost of the chosen order) from which
 * {@link bandPopulation} runs on several threads: 5·10⁷ ≈ 0.15 s serial at ≈ 2.6 Gflop/s, well above the
 * cost of handing the shared arrays to pooled workers (a first call also starts them, ≈ 0.1–0.5 s).
 */
export const BAND_POPULATION_PARALLEL_MIN_WORK = 5e7;

/** Options of {@link bandPopulation}. */
export interface BandPopulationOptions {
  /** Threaded from this many complex multiply-adds (default {@link BAND_POPULATION_PARALLEL_MIN_WORK}; specs set it low). */
  parallelMinWork?: number;
  /** The kernel module the workers load: tests only (a failing fixture); see runBandPopulationKernel. */
  kernelUrl?: string;
}

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
 * states); asymptotically it saves a factor N. The products run in the WebAssembly f64x2 kernel
 * (src/linalg/wasm/complexGemm.wat, about 2.5× the TypeScript one on one core) and fall back to
 * complexGemmNT (src/linalg/complexGemm.ts) with `HAMCHECK_KERNEL=ts`, without WebAssembly SIMD, or
 * beyond its 2 GiB arena; both sum every entry in the same order, so the result is the same bit for bit.
 * States are given either as n band amplitudes or as full N·n vectors that vanish outside the band
 * (refused otherwise). They are not normalized here: P_µ(0) = ‖z‖².
 *
 * Threads: the output times are independent, so from {@link BAND_POPULATION_PARALLEL_MIN_WORK} complex
 * multiply-adds on (option `parallelMinWork`) they are split into contiguous chunks, one per thread
 * (`HAMCHECK_THREADS` if set, else the available parallelism: {@link chebyshevThreads}; at most T).
 * The main thread and pooled worker threads (runBandPopulationKernel) each form their own X, W(t) and
 * ψ_b for their times from shared read-only V_b, µ and Z (or C) and write their columns of a shared
 * result — the same operations per time in the same order as the serial path, so the result is bit for
 * bit the same on any number of threads. A worker's error is rethrown here with its message. Below the
 * threshold, or with `HAMCHECK_THREADS=1`, it runs serially on this thread. The call is synchronous.
 *
 * Called by {@link EigenSystem.bandPopulation}, e.g. for the F4 ensemble of the benchmarks, which needs
 * P₁(t) = ‖W(t)z‖² with W(t) = P̂₁e^{−iHt}P̂₁ for thousands of band states z; spec against
 * {@link EigenSystem.populations} in spec/exact/eigenPropagator.spec.ts, threads in
 * spec/exact/bandPopulationThreads.spec.ts.
 */
export function bandPopulation(
  spectrum: BandSpectrum,
  site: number,
  states: readonly ComplexVector[],
  times: Float64Array,
  options: BandPopulationOptions = {},
): Float64Array[] {
  const { sites: N, levels: n } = spectrum.model;
  const dim = N * n;
  if (!Number.isInteger(site) || site < 0 || site >= N) {
    throw new RangeError(`bandPopulation: site must be an integer 0 … ${N - 1} (0-based), got ${site}`);
  }
  const S = states.length;
  const T = times.length;
  const shortcut = bandPopulationStrategy(n, dim, S) === 'shortcut';
  const perTime = shortcut ? n * n * (dim + S) + n * dim : n * dim * S + n * dim;
  const size = T * perTime >= (options.parallelMinWork ?? BAND_POPULATION_PARALLEL_MIN_WORK) ? Math.min(chebyshevThreads(), T) : 1;
  // per participant: X (16nD), the ψ_b block and W (shortcut), and in the WebAssembly arena V_b† and R
  // packed; once: Z, C (direct) or −Im V_b (shortcut), the flat and the per-state results, and with
  // threads the shared copy of V_b
  const perParticipant = participantBytes(n, dim, S, shortcut);
  const once = 16 * n * S + 16 * S * T + (shortcut ? 8 * n * dim : 16 * S * dim) + (size > 1 ? 16 * n * dim : 0);
  assertFitsInMemory('states', once + size * perParticipant, `${S} band states over ${T} output times`);
  const f64 = size > 1 ? sharedFloat64 : (length: number) => new Float64Array(length);
  const z = gatherBand(states, site, n, dim, f64);
  if (S === 0 || T === 0) return Array.from({ length: S }, () => new Float64Array(T));
  const off = site * n * dim;
  const vbRe = shareOrView(spectrum.vectorsRe, off, n * dim, size > 1);
  const vbIm = shareOrView(spectrum.vectorsIm, off, n * dim, size > 1);
  const control = size > 1 ? sharedInt32(4) : new Int32Array(4);
  control[2] = size;
  const buffers: BandPopulationBuffers = {
    levels: n,
    dim,
    states: S,
    shortcut,
    values: shareOrView(spectrum.values, 0, dim, size > 1),
    times: shareOrView(times, 0, T, size > 1),
    vbRe,
    vbIm,
    vbConjIm: shortcut ? copyMap(f64(n * dim), vbIm, (x) => -x) : f64(0),
    // right-hand operand, one row per state: c_s = V_b† z_s (direct, length D) or z_s itself (shortcut, length n)
    ...(shortcut ? { rRe: z.re, rIm: z.im } : coefficientRows(vbRe, vbIm, n, dim, z, S, f64)),
    out: f64(S * T),
    control,
  };
  if (size > 1) runBandPopulationKernel(buffers, options.kernelUrl);
  else runBandPopulationParticipant(buffers, 0);
  return Array.from({ length: S }, (_, s) => buffers.out.slice(s * T, (s + 1) * T));
}

/**
 * Which evaluation order {@link bandPopulation} uses for S states of a band of n levels in dimension
 * D = N·n: `'shortcut'` (form W(t), cost n²·(D + S) per time) when that is below the direct cost
 * n·D·S, else `'direct'`.
 */
export function bandPopulationStrategy(levels: number, dimension: number, states: number): 'direct' | 'shortcut' {
  return levels * levels * (dimension + states) < levels * dimension * states ? 'shortcut' : 'direct';
}

/** Z (S × n, row-major): Z[s·n + a] = amplitude a of state s in the band; `f64` allocates (shared with threads). */
function gatherBand(states: readonly ComplexVector[], site: number, n: number, dim: number, f64: (length: number) => Float64Array): ComplexVector {
  const S = states.length;
  const re = f64(n * S);
  const im = f64(n * S);
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

/** C (S × D, row-major): row s = V_b† z_s, accumulated row by row of V_b (contiguous). Cost n·D·S. `f64` allocates (shared with threads). */
function coefficientRows(
  vbRe: Float64Array,
  vbIm: Float64Array,
  n: number,
  dim: number,
  z: ComplexVector,
  S: number,
  f64: (length: number) => Float64Array,
): { rRe: Float64Array; rIm: Float64Array } {
  const re = f64(S * dim);
  const im = f64(S * dim);
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
  return { rRe: re, rIm: im };
}

/** `a[off … off + length)`: a view, or with `shared` a view of it when `a` already lives in a SharedArrayBuffer, else a shared copy. */
function shareOrView(a: Float64Array, off: number, length: number, shared: boolean): Float64Array {
  const view = a.subarray(off, off + length);
  if (!shared || view.buffer instanceof SharedArrayBuffer) return view;
  const copy = sharedFloat64(length);
  copy.set(view);
  return copy;
}

/** `target[i] = f(source[i])`, returning `target`. */
function copyMap(target: Float64Array, source: Float64Array, f: (x: number) => number): Float64Array {
  for (let i = 0; i < source.length; i++) target[i] = f(source[i]);
  return target;
}
