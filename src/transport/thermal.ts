import { HamcheckInputError } from '../errors.ts';
import { logSumExp, softplus } from './logMath.ts';
import { checkGap, checkLevels, checkTemperature } from './validate.ts';

/**
 * The local spectrum of one subunit as the thermal formulas see it (Secs. VII–VIII, eq. 37): band i has
 * energy E_i = i·ΔE and `counts[i]` levels, band 0 is the non-degenerate ground state (counts[0] = 1).
 *
 * @remarks
 * The bands are treated as "quasi degenerate" (δε ≪ ΔE), exactly as the paper does in (37): every level
 * of band i carries the Boltzmann factor e^{−E_i/k_BT}. The single-band model of Fig. 1 is
 * `counts = [1, n]`. Units: k_B = 1, energies in the same unit as ΔE.
 */
export interface SubunitSpectrum {
  readonly gap: number;
  /** counts[0] = 1 (ground state), counts[i] = n_i for the excited bands i = 1 … B. */
  readonly counts: readonly number[];
}

/**
 * Builds a {@link SubunitSpectrum} from n (one value for all B bands) or [n₁ … n_B].
 * @throws HamcheckInputError for n < 1, a non-integer n, B < 1 or ΔE ≤ 0.
 */
export function subunitSpectrum(levels: number | readonly number[], gap = 1, bands = 1, field = 'levels'): SubunitSpectrum {
  const g = checkGap(gap);
  let counts: number[];
  if (typeof levels === 'number' || !Array.isArray(levels)) {
    if (!Number.isInteger(bands) || bands < 1) throw new HamcheckInputError('bands', 'an integer ≥ 1', bands);
    const n = checkLevels(levels, field);
    counts = [1, ...Array.from({ length: bands }, () => n)];
  } else {
    if (levels.length < 1) throw new HamcheckInputError(field, 'a non-empty array of band sizes n_i ≥ 1', levels);
    counts = [1, ...levels.map((n, i) => checkLevels(n, `${field}[${i}]`))];
  }
  return { gap: g, counts };
}

/** ln n_i − E_i/k_BT for every band i. */
function logWeights(s: SubunitSpectrum, T: number): Float64Array {
  const w = new Float64Array(s.counts.length);
  for (let i = 0; i < w.length; i++) w[i] = Math.log(s.counts[i]) - (i * s.gap) / T;
  return w;
}

/** ln Z(T), Z = Σ_i n_i e^{−E_i/k_BT} (for one band: 1 + n e^{−ΔE/k_BT}, Sec. VIII). */
export function logPartitionFunction(s: SubunitSpectrum, T: number): number {
  return logSumExp(logWeights(s, checkTemperature(T)));
}

/** ln p_i(T), p_i = n_i e^{−E_i/k_BT}/Z, eq. (37): the probability of band i. */
export function bandLogProbabilities(s: SubunitSpectrum, T: number): Float64Array {
  const w = logWeights(s, checkTemperature(T));
  const lz = logSumExp(w);
  for (let i = 0; i < w.length; i++) w[i] -= lz;
  return w;
}

/** p_i(T) of eq. (37). */
export function bandProbabilities(s: SubunitSpectrum, T: number): Float64Array {
  return bandLogProbabilities(s, T).map(Math.exp);
}

/**
 * ln c(T) of one subunit, c = (1/k_BT²) ∂²ln Z/∂β², eq. (49), in units of k_B.
 *
 * @remarks
 * ∂²ln Z/∂β² is the energy variance, written as the sum of positive terms
 * Var E = Σ_{i<j} p_i p_j (E_i − E_j)², so there is no cancellation (⟨E²⟩ − ⟨E⟩² would lose all digits at
 * low T) and every term is formed in log space (no underflow: at k_BT = 10⁻³ the result is ~e^{−1000}).
 * For one band it is (50): c = n e^{−x}/(1 + n e^{−x})² x², x = ΔE/k_BT.
 */
export function logHeatCapacity(s: SubunitSpectrum, T: number): number {
  const lp = bandLogProbabilities(s, T);
  const terms: number[] = [];
  for (let i = 0; i < lp.length; i++) {
    for (let j = i + 1; j < lp.length; j++) terms.push(lp[i] + lp[j] + 2 * Math.log((j - i) * s.gap));
  }
  return logSumExp(terms) - 2 * Math.log(T);
}

