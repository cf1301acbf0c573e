/**
 * The golden-rule trace (26): Tr_µ{(Û⁽¹⁾)²} ≈ 2πλ²n²τ/δε (ħ = 1) inside 1/δε ≪ τ ≪ n/δε, with its
 * derived error bound b + zσ — the one definition the property suite (properties/dyson/goldenRuleProperties.ts)
 * and the errata entry for (26) both use.
 *
 * @remarks
 * Which trace. (23) defines Tr_µ as the trace over the band of subunit µ, so Tr_µ{(Û⁽¹⁾)²} =
 * Tr{P̂_µµ(Û⁽¹⁾)²P̂_µµ} = Σ_{ν=µ±1} T_{µν} with the one-bond trace T_{µν} = Tr{u⁽¹⁾_µν u⁽¹⁾_νµ} =
 * Tr_µ{Û⁽¹⁾P̂_ννÛ⁽¹⁾}: one term at a chain end, two for an interior site. (26) holds for the ONE-bond
 * trace; the block trace of an interior site is twice (26).
 *
 * Error bound. With evenly spaced levels (spacing Δ = δε/n), T_{µν} = λ² Σ_ij |v_ij|² s(E_i − E_j),
 * s(ω) = τ² sinc²(ωτ/2), E|v_ij|² = 1.
 * 1. Mean. E T = λ² Σ_{|m|<n} (n − |m|) s(mΔ). The Fourier transform of s is a triangle supported on
 *    |t| ≤ τ, so by Poisson summation Δ·Σ_{m∈ℤ} s(mΔ) = ∫ s dω = 2πτ EXACTLY when τ < 2π/Δ = 2πn/δε
 *    (the upper end of the window). Hence E T = T₂₆ − λ²C with T₂₆ = 2πλ²n²τ/δε and
 *    C = Σ_{m≠0} min(|m|, n) s(mΔ) ≥ 0: the finite-band (edge) correction, relative size
 *    b = C/(2πτn/Δ). Bounding s ≤ min(τ², 4/(mΔ)²) and summing (M = 2/(Δτ)):
 *    b ≤ (2/(πt))(3 + 2 ln(n/(M − 1))) + 1/(πn), t = τδε — small only when t ≫ 1 (the lower end).
 * 2. Fluctuation. Var T = Var|v|²·λ⁴ Σ_ij s_ij² (GUE: Var|v|² = 1, GOE: 2), so the relative standard
 *    deviation is σ = √(Var|v|² Σ s²)/Σ s ≈ √(Var|v|²·t/(3π))/n — the 1/√(n²) of n² terms, enhanced by
 *    the ≈ t levels inside the sinc² peak. T is a sum of ≈ 3πn²/t independent terms, close to Gaussian.
 * Bound: |T/T₂₆ − 1| ≤ b + zσ with z = {@link GOLDEN_RULE_Z}.
 */
import { type Check, check } from './check.ts';

/**
 * z-score of the fluctuation allowance zσ: a two-sided Gaussian tail of 2·10⁻⁹ per check, so fewer than
 * 10⁻⁶ false alarms per run even over a few hundred checks.
 */
export const GOLDEN_RULE_Z = 6;

/** What the window needs of a case: the band, the coupling, the ensemble and the step τ. */
export interface GoldenRuleCase {
  levels: number;
  bandWidth: number;
  coupling: number;
  ensemble: 'GUE' | 'GOE';
  tau: number;
}

/** The quantities of the error bound. */
export interface GoldenRuleWindow {
  /** (26): T₂₆ = 2πλ²n²τ/δε. */
  t26: number;
  /** Relative edge correction b = 1 − E T/T₂₆ (exact for the evenly spaced band). */
  edge: number;
  /** Its analytic bound. */
  edgeBound: number;
  /** Relative standard deviation σ of one bond trace. */
  sigma: number;
}

