import { HamcheckInputError, HamcheckResourceError } from '../errors.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { chainModelBytes, memoryLimitBytes } from '../model/memoryLimit.ts';
import type { ModelSpec } from '../model/modelSpec.ts';
import type { DeviationSpec, PropagationSpec, TimesSpec } from './propagationSpec.ts';

/**
 * Up-front estimate of what a `hamcheck propagate` run needs, from the spec alone (before any model is
 * built), so that impossible sizes are refused and long runs announced before the compute starts.
 *
 * @remarks
 * Chebyshev (see src/exact/chebyshevExpansion.ts): K ≈ z + 40 + 8z^{1/3} terms with z = a·t_max, a the
 * spectral half-width of H − ΔE. Estimated as a ≈ δε/2 + 2‖B‖ with ‖B‖ ≈ 2‖B‖_F/√n, the semicircle edge of
 * an n×n block of i.i.d. entries (‖B‖_F = λn for the seeded draw, so a ≈ δε/2 + 4λ√n); exact for the
 * level span, an estimate for the couplings, which is all a limit needs. Memory: the model, T output states
 * (16·T·N·n bytes), T Bessel tables and the coefficient table (2·8·T·K bytes). Time: K terms of
 * 2(N−1)n² complex multiply-adds (matvec) plus T·N·n (accumulation), 8 flops each, at
 * {@link FLOPS_PER_SECOND}. Eigen: three dense (Nn)² complex matrices, ≈ 10(Nn)³ flops.
 */
export interface RunEstimate {
  /** Output times plus D² window times propagated. */
  times: number;
  /** Largest time propagated (ħ/ΔE). */
  tMax: number;
  /** Field that sets tMax (for messages). */
  tMaxField: string;
  /** Chebyshev terms K (0 for eigen). */
  terms: number;
  bytes: number;
  seconds: number;
}

/** Upper limit on the Chebyshev order K: each output time holds K Bessel coefficients, and 10⁸ terms already take days. */
export const MAX_CHEBYSHEV_TERMS = 1e8;

/**
 * Sustained rate of the reference kernels used for time estimates, flop/s on one core: a rough
 * figure (the estimate only decides whether to announce a run of over a minute).
 */
export const FLOPS_PER_SECOND = 1e9;

/**
 * The largest time a run propagates (output times or the D² window, whichever reaches further; units of 1/κ
 * resolved with `kappa`), the field that sets it, and the number of times propagated.
 */
export function propagationWindow(t: TimesSpec, d2: DeviationSpec, kappa: number): { tMax: number; tMaxField: string; times: number } {
  const windows: [number, string][] = [];
  if ('values' in t) windows.push([Math.max(...t.values), 'times.values']);
  else if ('until' in t) windows.push([t.until, 'times.until']);
  else windows.push([t.untilKappa / kappa, 'times.untilKappa']);
  if (kappa > 0) windows.push([d2.untilKappa / kappa, 'd2.untilKappa']);
  const [tMax, tMaxField] = windows.reduce((a, b) => (b[0] > a[0] ? b : a));
  return { tMax, tMaxField, times: ('values' in t ? t.values.length : t.count) + (kappa > 0 ? d2.points : 0) };
}

export function estimatePropagation(spec: PropagationSpec): RunEstimate {
  const { model } = spec;
  const dim = model.sites * model.levels;
  const { tMax, tMaxField, times } = propagationWindow(spec.times, spec.d2, decayConstant(model));
  const modelBytes = chainModelBytes(model.sites, model.levels);
  if (spec.method === 'eigen') {
    return { times, tMax, tMaxField, terms: 0, bytes: modelBytes + 3 * 16 * dim * dim + 16 * times * dim, seconds: (10 * dim ** 3) / FLOPS_PER_SECOND };
  }
  return chebyshevEstimate({ halfWidth: spectralHalfWidth(model), tMax, tMaxField, times, dim, modelBytes, blockEntries: (model.sites - 1) * model.levels ** 2 });
}

/**
 * The Chebyshev part of {@link RunEstimate} for any block Hamiltonian: K ≈ z + 40 + 8z^{1/3} terms (z = a·t_max),
 * memory for the model, T output states and the coefficient tables, time for K matvecs over `blockEntries`
 * coupling entries (each used twice, H and H†) plus T·dim accumulations, 8 flops per complex multiply-add.
 */
export function chebyshevEstimate(p: { halfWidth: number; tMax: number; tMaxField: string; times: number; dim: number; modelBytes: number; blockEntries: number }): RunEstimate {
  const z = p.halfWidth * p.tMax;
  const terms = Math.ceil(z + 40 + 8 * Math.cbrt(z));
  const bytes = p.modelBytes + 16 * p.times * p.dim + 16 * p.times * terms + 64 * p.dim;
  const flopsPerTerm = 8 * (2 * p.blockEntries + p.times * p.dim);
  return { times: p.times, tMax: p.tMax, tMaxField: p.tMaxField, terms, bytes, seconds: (terms * flopsPerTerm) / FLOPS_PER_SECOND };
}

/** a ≈ (level span)/2 + 2‖B‖ with ‖B‖ ≈ 2‖B‖_F/√n (see {@link RunEstimate}). */
function spectralHalfWidth(model: ModelSpec): number {
  const n = model.levels;
  if (!model.explicit) return model.bandWidth / 2 + 4 * model.coupling * Math.sqrt(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of model.explicit.levels) for (const e of row) if (Number.isFinite(e)) [lo, hi] = [Math.min(lo, e), Math.max(hi, e)];
  let frob = 0;
  for (const b of model.explicit.couplings) {
    let s = 0;
    for (let i = 0; i < b.re.length; i++) s += (Number(b.re[i]) || 0) ** 2 + (Number(b.im[i]) || 0) ** 2;
    frob = Math.max(frob, Math.sqrt(s));
  }
  return (hi > lo ? (hi - lo) / 2 : 0) + (4 * frob) / Math.sqrt(n);
}

/**
 * Refuses a run whose implied sizes exceed the limits, naming the field that sets them and the limit:
 * the Chebyshev order ({@link MAX_CHEBYSHEV_TERMS}) and the memory budget (HAMCHECK_MEMORY_LIMIT_MB).
 */
export function assertWithinLimits(e: RunEstimate): RunEstimate {
  if (e.terms > MAX_CHEBYSHEV_TERMS) {
    throw new HamcheckInputError(
      e.tMaxField,
      `a window needing at most ${MAX_CHEBYSHEV_TERMS.toExponential(0)} Chebyshev terms`,
      e.tMax,
      `t_max = ${e.tMax.toPrecision(3)} ħ/ΔE needs K ≈ ${e.terms.toPrecision(3)} terms (K ≈ a·t_max, a ≈ ${(e.terms / Math.max(e.tMax, 1e-300)).toPrecision(3)})`,
    );
  }
  const limit = memoryLimitBytes();
  if (e.bytes > limit) {
    const what = e.terms === 0 ? `the dense eigendecomposition and ${e.times} output states` : `${e.times} output states with K ≈ ${e.terms} terms`;
    throw new HamcheckResourceError(e.terms === 0 ? 'model.levels' : e.tMaxField, e.bytes, limit, what);
  }
  return e;
}
