/**
 * Transition-operator algebra (4)–(5), the block structure (14)–(16) and the exact algebra of the Dyson
 * operators (remark after (13), Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)²), as residual checks.
 *
 * @remarks ħ = 1. Every function takes the matrices of one case ({@link DysonOperatorSet}), never an
 * implementation, so the property suites and the errata report run the same check.
 */
import { type ComplexMatrix, adjoint, matAdd, matMul, matSub, maxAbs, zeroMatrix } from '../../linalg/complexMatrix.ts';
import { type Check, EPS, check } from '../check.ts';
import type { DysonOperatorSet } from './operatorSet.ts';
import { secondOrderTol } from './tolerances.ts';

/** Sites µ = 1 … N. */
export function sitesOf(o: DysonOperatorSet): number[] {
  return Array.from({ length: o.sites }, (_, i) => i + 1);
}

/** (5): P̂_{µ+1,µ}P̂_{µ,µ} = P̂_{µ+1,µ+1}P̂_{µ+1,µ}, µ = 1 … N−1. */
export function eq5(o: DysonOperatorSet): Check[] {
  return sitesOf(o)
    .slice(0, -1)
    .map((mu) => {
      const lhs = matMul(o.transition(mu + 1, mu), o.proj(mu));
      const rhs = matMul(o.proj(mu + 1), o.transition(mu + 1, mu));
      // tol = d·ε: entries are d-term sums of 0/1 products, exact in floating point.
      return check(`(5) µ=${mu}`, maxAbs(matSub(lhs, rhs)), o.dim * EPS, mu);
    });
}

/** The general rule behind (5): P̂_µν P̂_µ′ν′ = δ_νµ′ P̂_µν′ for all in-range indices. */
export function transitionAlgebra(o: DysonOperatorSet): Check[] {
  const out: Check[] = [];
  const idx = sitesOf(o);
  for (const a of idx)
    for (const b of idx)
      for (const c of idx)
        for (const e of idx) {
          const lhs = matMul(o.transition(a, b), o.transition(c, e));
          const rhs = b === c ? o.transition(a, e) : zeroMatrix(o.dim);
          // tol = d·ε: exact 0/1 arithmetic.
          out.push(check(`P(${a},${b})P(${c},${e})`, maxAbs(matSub(lhs, rhs)), o.dim * EPS));
        }
  return out;
}

/** Largest entry of X in blocks (µ, ν) with |µ − ν| ∉ allowed. */
export function outsideBlocks(o: DysonOperatorSet, x: ComplexMatrix, allowed: number[]): number {
  let m = 0;
  for (let r = 0; r < o.dim; r++) {
    for (let c = 0; c < o.dim; c++) {
      const dist = Math.abs(Math.floor(r / o.levels) - Math.floor(c / o.levels));
      if (!allowed.includes(dist)) m = Math.max(m, Math.hypot(x.re[r * o.dim + c], x.im[r * o.dim + c]));
    }
  }
  return m;
}

/** (14), (15), (16): block patterns of Û⁽¹⁾, Û⁽²⁾, Û⁽²⁾_diag, Û⁽²⁾_off and Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off. */
export function blockStructure(o: DysonOperatorSet): Check[] {
  // Entries outside the pattern are never written by a correct implementation: tol = 0.
  return [
    check('(14) Û⁽¹⁾ outside blocks (µ, µ±1)', outsideBlocks(o, o.u1, [1]), 0),
    check('(15) Û⁽²⁾ outside blocks (µ, µ), (µ, µ±2)', outsideBlocks(o, o.u2, [0, 2]), 0),
    check('(16) Û⁽²⁾_diag outside blocks (µ, µ)', outsideBlocks(o, o.u2diag, [0]), 0),
    check('(16) Û⁽²⁾_off outside blocks (µ, µ±2)', outsideBlocks(o, o.u2off, [2]), 0),
    // tol = 2ε·max|Û⁽²⁾|: one addition, in fact exact as the parts have disjoint support.
    check('(16) Û⁽²⁾ − Û⁽²⁾_diag − Û⁽²⁾_off', maxAbs(matSub(matSub(o.u2, o.u2diag), o.u2off)), 2 * EPS * maxAbs(o.u2)),
  ];
}

/** Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)²: ∫∫_{t″<t′} + ∫∫_{t″>t′} is the full square ∫∫ V̂(t′)V̂(t″). */
export function secondOrderSum(o: DysonOperatorSet): Check[] {
  const delta = maxAbs(matSub(matAdd(o.u2, adjoint(o.u2)), matMul(o.u1, o.u1)));
  return [check('Û⁽²⁾ + Û⁽²⁾† − (Û⁽¹⁾)²', delta, secondOrderTol(o))];
}

/** Û⁽¹⁾ = Û⁽¹⁾† (remark after (13)). */
export function firstOrderHermitian(o: DysonOperatorSet): Check[] {
  // tol = 8ε·λ|v|max·τ: the two mirrored entries are each within 4ε·|v|τ of the exact value.
  return [check('Û⁽¹⁾ − Û⁽¹⁾†', maxAbs(matSub(o.u1, adjoint(o.u1))), 8 * EPS * o.vMax * o.tau)];
}
