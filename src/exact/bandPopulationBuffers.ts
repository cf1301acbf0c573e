// Stryker disable all: the buffers and per-time steps of bandPopulation's time loop, out of the mutation scope with it (see bandPopulationKernel.ts)
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
  /** −Im V_b (shortcut only, else length 0): the B operand of W = X V_b† (TypeScript kernel). */
  vbConjIm: Float64Array;
  /** Right operand, one row per state: z_s (shortcut, n) or c_s = V_b† z_s (direct, D). */
  rRe: Float64Array;
  rIm: Float64Array;
  /** P_µ(t) of state s at `[s·T + t]`. */
  out: Float64Array;
  /** [0] workers finished, [1] abort flag, [2] participants, [3] output times done (all participants). */
  control: Int32Array;
}

/** The output times [t0, t1) of participant `rank`. */
export function participantTimes(b: BandPopulationBuffers, rank: number): [number, number] {
  const T = b.times.length;
  const size = b.control[2];
  return [Math.floor((rank * T) / size), Math.floor(((rank + 1) * T) / size)];
}

/** Throws when another participant raised the abort flag. */
export function checkAbort(b: BandPopulationBuffers): void {
  if (b.control[2] > 1 && Atomics.load(b.control, 1) !== 0) throw new Error('band population kernel: a participant failed');
}

/** Counts one output time done (the progress the main thread watches). */
export function timeDone(b: BandPopulationBuffers): void {
  if (b.control[2] > 1) Atomics.add(b.control, 3, 1);
}

/** X = V_b e^{−iMt} at output time `t` into rows of stride D (the first n rows of xRe/xIm); `ph` is scratch of length D. */
export function formPropagatedRows(
  b: BandPopulationBuffers,
  t: number,
  ph: { re: Float64Array; im: Float64Array },
  xRe: Float64Array,
  xIm: Float64Array,
): void {
  const { levels: n, dim, values, vbRe, vbIm } = b;
  const time = b.times[t];
  for (let j = 0; j < dim; j++) {
    const phase = values[j] * time;
    ph.re[j] = Math.cos(phase);
    ph.im[j] = -Math.sin(phase);
  }
  for (let a = 0; a < n; a++) {
    const o = a * dim;
    for (let j = 0; j < dim; j++) {
      xRe[o + j] = vbRe[o + j] * ph.re[j] - vbIm[o + j] * ph.im[j];
      xIm[o + j] = vbRe[o + j] * ph.im[j] + vbIm[o + j] * ph.re[j];
    }
  }
}

/** ‖column c of ψ‖² over its first n rows (row stride `ld`), summed in order of the row. */
export function bandNorm(psiRe: Float64Array, psiIm: Float64Array, n: number, ld: number, c: number): number {
  let p = 0;
  for (let a = 0; a < n; a++) p += psiRe[a * ld + c] ** 2 + psiIm[a * ld + c] ** 2;
  return p;
}
