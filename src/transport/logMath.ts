/**
 * Log-space helpers for the thermal formulas of Secs. VII–VIII, so that nothing overflows or cancels at
 * k_BT = 10⁻³ or 10³ (Boltzmann factors e^{−ΔE/k_BT} reach e^{−1000} there).
 */

/** softplus(y) = ln(1 + e^y), accurate for every finite y (no overflow for y ≫ 1, no loss for y ≪ −1). */
export function softplus(y: number): number {
  return y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
}

/** logistic(y) = 1/(1 + e^{−y}) = e^y/(1 + e^y), without overflow. */
export function logistic(y: number): number {
  if (y >= 0) return 1 / (1 + Math.exp(-y));
  const e = Math.exp(y);
  return e / (1 + e);
}

/**
 * ln Σ_k e^{x_k}; −∞ for an empty list or when every x_k = −∞.
 *
 * @remarks max + log1p(Σ_{k≠k*} e^{x_k − max}): the largest term is left out of the sum and enters
 * through log1p, so ln Z = ln(1 + n e^{−β}) keeps full relative precision even when n e^{−β} ≪ ε
 * (a plain log of 1 + δ would return 0 there). Relative error a few ε·(terms) for every input.
 */
export function logSumExp(xs: ArrayLike<number>): number {
  let max = -Infinity;
  let arg = -1;
  for (let k = 0; k < xs.length; k++) {
    if (xs[k] > max) {
      max = xs[k];
      arg = k;
    }
  }
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  let s = 0;
  for (let k = 0; k < xs.length; k++) if (k !== arg) s += Math.exp(xs[k] - max);
  return max + Math.log1p(s);
}

/** ln(2 sinh(x)) for x > 0, without overflow or cancellation. */
export function logTwoSinh(x: number): number {
  // 2 sinh x = e^x (1 − e^{−2x}); −expm1(−2x) keeps full precision for small x.
  return x + Math.log(-Math.expm1(-2 * x));
}
