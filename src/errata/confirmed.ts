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
];
