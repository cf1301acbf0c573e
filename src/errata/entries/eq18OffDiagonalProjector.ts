import type { Erratum } from '../erratum.ts';
import { DysonCase, SMALLEST_GRID, describeFrozen, matMul, matSub, maxAbs, worstSite } from '../evidence/dysonCase.ts';

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
    'properties/dyson/projectorIdentities.prop.ts — “(18) as printed … fails” (shrinks to N = 5, n = 1), ' +
    '“(18) as printed holds for N ≤ 4”, “(18) corrected”',
  evidence() {
    const o = new DysonCase(FROZEN);
    const printed = worstSite(FROZEN.sites, (mu) =>
      maxAbs(matSub(matMul(o.proj(mu), o.u2off), matMul(o.u2off, o.neighbours(mu, 2)))),
    );
    const corrected = worstSite(FROZEN.sites, (mu) =>
      maxAbs(matSub(matMul(o.proj(mu), o.u2off), matMul(matMul(o.proj(mu), o.u2off), o.neighbours(mu, 2)))),
    );
    return {
      counterexample: `${describeFrozen(FROZEN)}; worst site µ = ${printed.mu}`,
      printedResidual: printed.delta,
      correctedResidual: corrected.delta,
      tolerance: o.blockTol(o.u2off),
      toleranceDerivation:
        'max-entry residual; tol = 4·d·ε·max|Û⁽²⁾_off| — entries of P̂X and XP̂ are d-term sums with 0/1 factors',
    };
  },
};
