/**
 * The first-order phase integral g(ω, τ) = ∫₀^τ e^{iωt} dt of the Dyson operator Û⁽¹⁾ (9).
 *
 * @remarks
 * With V̂(t)_ab = V_ab e^{iω_ab t} (interaction picture, ω_ab = E_a − E_b, ħ = 1), eq. (9) gives
 * Û⁽¹⁾_ab = V_ab · g(ω_ab, τ) in closed form.
 *
 * Evaluation: g(ω, τ) = τ · e^{iωτ/2} · sinc(ωτ/2), sinc(x) = sin(x)/x, sinc(0) = 1. This form has no
 * subtraction at all, so there is no switch-over: `Math.sin(x)/x` is accurate to a few ulp for every
 * x ≠ 0 (sin has a small relative error even for tiny x), and the naive (e^{iωτ} − 1)/(iω), which loses
 * all digits as ωτ → 0, is never formed. Error: |Δg| ≤ 4ε·τ (ε = 2⁻⁵² — cos, sin, the quotient and the
 * product each ≤ 1 ulp), plus the unavoidable ε·|ωτ|·τ from rounding of the phase argument ωτ itself.
 */
export function firstOrderPhaseIntegral(omega: number, tau: number): { re: number; im: number } {
  const e = expIDividedDifference1(0, omega * tau);
  return { re: tau * e.re, im: tau * e.im };
}

/** |g(ω, τ)|² = τ² sinc²(ωτ/2), the golden-rule weight (26). */
export function firstOrderPhaseIntegralAbs2(omega: number, tau: number): number {
  const s = sinc((omega * tau) / 2);
  return tau * tau * s * s;
}

/** sin(x)/x with sinc(0) = 1; relative error ≤ 2 ulp for every x. */
export function sinc(x: number): number {
  return x === 0 ? 1 : Math.sin(x) / x;
}

/**
 * The first divided difference of z ↦ e^z at the imaginary nodes iθ₀, iθ₁:
 * (e^{iθ₁} − e^{iθ₀}) / (i(θ₁ − θ₀)) = e^{i(θ₀+θ₁)/2} · sinc((θ₁ − θ₀)/2), = e^{iθ₀} when θ₀ = θ₁.
 *
 * @remarks Equals ∫₀¹ e^{i(θ₀ + s(θ₁−θ₀))} ds; modulus ≤ 1; absolute error ≤ 4ε (see module remarks).
 */
export function expIDividedDifference1(theta0: number, theta1: number): { re: number; im: number } {
  const mid = 0.5 * theta0 + 0.5 * theta1;
  const s = sinc(0.5 * theta1 - 0.5 * theta0);
  return { re: Math.cos(mid) * s, im: Math.sin(mid) * s };
}