/** c(T) of eq. (49) (units of k_B); underflows gracefully to 0 below ≈ 10⁻³⁰⁸. */
export function heatCapacity(s: SubunitSpectrum, T: number): number {
  return Math.exp(logHeatCapacity(s, T));
}

/**
 * ln c(T) of one single-band subunit, eq. (50), coded as printed:
 * c = k_B n e^{−ΔE/k_BT}/(1 + n e^{−ΔE/k_BT})² (ΔE/k_BT)².
 *
 * @remarks With y = ln n − x: ln c = y − 2 softplus(y) + 2 ln x, stable for every T > 0.
 */
export function logHeatCapacityEq50(levels: number, gap: number, T: number): number {
  const n = checkLevels(levels);
  const x = checkGap(gap) / checkTemperature(T);
  const y = Math.log(n) - x;
  return y - 2 * softplus(y) + 2 * Math.log(x);
}

/** c(T) of eq. (50). */
export function heatCapacityEq50(levels: number, gap: number, T: number): number {
  return Math.exp(logHeatCapacityEq50(levels, gap, T));
}

/** A numerical second derivative with its derived error bound. */
export interface NumericHeatCapacity {
  value: number;
  /** Bound on |value − c| (truncation + rounding, see {@link heatCapacityNumeric}). */
  errorBound: number;
  /** The β step used. */
  step: number;
}

/**
 * c(T) by differentiating ln Z numerically, eq. (49): c = β² f''(β), f = ln Z, central differences.
 *
 * @remarks
 * D(h) = (f(β+h) − 2f(β) + f(β−h))/h². Truncation: |D − f''| ≤ h²/12·max|f''''| on [β−h, β+h]; f'''' is
 * the fourth cumulant κ₄ of the band energy, and for a variable confined to an interval of length
 * L = E_B − E_0, |κ₄| ≤ L²κ₂ (μ₄ ≤ L²μ₂ and 3μ₂² ≤ 3μ₂L²/4), while |d ln κ₂/dβ| = |κ₃/κ₂| ≤ L bounds
 * κ₂ on the stencil by κ₂(β)e^{hL}. Rounding: the exponents ln n_i − βE_i carry absolute errors
 * ≤ 2ε(max ln n_i + βL), which log-sum-exp passes on as a relative error of f, so each f-value is off by
 * ≤ δf = 4ε(2 + max ln n_i + βL)·max|f| and D by ≤ 4δf/h². The step minimises the sum,
 * h⁴ = 48 δf/(L² κ₂), capped at β/2; κ₂ is first estimated with h₀ = ε^{1/4}/L.
 */
export function heatCapacityNumeric(s: SubunitSpectrum, T: number): NumericHeatCapacity {
  const beta = 1 / checkTemperature(T);
  const L = (s.counts.length - 1) * s.gap;
  const f = (b: number): number => {
    const w = new Float64Array(s.counts.length);
    for (let i = 0; i < w.length; i++) w[i] = Math.log(s.counts[i]) - b * i * s.gap;
    return logSumExp(w);
  };
  const second = (h: number): { d: number; fmax: number } => {
    const fp = f(beta + h);
    const f0 = f(beta);
    const fm = f(beta - h);
    return { d: (fp - 2 * f0 + fm) / (h * h), fmax: Math.max(Math.abs(fp), Math.abs(f0), Math.abs(fm)) };
  };
  const eps = Number.EPSILON;
  const lnMax = Math.max(...s.counts.map(Math.log));
  const deltaF = (fmax: number): number => 4 * eps * (2 + lnMax + (beta + 1) * L) * fmax;
  let h = Math.min(Math.pow(eps, 0.25) / L, beta / 2);
  let est = second(h);
  const k2 = Math.abs(est.d);
  if (k2 > 0) {
    h = Math.min(Math.pow((48 * deltaF(est.fmax)) / (L * L * k2), 0.25), beta / 2);
    est = second(h);
  }
  // E ≤ a·κ₂ + r with κ₂ ≤ |D| + E (κ₂ is only known through D): E ≤ (a|D| + r)/(1 − a).
  const a = ((h * h * L * L) / 12) * Math.exp(h * L);
  const r = (4 * deltaF(est.fmax)) / (h * h);
  const bound = (a * Math.abs(est.d) + r) / (1 - a);
  return { value: beta * beta * est.d, errorBound: beta * beta * bound, step: h };
}
