import { propagate } from '../exact/propagate.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { buildChainModel } from '../model/buildChainModel.ts';
import { initialState } from '../model/initialState.ts';
import { resolveTimes, type PropagationSpec, type TimesSpec } from '../runs/propagationSpec.ts';

/** One self-check of the reference: a measured figure against its bound. */
export interface ReferenceCheck {
  check: string;
  value: number;
  bound: number;
  passed: boolean;
}

/** Bound on max |P_Chebyshev − P_eigen| (the eigen phase error ~ dim·ε·‖H − σ‖·t_max ≈ 1e-10 on F2, Chebyshev ≈ 2e-12). */
export const METHOD_AGREEMENT_BOUND = 1e-9;
/** Bound on the norm drift of the Chebyshev run (its expansion error ≤ 1e-12 in the 2-norm of ψ(t)). */
export const NORM_DRIFT_BOUND = 1e-12;

/** The output times of a spec, in words: `201 times in [0, 5/κ]`. */
export function describeTimes(times: TimesSpec, count: number): string {
  if ('values' in times) return `${count} given times`;
  return `${count} times in [0, ${'until' in times ? `${times.until} ħ/ΔE` : `${times.untilKappa}/κ`}]`;
}

/**
 * Cross-checks the reference on a paper configuration with two independent methods: the Chebyshev
 * expansion against the dense eigendecomposition (every P_µ(t) to ≤ {@link METHOD_AGREEMENT_BOUND}), and
 * norm conservation of the Chebyshev run to ≤ {@link NORM_DRIFT_BOUND}, at the output times of `spec`.
 */
export function verifyReference(spec: PropagationSpec, onProgress?: (fraction: number) => void): ReferenceCheck[] {
  const model = buildChainModel(spec.model);
  const psi0 = initialState(spec.initial, model.sites, model.levels);
  const times = resolveTimes(spec.times, decayConstant(model));
  const over = describeTimes(spec.times, times.length);
  const cheb = propagate(model, psi0, times, { method: 'chebyshev', onProgress: (f) => onProgress?.(0.1 * f) });
  onProgress?.(0.1);
  const eig = propagate(model, psi0, times, { method: 'eigen' });
  onProgress?.(1);
  let delta = 0;
  cheb.populations.forEach((p, j) => p.forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - eig.populations[j][mu])))));
  let normDrift = 0;
  for (const n of cheb.norms) normDrift = Math.max(normDrift, Math.abs(n - 1));
  return [
    { check: `max |P_Chebyshev − P_eigen| over ${over}`, value: delta, bound: METHOD_AGREEMENT_BOUND, passed: delta <= METHOD_AGREEMENT_BOUND },
    { check: `max |‖ψ(t)‖ − 1| (Chebyshev) over ${over}`, value: normDrift, bound: NORM_DRIFT_BOUND, passed: normDrift <= NORM_DRIFT_BOUND },
  ];
}
