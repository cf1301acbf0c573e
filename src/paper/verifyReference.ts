import { propagate } from '../exact/propagate.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { buildChainModel } from '../model/buildChainModel.ts';
import { initialState } from '../model/initialState.ts';
import { evenTimes, type PropagationSpec } from '../runs/propagationSpec.ts';

/** One self-check of the reference: a measured figure against its bound. */
export interface ReferenceCheck {
  check: string;
  value: number;
  bound: number;
  passed: boolean;
}

/**
 * Cross-checks the reference on a paper configuration with two independent methods: the Chebyshev
 * expansion against the dense eigendecomposition (every P_µ(t) to ≤ 1e-9), and norm conservation of the
 * Chebyshev run to ≤ 1e-12 over [0, 5/κ].
 */
export function verifyReference(spec: PropagationSpec, onProgress?: (fraction: number) => void): ReferenceCheck[] {
  const model = buildChainModel(spec.model);
  const psi0 = initialState(spec.initial, model.sites, model.levels);
  const times = evenTimes(201, 5 / decayConstant(model));
  const cheb = propagate(model, psi0, times, { method: 'chebyshev', onProgress: (f) => onProgress?.(0.1 * f) });
  onProgress?.(0.1);
  const eig = propagate(model, psi0, times, { method: 'eigen' });
  onProgress?.(1);
  let delta = 0;
  cheb.populations.forEach((p, j) => p.forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - eig.populations[j][mu])))));
  let normDrift = 0;
  for (const n of cheb.norms) normDrift = Math.max(normDrift, Math.abs(n - 1));
  return [
    { check: 'max |P_Chebyshev − P_eigen| over 201 times in [0, 5/κ]', value: delta, bound: 1e-9, passed: delta <= 1e-9 },
    { check: 'max |‖ψ(t)‖ − 1| (Chebyshev) over [0, 5/κ]', value: normDrift, bound: 1e-12, passed: normDrift <= 1e-12 },
  ];
}
