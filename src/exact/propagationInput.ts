import { HamcheckInputError } from '../errors.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { PropagationOptions } from './propagation.ts';

/**
 * The input contract every exact propagator ({@link propagate}: `chebyshev` and `eigen`) checks before
 * any compute, so a bad request gets the same typed error whichever method serves it.
 *
 * @remarks
 * Output times t_j are finite, ≥ 0 (the propagators evolve forward from ψ(0)) and non-decreasing (the
 * Chebyshev expansion shares its terms across times in order, and reports list times as given); the
 * initial state has length N·n; a given `tolerance` is finite and > 0 (checked for either method, so an
 * option that one method ignores is not silently accepted as garbage). A violation is a
 * {@link HamcheckInputError} naming `times` (with the offending index in the message), `initial` or
 * `tolerance`, the field names of a propagation spec.
 */
export function checkPropagationInput(psi0: ComplexVector, dim: number, times: Float64Array, options: PropagationOptions = {}): void {
  checkInitialState(psi0, dim);
  checkTimes(times);
  const tol = options.tolerance;
  if (tol !== undefined && !(Number.isFinite(tol) && tol > 0)) throw new HamcheckInputError('tolerance', 'a finite number > 0', tol);
}

/** Output times: finite, ≥ 0, non-decreasing; otherwise a {@link HamcheckInputError} on `times`. */
export function checkTimes(times: Float64Array): void {
  const allowed = 'finite numbers ≥ 0 in non-decreasing order';
  for (let j = 0; j < times.length; j++) {
    const t = times[j];
    if (!Number.isFinite(t)) throw new HamcheckInputError('times', allowed, t, `times[${j}] is not finite`);
    if (t < 0) throw new HamcheckInputError('times', allowed, t, `times[${j}] is negative`);
    if (j > 0 && t < times[j - 1]) throw new HamcheckInputError('times', allowed, t, `times[${j}] < times[${j - 1}] = ${times[j - 1]}`);
  }
}

/** ψ(0) of length N·n in both parts; otherwise a {@link HamcheckInputError} on `initial`. */
export function checkInitialState(psi0: ComplexVector, dim: number): void {
  if (psi0.re.length !== dim || psi0.im.length !== dim) {
    throw new HamcheckInputError('initial', `a complex vector of length N·n = ${dim}`, psi0.re.length);
  }
}
