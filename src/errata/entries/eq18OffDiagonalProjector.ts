import { eq18Corrected, eq18Printed } from '../../checks/dyson/projectorChecks.ts';
import { BLOCK_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

const FROZEN = { sites: 5, levels: 1, ...SMALLEST_GRID };

/** (18): the printed right side keeps the blocks two further out. */
export const eq18OffDiagonalProjector: Erratum = {
  id: 'eq18-off-diagonal-projector',
  equation: '(18)',
  printed: 'P̂_µ,µÛ⁽²⁾_off = Û⁽²⁾_off(P̂_µ+2,µ+2 + P̂_µ−2,µ−2)',
  corrected:
    'P̂_µ,µÛ⁽²⁾_off = P̂_µ,µÛ⁽²⁾_off(P̂_µ+2,µ+2 + P̂_µ−2,µ−2), and the mirrored Û⁽²⁾_offP̂_µ,µ = ' +
    '(P̂_µ−2,µ−2 + P̂_µ+2,µ+2)Û⁽²⁾_offP̂_µ,µ. The printed right side is the columns µ±2 of Û⁽²⁾_off, which also ' +
    'hold the blocks (µ+4, µ+2) and (µ−4, µ−2); it holds only for N ≤ 4.',
  consequences:
    'None downstream: (20) lines 7–8 use the corrected form P̂_µ,µÛ⁽²⁾_off(P̂_µ−2 + P̂_µ+2) and its adjoint, and ' +
    'Û⁽²⁾_off drops out of the Hilbert-space average anyway ((23) keeps only diagonal blocks).',
  checkedBy:
    'properties/dyson/dyson.prop.ts — “(18) as printed … fails” (shrinks to N = 5, n = 1); properties ' +
    'dyson/eq18-small-chains, dyson/eq18-corrected (properties/dyson/projectorProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN);
    return evidenceFromChecks(FROZEN, eq18Printed(o), eq18Corrected(o), `max-entry residual; tol = ${BLOCK_TOL_DERIVATION}, X = Û⁽²⁾_off`);
  },
};
