import { expIDividedDifference1 } from './firstOrderPhaseIntegral.ts';

/**
 * Largest node gap (in units of phase, |ω|·τ) below which the second divided difference is summed as a
 * Taylor series instead of the difference quotient; see {@link expIDividedDifference2}.
 */
export const SERIES_SWITCH = 1;

/** Terms of the Taylor series branch (truncation error below 10⁻²², see {@link expIDividedDifference2}). */
const SERIES_TERMS = 20;

/**
 * The second-order phase integral h(ω₁, ω₂, τ) = ∫₀^τ dt′ ∫₀^{t′} dt″ e^{iω₁t′} e^{iω₂t″} of the Dyson
 * operator Û⁽²⁾ (10).
 *
 * @remarks
 * Eq. (10) with V̂(t)_ab = V_ab e^{iω_ab t} gives Û⁽²⁾_ab = Σ_c V_ac V_cb · h(ω_ac, ω_cb, τ) (ħ = 1).
 * Substituting t′ = sτ, t″ = uτ and using the Hermite–Genocchi formula,
 * h(ω₁, ω₂, τ) = τ² · ∫_{0≤u≤s≤1} e^{i(ω₁τ)s + i(ω₂τ)u} = τ² · exp[0, iω₁τ, i(ω₁+ω₂)τ],
 * the second divided difference of z ↦ e^z at three imaginary nodes; it is symmetric in the nodes and
 * |h| ≤ τ²/2. See {@link expIDividedDifference2} for the stable evaluation near coincident nodes
 * (ω₁ ≈ 0, ω₂ ≈ 0 or ω₁ + ω₂ ≈ 0), with absolute error ≤ 16ε·τ² plus the rounding of the phases ωτ.
 */
export function secondOrderPhaseIntegral(omega1: number, omega2: number, tau: number): { re: number; im: number } {
  const t1 = omega1 * tau;
  const e = expIDividedDifference2(0, t1, t1 + omega2 * tau);
  const t2 = tau * tau;
  return { re: t2 * e.re, im: t2 * e.im };
}

/**
 * exp[iθ₀, iθ₁, iθ₂], the second divided difference of z ↦ e^z at imaginary nodes (real θ).
 *
 * @remarks
 * Let D be the largest gap |θ_j − θ_k|.
 * - D ≥ {@link SERIES_SWITCH} = 1: label the nodes so that a, c are the farthest pair and b the third
 *   (divided differences are symmetric), then exp[a, b, c] = (exp[b, c] − exp[a, b]) / (i(c − a)).
 *   The first differences come from the subtraction-free sinc form with absolute error ≤ 4ε each and
 *   modulus ≤ 1; dividing their difference by |c − a| = D ≥ 1 cannot amplify it, so the absolute
 *   error is ≤ (9ε + ε)/D ≤ 10ε. A naive nesting (dividing by a small gap) is what loses digits.
 * - D < 1: expand about the centroid m of the nodes, w_k = i(θ_k − m), |w_k| ≤ r := 2D/3 < 2/3:
 *   exp[iθ] = e^{im} Σ_{j≥0} h_j(w₀, w₁, w₂)/(j+2)!, with h_j the complete homogeneous symmetric
 *   polynomial (the divided difference of z^{j+2}), |h_j| ≤ C(j+2, 2)·r^j so term j ≤ r^j/(2·j!).
 *   20 terms leave a truncation error ≤ (2/3)^20/(2·20!)·e^{2/3} < 10⁻²²; the rounding of the j-th
 *   term is ≤ (2j+3)ε of its bound, summing to ≤ 6ε, and the factor e^{im} adds ≤ 2ε: ≤ 8ε in all.
 * Both branches are thus within 10ε of the exact value (relative to the natural scale 1/2 = max|exp[…]|)
 * for exact inputs θ; rounding of the inputs adds ε·max|θ| (phase error), which no method avoids.
 */
export function expIDividedDifference2(theta0: number, theta1: number, theta2: number): { re: number; im: number } {
  const d01 = Math.abs(theta1 - theta0);
  const d02 = Math.abs(theta2 - theta0);
  const d12 = Math.abs(theta2 - theta1);
  const gap = Math.max(d01, d02, d12);
  if (gap >= SERIES_SWITCH) {
    let a: number;
    let b: number;
    let c: number;
    if (gap === d02) [a, b, c] = [theta0, theta1, theta2];
    else if (gap === d01) [a, b, c] = [theta0, theta2, theta1];
    else [a, b, c] = [theta1, theta0, theta2];
    const bc = expIDividedDifference1(b, c);
    const ab = expIDividedDifference1(a, b);
    const dr = bc.re - ab.re;
    const di = bc.im - ab.im;
    const span = c - a;
    // (dr + i·di)/(i·span) = (di − i·dr)/span
    return { re: di / span, im: -dr / span };
  }
  const m = (theta0 + theta1 + theta2) / 3;
  const y0 = theta0 - m;
  const y1 = theta1 - m;
  const y2 = theta2 - m;
  // h_j(y0,y1,y2) by  c_j = y2^j,  b_j = c_j + y1·b_{j−1},  a_j = b_j + y0·a_{j−1}.
  let cj = 1;
  let bj = 1;
  let aj = 1;
  let sumRe = 0;
  let sumIm = 0;
  let fact = 2; // (j+2)!
  for (let j = 0; j < SERIES_TERMS; j++) {
    if (j > 0) {
      cj *= y2;
      bj = cj + y1 * bj;
      aj = bj + y0 * aj;
      fact *= j + 2;
    }
    const t = aj / fact;
    // multiply by i^j
    switch (j & 3) {
      case 0:
        sumRe += t;
        break;
      case 1:
        sumIm += t;
        break;
      case 2:
        sumRe -= t;
        break;
      default:
        sumIm -= t;
    }
  }
  const cm = Math.cos(m);
  const sm = Math.sin(m);
  return { re: cm * sumRe - sm * sumIm, im: cm * sumIm + sm * sumRe };
}
