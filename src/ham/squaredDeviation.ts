/**
 * Time-averaged squared deviation D²_µ of HAM from the exact dynamics, eq. (33).
 *
 * @remarks
 * D²_µ = (1/T_D) ∫₀^{T_D} (P_µ^HAM(t) − P_µ^exact(t))² dt, by the trapezoid rule on the given grid
 * t_0 < … < t_{T−1} (even or not). For a grid over [a, b] the mean is taken over that window,
 * (1/(b − a)) ∫ₐᵇ; (33) is the case a = 0, b = T_D. The paper writes the upper limit as 5τ without defining τ;
 * hamcheck uses T_D = 5/κ (five relaxation times of the slowest mode pair, docs/conventions.md) sampled on
 * ≥ 201 evenly spaced points by default.
 * @returns one value per site (0-based).
 */
export function squaredDeviation(times: ArrayLike<number>, ham: ArrayLike<number>[], exact: ArrayLike<number>[]): Float64Array {
  const T = times.length;
  if (T < 2) throw new RangeError('squaredDeviation needs at least two times');
  const N = ham[0].length;
  const out = new Float64Array(N);
  const span = times[T - 1] - times[0];
  for (let mu = 0; mu < N; mu++) {
    let integral = 0;
    for (let j = 1; j < T; j++) {
      const a = ham[j - 1][mu] - exact[j - 1][mu];
      const b = ham[j][mu] - exact[j][mu];
      integral += 0.5 * (times[j] - times[j - 1]) * (a * a + b * b);
    }
    out[mu] = integral / span;
  }
  return out;
}
