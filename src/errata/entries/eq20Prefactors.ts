import { eq20 } from '../../checks/dyson/expansionChecks.ts';
import { EXPANSION_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

/** Tolerance wording of the (20) entries: the max-entry residual against (13), within expansionTol. */
export const EQ20_DERIVATION = `max-entry residual against (13); tol = ${EXPANSION_TOL_DERIVATION}`;

const FROZEN_PREFACTORS = { sites: 2, levels: 1, ...SMALLEST_GRID };

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
    'properties/dyson/dyson.prop.ts — “(20) as printed (±i/ħ on lines 4–8) differs from (13)” (shrinks to N = 2, n = 1); ' +
    'property dyson/eq20-corrected (properties/dyson/expansionProperties.ts); (13) itself: dyson/eq13 (properties/dyson/structureProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN_PREFACTORS);
    return evidenceFromChecks(FROZEN_PREFACTORS, eq20(o, 'printed'), eq20(o, 'prefactors-fixed'), EQ20_DERIVATION);
  },
};
