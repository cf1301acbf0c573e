import { eq20 } from '../../checks/dyson/expansionChecks.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';
import { EQ20_DERIVATION } from './eq20Prefactors.ts';

const FROZEN_HOPPING = { sites: 3, levels: 1, ...SMALLEST_GRID };

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
    'properties/dyson/dyson.prop.ts — “(20) with ±1/ħ² on lines 4–8 but (Û⁽¹⁾)² on lines 4–5 still differs” ' +
    '(shrinks to N = 3, n = 1); property dyson/eq20-corrected (properties/dyson/expansionProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN_HOPPING);
    return evidenceFromChecks(FROZEN_HOPPING, eq20(o, 'prefactors-fixed'), eq20(o, 'corrected'), EQ20_DERIVATION);
  },
};
