import { eq20 } from '../../checks/dyson/expansionChecks.ts';
import { EXPANSION_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

const DERIVATION = `max-entry residual against (13); tol = ${EXPANSION_TOL_DERIVATION}`;

const FROZEN_PREFACTORS = { sites: 2, levels: 1, ...SMALLEST_GRID };
const FROZEN_HOPPING = { sites: 3, levels: 1, ...SMALLEST_GRID };

/** (20) lines 4–8: second-order prefactors printed as ±i/ħ. */
export const eq20Prefactors: Erratum = {
  id: 'eq20-prefactors',
  equation: '(20), lines 4–8',
  printed:
    'Â_µ = … + (i/ħ)P̂_µ−1,µ−1(Û⁽¹⁾)²(P̂_µ−1,µ−1 + P̂_µ+1,µ+1) + (i/ħ)P̂_µ+1,µ+1(Û⁽¹⁾)²(P̂_µ−1,µ−1 + P̂_µ+1,µ+1) ' +
    '− (i/ħ)P̂_µ,µ(Û⁽²⁾_diag + Û⁽²⁾_diag†)P̂_µ,µ − (i/ħ)P̂_µ,µÛ⁽²⁾_off(P̂_µ−2,µ−2 + P̂_µ+2,µ+2) ' +
    '− (i/ħ)(P̂_µ−2,µ−2 + P̂_µ+2,µ+2)Û⁽²⁾_off†P̂_µ,µ',
  corrected:
    'The second-order terms of (13) carry real prefactors: +1/ħ² on lines 4–5 and −1/ħ² on lines 6–8 (i/ħ is the ' +
    'first-order prefactor of lines 2–3). With these prefactors (20) equals (13) for N = 2; for N ≥ 3 lines 4–5 ' +
    'also need the correction “(20), lines 4–5”. Checked with ħ = 1, where i/ħ and 1/ħ² still differ by the factor i.',
  consequences:
    'None: (24) and (25) carry the correct real prefactors −2/ħ², +1/ħ², so this is a slip in (20) only.',
  checkedBy:
    'properties/dyson/expansion.prop.ts — “(20) as printed (±i/ħ on lines 4–8) differs from (13)” (shrinks to N = 2, n = 1), ' +
    '“(20) corrected … equals (13)”; (13) itself: properties/dyson/dysonStructure.prop.ts',
  evidence() {
    const o = frozenOperators(FROZEN_PREFACTORS);
    return evidenceFromChecks(FROZEN_PREFACTORS, eq20(o, 'printed'), eq20(o, 'prefactors-fixed'), DERIVATION);
  },
};

/** (20) lines 4–5: (Û⁽¹⁾)² where (13) has Û⁽¹⁾P̂_µµÛ⁽¹⁾. */
export const eq20HoppingTerm: Erratum = {
  id: 'eq20-hopping-term',
  equation: '(20), lines 4–5',
  printed:
    '+(1/ħ²)(P̂_µ−1,µ−1 + P̂_µ+1,µ+1)(Û⁽¹⁾)²(P̂_µ−1,µ−1 + P̂_µ+1,µ+1) (lines 4–5 with the prefactor already corrected)',
  corrected:
    '+(1/ħ²)(P̂_µ−1,µ−1 + P̂_µ+1,µ+1)Û⁽¹⁾P̂_µ,µÛ⁽¹⁾(P̂_µ−1,µ−1 + P̂_µ+1,µ+1). The term Û⁽¹⁾P̂_µ,µÛ⁽¹⁾ of (13) contains only ' +
    'the paths through site µ; (Û⁽¹⁾)² also contains µ±1 → µ±2 → µ±1. This is (17) as printed applied to both ' +
    'sides. With both corrections (20) equals (13) for every N.',
  consequences:
    'Reaches (24): its gain terms must read ⟨ψ_µ±1|Û⁽¹⁾P̂_µ,µÛ⁽¹⁾|ψ_µ±1⟩, whose Hilbert-space average is ' +
    '(P_µ±1/n)·T_µ,µ±1 with the one-bond trace T_µν = Tr{u⁽¹⁾_µν u⁽¹⁾_νµ}, not (P_µ±1/n)Tr_µ±1{(Û⁽¹⁾)²}, which ' +
    'counts both bonds of site µ±1. (28) survives once Tr in (25)/(26) is read as the one-bond trace (see (25), (26)).',
  checkedBy:
    'properties/dyson/expansion.prop.ts — “(20) with ±1/ħ² on lines 4–8 but (Û⁽¹⁾)² on lines 4–5 still differs” ' +
    '(shrinks to N = 3, n = 1), “(20) corrected … equals (13)”',
  evidence() {
    const o = frozenOperators(FROZEN_HOPPING);
    return evidenceFromChecks(FROZEN_HOPPING, eq20(o, 'prefactors-fixed'), eq20(o, 'corrected'), DERIVATION);
  },
};
