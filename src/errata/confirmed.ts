/**
 * Printed statements of the paper that the suites checked and found to hold as printed, so that the
 * errata report lists every equation that was examined.
 */
export interface ConfirmedIdentity {
  /** The paper's equation number(s). */
  equation: string;
  /** What holds, in the paper's notation. */
  statement: string;
  /** Where in the suite it is checked. */
  checkedBy: string;
}

/** In equation order. Add a line here when a suite confirms a printed form. */
export const confirmed: readonly ConfirmedIdentity[] = [
  {
    equation: '(5)',
    statement: 'P̂_µ+1,µP̂_µ,µ = P̂_µ+1,µ+1P̂_µ+1,µ, and the rule P̂_µνP̂_µ′ν′ = δ_νµ′P̂_µν′ behind it',
    checkedBy: 'properties/dyson/transitionOperators.prop.ts',
  },
  {
    equation: '(8)–(10)',
    statement:
      'e^{iĤ₀τ}e^{−iĤτ} − (1̂ − iÛ⁽¹⁾ − Û⁽²⁾) = O((λτ)³): log-log slope 3 over a λ ladder, within an interval derived ' +
      'from the fourth-order remainder bound and the rounding floor',
    checkedBy: 'properties/dyson/truncationError.prop.ts; closed forms vs quadrature in spec/dyson/',
  },
  {
    equation: '(13)',
    statement:
      'Â_µ to second order, with its signs and 1/ħ² prefactors: D̂†P̂_µ,µD̂ − Â_µ is exactly the dropped third and fourth orders',
    checkedBy: 'properties/dyson/dysonStructure.prop.ts',
  },
  {
    equation: '(13), remark',
    statement: 'Û⁽¹⁾ is Hermitian',
    checkedBy: 'properties/dyson/dysonStructure.prop.ts',
  },
  {
    equation: '(14)–(16)',
    statement:
      'Û⁽¹⁾ has only the blocks (µ, µ±1); Û⁽²⁾ only (µ, µ) and (µ, µ±2) — no other block is non-zero — and Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off',
    checkedBy: 'properties/dyson/dysonStructure.prop.ts',
  },
  {
    equation: '(17), N = 2 only',
    statement: 'the printed form holds when µ±2 lie outside the chain (see the erratum for N ≥ 3)',
    checkedBy: 'properties/dyson/projectorIdentities.prop.ts',
  },
  {
    equation: '(18), N ≤ 4 only',
    statement: 'the printed form holds when µ±4 lie outside the chain (see the erratum for N ≥ 5)',
    checkedBy: 'properties/dyson/projectorIdentities.prop.ts',
  },
  {
    equation: '(19)',
    statement: 'P̂_µ,µÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µ,µ',
    checkedBy: 'properties/dyson/projectorIdentities.prop.ts',
  },
  {
    equation: '(21), first line',
    statement:
      '⟨ψ_µ−1|Û⁽²⁾_off + (Û⁽²⁾_off)†|ψ_µ+1⟩ = ⟨ψ_µ−1|(Û⁽¹⁾)²|ψ_µ+1⟩ for all ψ — an operator identity on the block ' +
      '(µ−1, µ+1), the off-diagonal part of the exact Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)²',
    checkedBy: 'properties/dyson/expansion.prop.ts',
  },
  {
    equation: '(26), one bond / chain end',
    statement:
      'Tr_µ{Û⁽¹⁾P̂_ν,νÛ⁽¹⁾} ≈ 2πħλ²n²τ/δε within 1/δε ≪ τ ≪ n/δε (relative error ≤ b + 6σ), hence also the block trace ' +
      'of an end site (see the erratum for interior sites)',
    checkedBy: 'properties/dyson/goldenRule.prop.ts',
  },
  {
    equation: '(27), (30)–(32)',
    statement:
      'the golden-rule rate κ = 2πλ²n/(ħδε) and the rate equations as printed: inside (29) the exact Schrödinger populations ' +
      'follow them with D²₁ ≤ 0.6/n on random chains (N = 2, 3; GUE and GOE); N = 2 gives P₁ = ½(1 + e^{−2κt})',
    checkedBy: 'properties/dynamics/validityCriteria.prop.ts; spec/ham/hamPopulations.spec.ts (closed form vs RK4 of the printed equations)',
  },
  {
    equation: '(29)',
    statement:
      'both criteria matter: outside them (c₁ ≤ 0.1, or c₂ ≥ 0.3) the mean n·D²₁ over three states exceeds 3× the typical inside value',
    checkedBy: 'properties/dynamics/validityCriteria.prop.ts',
  },
  {
    equation: '(33), Fig. 5',
    statement: 'D²₁ ∝ 1/n at fixed c₁ = ½: least-squares slope of log D² against log n is −1 within 3 standard errors',
    checkedBy: 'properties/dynamics/deviationScaling.prop.ts',
  },
  {
    equation: '(47) → (48)',
    statement: 'for one band the general κ_th (47) reduces to (48) (and so does the detailed-balance form)',
    checkedBy: 'properties/transport/formulas.prop.ts',
  },
  {
    equation: '(48), Fig. 8',
    statement:
      'κ_th(T) peaks at 1.669·10⁻³ k_BΔE/ħ at k_BT = 0.1467ΔE for n = 500, δε = 0.05, λ = 5·10⁻⁵; ∝ e^{−ΔE/k_BT} at low and ∝ T⁻² at high T',
    checkedBy: 'spec/transport/formulas.spec.ts; properties/transport/formulas.prop.ts',
  },
  {
    equation: '(49)–(51)',
    statement: 'c from (50) equals the second β-derivative of ln Z (49), and κ_th (48) = κ·c (51), at every T in [10⁻³, 10³]',
    checkedBy: 'properties/transport/formulas.prop.ts',
  },
];
