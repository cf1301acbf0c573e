// Stryker disable all: this is bandPopulation's time loop (dense O(n·D·S) per time), left out of the mutation scope with bandPopulation itself (stryker.config.mjs: the dense eigen path); guarded by spec/exact/eigenPropagator.spec.ts and spec/exact/bandPopulationThreads.spec.ts
import { complexGemmNT } from '../linalg/complexGemm.ts';

/** States whose band amplitudes ψ_b(t) are formed together (an n×64 complex block). */
export const STATE_BLOCK = 64;

/**
 * The inputs and output of {@link bandPopulation}'s time loop, read by `size` participants (the main
 * thread and worker threads); shared typed arrays when size > 1, plain ones for the serial path.
 *
 * @remarks All arrays but `out` and `control` are read only. Participant r takes the contiguous output
 * times ⌊rT/size⌋ … ⌊(r+1)T/size⌋ − 1 and writes only those columns of `out`.
 */
export interface BandPopulationBuffers {
  /** n, levels of the band. */
  levels: number;
  /** D = N·n. */
  dim: number;
  /** S, number of states. */
  states: number;
  /** The shortcut order (form W(t) = X V_b†, then W(t)Z) instead of the direct one (X C). */
  shortcut: boolean;
  /** Shifted eigenvalues µ_j (D). */
  values: Float64Array;
  /** Output times (T). */
  times: Float64Array;
  /** V_b, the n band rows of V (n × D, row-major). */
  vbRe: Float64Array;
  vbIm: Float64Array;
  /** −Im V_b (shortcut only, else length 0): the B operand of W = X V_b†. */
  vbConjIm: Float64Array;
  /** Right operand, one row per state: z_s (shortcut, n) or c_s = V_b† z_s (direct, D). */
  rRe: Float64Array;
  rIm: Float64Array;
  /** P_µ(t) of state s at `[s·T + t]`. */
  out: Float64Array;
  /** [0] workers finished, [1] abort flag, [2] participants, [3] output times done (all participants). */
  control: Int32Array;
}

/**
 * Runs participant `rank` of {@link BandPopulationBuffers}: for each of its output times, X = V_b e^{−iMt},
 * then L = X (direct) or W = X V_b† (shortcut), then ψ_b = L Rᵀ per block of {@link STATE_BLOCK} states and
 * P = ‖ψ_b‖² per state. The operations of one time do not depend on which participant runs it, so the
 * result is bit for bit that of the serial path (size = 1). Stops with an error when another participant
 * raised the abort flag.
 */
export function runBandPopulationParticipant(b: BandPopulationBuffers, rank: number): void {
  const { levels: n, dim, states: S, values, times, vbRe, vbIm, rRe, rIm, out, control } = b;
  const T = times.length;
  const size = control[2];
  const t0 = Math.floor((rank * T) / size);
  const t1 = Math.floor(((rank + 1) * T) / size);
  const inner = b.shortcut ? n : dim;
  const xRe = new Float64Array(n * dim);
  const xIm = new Float64Array(n * dim);
  const phRe = new Float64Array(dim);
  const phIm = new Float64Array(dim);
  const psiRe = new Float64Array(n * STATE_BLOCK);
  const psiIm = new Float64Array(n * STATE_BLOCK);
  const wRe = b.shortcut ? new Float64Array(n * n) : xRe;
  const wIm = b.shortcut ? new Float64Array(n * n) : xIm;
  for (let t = t0; t < t1; t++) {
    if (size > 1 && Atomics.load(control, 1) !== 0) throw new Error('band population kernel: a participant failed');
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
    if (b.shortcut) complexGemmNT(xRe, xIm, n, vbRe, b.vbConjIm, n, dim, wRe, wIm);
    for (let s0 = 0; s0 < S; s0 += STATE_BLOCK) {
      const sb = Math.min(STATE_BLOCK, S - s0);
      // ψ_b[a, s] = Σ_l L[a, l] R[s, l] for the states of this block.
      complexGemmNT(wRe, wIm, n, rRe.subarray(s0 * inner), rIm.subarray(s0 * inner), sb, inner, psiRe, psiIm);
      for (let c = 0; c < sb; c++) {
        let p = 0;
        for (let a = 0; a < n; a++) p += psiRe[a * sb + c] ** 2 + psiIm[a * sb + c] ** 2;
        out[(s0 + c) * T + t] = p;
      }
    }
    if (size > 1) Atomics.add(control, 3, 1);
  }
}
