/**
 * The projector identities (17), (18), (19) of Sec. III as printed, and corrected where the printed form
 * fails, one residual check per site µ (boundary reading: {@link DysonOperatorSet}).
 */
import { matAdd, matMul, matSub, maxAbs } from '../../linalg/complexMatrix.ts';
import { type Check, check } from '../check.ts';
import type { DysonOperatorSet } from './operatorSet.ts';
import { product } from './operatorAlgebra.ts';
import { sitesOf } from './structureChecks.ts';
import { blockTol } from './tolerances.ts';

/** (17) as printed: Û⁽¹⁾P̂_µµ = (P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1})Û⁽¹⁾. */
export function eq17Printed(o: DysonOperatorSet): Check[] {
  return sitesOf(o).map((mu) => {
    const lhs = matMul(o.u1, o.proj(mu));
    const rhs = matMul(matAdd(o.proj(mu - 1), o.proj(mu + 1)), o.u1);
    return check(`(17) printed µ=${mu}`, maxAbs(matSub(lhs, rhs)), blockTol(o, o.u1), mu);
  });
}

/** (17) with P̂ on the other side: P̂_µµÛ⁽¹⁾ = Û⁽¹⁾(P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1}) — fails as well. */
export function eq17OtherSide(o: DysonOperatorSet): Check[] {
  return sitesOf(o).map((mu) => {
    const lhs = matMul(o.proj(mu), o.u1);
    const rhs = matMul(o.u1, matAdd(o.proj(mu - 1), o.proj(mu + 1)));
    return check(`(17) mirrored µ=${mu}`, maxAbs(matSub(lhs, rhs)), blockTol(o, o.u1), mu);
  });
}

/** (17) corrected: Û⁽¹⁾P̂_µµ = (P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1})Û⁽¹⁾P̂_µµ, and its adjoint form. */
export function eq17Corrected(o: DysonOperatorSet): Check[] {
  return sitesOf(o).flatMap((mu) => {
    const nb = matAdd(o.proj(mu - 1), o.proj(mu + 1));
    const right = matSub(matMul(o.u1, o.proj(mu)), product(nb, o.u1, o.proj(mu)));
    const left = matSub(matMul(o.proj(mu), o.u1), product(o.proj(mu), o.u1, nb));
    return [
      check(`(17) corrected µ=${mu}`, maxAbs(right), blockTol(o, o.u1), mu),
      check(`(17) corrected, adjoint form µ=${mu}`, maxAbs(left), blockTol(o, o.u1), mu),
    ];
  });
}

/** (18) as printed: P̂_µµÛ⁽²⁾_off = Û⁽²⁾_off(P̂_{µ+2,µ+2} + P̂_{µ−2,µ−2}). */
export function eq18Printed(o: DysonOperatorSet): Check[] {
  return sitesOf(o).map((mu) => {
    const lhs = matMul(o.proj(mu), o.u2off);
    const rhs = matMul(o.u2off, matAdd(o.proj(mu + 2), o.proj(mu - 2)));
    return check(`(18) printed µ=${mu}`, maxAbs(matSub(lhs, rhs)), blockTol(o, o.u2off), mu);
  });
}

/** (18) corrected: P̂_µµÛ⁽²⁾_off = P̂_µµÛ⁽²⁾_off(P̂_{µ+2,µ+2} + P̂_{µ−2,µ−2}), and the mirrored form. */
export function eq18Corrected(o: DysonOperatorSet): Check[] {
  return sitesOf(o).flatMap((mu) => {
    const nb = matAdd(o.proj(mu + 2), o.proj(mu - 2));
    const left = matSub(matMul(o.proj(mu), o.u2off), product(o.proj(mu), o.u2off, nb));
    const right = matSub(matMul(o.u2off, o.proj(mu)), product(nb, o.u2off, o.proj(mu)));
    return [
      check(`(18) corrected µ=${mu}`, maxAbs(left), blockTol(o, o.u2off), mu),
      check(`(18) corrected, mirrored µ=${mu}`, maxAbs(right), blockTol(o, o.u2off), mu),
    ];
  });
}

/** (19): P̂_µµÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µµ. */
export function eq19(o: DysonOperatorSet): Check[] {
  return sitesOf(o).map((mu) => {
    const d = maxAbs(matSub(matMul(o.proj(mu), o.u2diag), matMul(o.u2diag, o.proj(mu))));
    return check(`(19) µ=${mu}`, d, blockTol(o, o.u2diag), mu);
  });
}
