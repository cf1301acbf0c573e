/**
 * Rounding scale of the log-space closed forms of Sec. VIII ((48), (50)), for the tolerances of the
 * transport and differential properties.
 *
 * @remarks
 * ln c = y − 2 softplus(y) + 2 ln x with x = ΔE/k_BT, y = ln n − x, and ln κ_th adds ln(2π) + 2 ln λ +
 * ln n − ln δε. Each term rounds by ≤ ε·|term|, so the logarithm is off by ≤ ε·Σ|terms| ≤ ε·scale with
 * scale = 10 + x + 3|ln n| + 2|ln x| (+ 2|ln λ| + |ln δε| for κ_th); exp turns that into the same
 * relative error. Callers allow 8ε·scale (or 16ε·scale for a product of two such forms).
 */
export function thermalLogScale(p: { levels: number; gap: number; coupling?: number; bandWidth?: number }, T: number): number {
  const x = p.gap / T;
  const base = 10 + x + 3 * Math.abs(Math.log(p.levels)) + 2 * Math.abs(Math.log(x));
  return p.coupling === undefined || p.bandWidth === undefined ? base : base + 2 * Math.abs(Math.log(p.coupling)) + Math.abs(Math.log(p.bandWidth));
}

/** Below this κ_th or c has underflowed: only absolute precision is left (subnormal range and below). */
export const UNDERFLOW = 1e-290;
