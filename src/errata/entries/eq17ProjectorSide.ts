import { eq17Corrected, eq17Printed } from '../../checks/dyson/projectorChecks.ts';
import { BLOCK_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

const FROZEN = { sites: 3, levels: 1, ...SMALLEST_GRID };

/** (17): the printed right side keeps the neighbours' other bonds. */
export const eq17ProjectorSide: Erratum = {
  id: 'eq17-projector-side',
  equation: '(17)',
  printed: 'Û⁽¹⁾P̂_µ,µ = (P̂_µ−1,µ−1 + P̂_µ+1,µ+1)Û⁽¹⁾',
  corrected:
    'Û⁽¹⁾P̂_µ,µ = (P̂_µ−1,µ−1 + P̂_µ+1,µ+1)Û⁽¹⁾P̂_µ,µ, equivalently P̂_µ,µÛ⁽¹⁾ = P̂_µ,µÛ⁽¹⁾(P̂_µ−1,µ−1 + P̂_µ+1,µ+1). ' +
    'The printed right side is the rows µ±1 of Û⁽¹⁾, which also hold the blocks (µ−1, µ−2) and (µ+1, µ+2): the ' +
    'neighbours’ other bonds. It holds only when µ±2 lie outside the chain (every µ for N = 2; µ = 2 for N = 3). ' +
    'Moving P̂ to the other side, P̂_µ,µÛ⁽¹⁾ = Û⁽¹⁾(P̂_µ−1,µ−1 + P̂_µ+1,µ+1), fails the same way.',
  consequences:
    '(20) lines 2–3 need only the corrected form and are right. Lines 4–5 apply the printed form to both sides of ' +
    'Û⁽¹⁾P̂_µ,µÛ⁽¹⁾ and so replace it by (P̂_µ−1 + P̂_µ+1)(Û⁽¹⁾)²(P̂_µ−1 + P̂_µ+1) — see “(20), lines 4–5”; that ' +
    'error reaches the gain terms of (24)/(25). (28) survives (see (25) and (26)).',
  checkedBy:
    'properties/dyson/dyson.prop.ts — “(17) as printed … fails” (shrinks to N = 3, n = 1), “(17) with P̂ on the other side … ' +
    'fails too”; properties dyson/eq17-corrected, dyson/eq17-two-sites (properties/dyson/projectorProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN);
    return evidenceFromChecks(FROZEN, eq17Printed(o), eq17Corrected(o), `max-entry residual; tol = ${BLOCK_TOL_DERIVATION}, X = Û⁽¹⁾`);
  },
};
