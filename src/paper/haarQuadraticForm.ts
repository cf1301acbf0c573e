/**
 * Moments of the quadratic form q = z†Az for z uniform (Haar) on the unit sphere of Cⁿ, A Hermitian:
 *   E q = Tr A / n,   E q² = (Tr A² + (Tr A)²) / (n(n + 1)).
 *
 * @remarks
 * z = g/‖g‖ with g standard complex Gaussian; ‖g‖² is independent of the direction, and E|z_a|²|z_b|² =
 * (1 + δ_ab)/(n(n + 1)), E z̄_a z_b z̄_c z_d = (δ_ab δ_cd + δ_ad δ_cb)/(n(n + 1)), which summed against
 * A_ab A_cd give the two forms. Used for the exact Haar average of D² (33) over all initial band states
 * (Fig. 4): with W(t) = P̂₁e^{−iHt}P̂₁, P₁(t) = z†A(t)z with A = W†W, Tr A = ‖W‖_F², Tr A² = ‖WW†‖_F².
 */
export interface HaarMoments {
  mean: number;
  secondMoment: number;
  variance: number;
}

export function haarQuadraticMoments(n: number, traceA: number, traceA2: number): HaarMoments {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`haarQuadraticMoments: n must be an integer ≥ 1, got ${n}`);
  const mean = traceA / n;
  const secondMoment = (traceA2 + traceA * traceA) / (n * (n + 1));
  return { mean, secondMoment, variance: secondMoment - mean * mean };
}

/**
 * E over Haar z of D² = Σ_m w_m (h_m − q_m)² (trapezoid weights w_m, deterministic HAM values h_m): only the
 * per-time moments enter, Σ_m w_m (h_m² − 2h_m E q_m + E q_m²).
 */
export function haarMeanSquaredDeviation(weights: ArrayLike<number>, ham: ArrayLike<number>, moments: readonly HaarMoments[]): number {
  let s = 0;
  for (let m = 0; m < weights.length; m++) s += weights[m] * (ham[m] * ham[m] - 2 * ham[m] * moments[m].mean + moments[m].secondMoment);
  return s;
}

/** Trapezoid weights of (33) on the grid t (their sum is 1: the mean over [t₀, t_last]). */
export function trapezoidMeanWeights(t: ArrayLike<number>): Float64Array {
  const T = t.length;
  if (T < 2) throw new RangeError('trapezoidMeanWeights needs at least two times');
  const span = t[T - 1] - t[0];
  const w = new Float64Array(T);
  for (let j = 1; j < T; j++) {
    const h = (0.5 * (t[j] - t[j - 1])) / span;
    w[j - 1] += h;
    w[j] += h;
  }
  return w;
}