/** b, its bound, σ and T₂₆ from the band levels E_k = ΔE − δε/2 + (k + ½)δε/n. */
export function goldenRuleWindow(c: GoldenRuleCase): GoldenRuleWindow {
  const { levels: n, bandWidth: de, coupling: lambda, ensemble, tau } = c;
  const spacing = de / n;
  const s = (w: number) => {
    const x = (w * tau) / 2;
    const sinc = x === 0 ? 1 : Math.sin(x) / x;
    return tau * tau * sinc * sinc;
  };
  let s1 = 0;
  let s2 = 0;
  for (let m = -(n - 1); m <= n - 1; m++) {
    const v = s(m * spacing);
    s1 += (n - Math.abs(m)) * v;
    s2 += (n - Math.abs(m)) * v * v;
  }
  const integral = (2 * Math.PI * n * n * tau) / de;
  const t = tau * de;
  const M = 2 / (spacing * tau);
  const varV2 = ensemble === 'GOE' ? 2 : 1;
  return {
    t26: lambda * lambda * integral,
    edge: 1 - s1 / integral,
    edgeBound: (2 / (Math.PI * t)) * (3 + 2 * Math.log(n / (M - 1))) + 1 / (Math.PI * n),
    sigma: Math.sqrt(varV2 * s2) / s1,
  };
}

/** The tolerance b + zσ/√z_µ of a sum of z_µ independent bond traces (z_µ = 1: one bond). */
export function goldenRuleTolerance(w: GoldenRuleWindow, bonds = 1): number {
  // tol = b + zσ/√z_µ: the edge correction (exact, ≥ 0) plus z standard deviations of the coupling draw;
  // the z_µ bonds of a site are independent draws, their sum has relative σ/√z_µ.
  return w.edge + (GOLDEN_RULE_Z * w.sigma) / Math.sqrt(bonds);
}

/** Why b + zσ, as the errata report prints it after the formula. */
export const GOLDEN_RULE_TOL_DERIVATION =
  `the exact finite-band correction b plus ${GOLDEN_RULE_Z} standard deviations σ of the Gaussian-like sum of n² ` +
  'weighted |v|²';

/** Block traces Tr_µ{(Û⁽¹⁾)²} = T_{µ−1} + T_µ from the bond traces (`bonds[µ−1]` = T_µ; result index µ−1). */
export function blockTracesFromBonds(bonds: readonly number[], sites: number): number[] {
  return Array.from({ length: sites }, (_, i) => (i > 0 ? bonds[i - 1] : 0) + (i < sites - 1 ? bonds[i] : 0));
}

/** Neighbours z_µ of site µ (1-based) in a chain of N sites. */
export function neighbourCount(mu: number, sites: number): number {
  return mu === 1 || mu === sites ? 1 : 2;
}

/** (26) for each one-bond trace: |T/T₂₆ − 1| ≤ b + zσ. */
export function bondTraceChecks(w: GoldenRuleWindow, bonds: readonly number[]): Check[] {
  return bonds.map((t, i) => check(`(26) bond ${i + 1}–${i + 2}`, Math.abs(t / w.t26 - 1), goldenRuleTolerance(w)));
}

/**
 * (26) read with Tr_µ the block trace of (23): 'printed' compares every block trace with T₂₆ (tol b + zσ),
 * 'neighbours' with z_µ·T₂₆ (tol b + zσ/√z_µ).
 */
export function blockTraceChecks(w: GoldenRuleWindow, bonds: readonly number[], sites: number, variant: 'printed' | 'neighbours'): Check[] {
  return blockTracesFromBonds(bonds, sites).map((tr, i) => {
    const z = neighbourCount(i + 1, sites);
    const target = variant === 'printed' ? w.t26 : z * w.t26;
    const tol = variant === 'printed' ? goldenRuleTolerance(w) : goldenRuleTolerance(w, z);
    return check(`(26) ${variant} Tr_${i + 1}`, Math.abs(tr / target - 1), tol, i + 1);
  });
}
