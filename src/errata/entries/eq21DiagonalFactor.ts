import { eq21Diagonal } from '../../checks/dyson/expansionChecks.ts';
import { SECOND_ORDER_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

const FROZEN = { sites: 2, levels: 1, ...SMALLEST_GRID };

/** (21) second line: factor 2 where the exact identity has 1. */
export const eq21DiagonalFactor: Erratum = {
  id: 'eq21-diagonal-factor',
  equation: '(21), second line',
  printed: '⟨ψ_µ|Û⁽²⁾_diag + (Û⁽²⁾_diag)†|ψ_µ⟩ = 2⟨ψ_µ|(Û⁽¹⁾)²|ψ_µ⟩',
  corrected:
    '⟨ψ_µ|Û⁽²⁾_diag + (Û⁽²⁾_diag)†|ψ_µ⟩ = ⟨ψ_µ|(Û⁽¹⁾)²|ψ_µ⟩ for all ψ, i.e. P̂_µ,µ(Û⁽²⁾_diag + Û⁽²⁾_diag†)P̂_µ,µ = ' +
    'P̂_µ,µ(Û⁽¹⁾)²P̂_µ,µ: the diagonal block of the exact Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)² (the two time orderings fill the ' +
    'square [0, τ]²). The printed form holds only for ψ_µ in the kernel of P̂_µ,µ(Û⁽¹⁾)²P̂_µ,µ = Σ_ν u⁽¹⁾_µν u⁽¹⁾_νµ ≥ 0. ' +
    'The first line of (21) is the (µ−1, µ+1) block of the same identity and holds as printed, as an operator identity.',
  consequences:
    'Source of the factor 2 in the loss term of (24)/(25). Correctly the loss term is −(P_µ/n)Tr_µ{(Û⁽¹⁾)²} with the ' +
    'block trace of (23), = −(P_µ/n)(T_µ,µ−1 + T_µ,µ+1): for an interior site this equals the printed −2(P_µ/n)·T ' +
    'only after both bond traces are replaced by the one golden-rule value (26); at a chain end it is −(P_µ/n)·T, as ' +
    '(30)/(32) have it. The normalization Σ_µÂ_µ = 1̂ (to second order) needs exactly the corrected form. The factor 2 ' +
    'is what the paper’s own normalization argument gives from the printed (20): there the gain terms (lines 4–5) carry ' +
    '(Û⁽¹⁾)², which at an interior site counts both bonds, and balancing them needs twice the diagonal term — so this ' +
    'entry and “(20), lines 4–5” (eq20-hopping-term) are one slip seen twice.',
  checkedBy:
    'properties/dyson/dyson.prop.ts — “(21) second line as printed (factor 2) fails” (shrinks to N = 2, n = 1), ' +
    '“(21) in the printed ⟨ψ|…|ψ⟩ form with factor 2 fails”; properties dyson/eq21-corrected, dyson/eq21-state-form ' +
    '(properties/dyson/expansionProperties.ts); exact algebra: dyson/second-order-sum (properties/dyson/structureProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN);
    return evidenceFromChecks(
      FROZEN,
      eq21Diagonal(o, 2),
      eq21Diagonal(o, 1),
      `max-entry residual of the block; tol = 2·${SECOND_ORDER_TOL_DERIVATION}; the factor 2 of the printed right side doubles it`,
      { after: ' (any ψ with ψ_µ ≠ 0)' },
    );
  },
};
