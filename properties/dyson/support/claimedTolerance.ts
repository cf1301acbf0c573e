/**
 * Tolerances of the Dyson identity checks at an implementation's claimed accuracy: tol = max(derived
 * rounding tolerance, claim × scale), so a correct implementation at exactly its claim cannot fail.
 *
 * @remarks
 * The claim a = `accuracy['dyson.operators']` is relative, entrywise against the largest entry of each
 * matrix (as the differential property compares): |δX_ij| ≤ a·max|X| for X = Û⁽¹⁾, Û⁽²⁾, Û⁽²⁾_diag,
 * Û⁽²⁾_off. The scale of each identity is the first-order propagation of these errors through its
 * residual (cross terms are O(a²)); Ĥ and P̂_µν are the suite's own and exact. Every bound uses
 *  - ‖AδB C‖_max ≤ ‖A‖_∞·max|δB|·‖C‖₁ (row sums of the left factors, column sums of the right ones);
 *  - P̂_µν, and sums of P̂_νν over distinct ν, have at most one 1 per row and column: they move entries,
 *    never add two, so (P̂X)_ij is an entry of X.
 */
import { type Check, check } from '../../../src/checks/check.ts';
import type { DysonOperatorSet } from '../../../src/checks/dyson/operatorSet.ts';
import { rowSumNorm } from '../../../src/checks/dyson/operatorAlgebra.ts';
import { adjoint, maxAbs } from '../../../src/linalg/complexMatrix.ts';
import type { Implementation } from '../../../src/protocol/implementation.ts';

/** Entrywise error bounds of the implementation's matrices at its claim, and the norms the scales need. */
export interface ClaimedErrors {
  /** The claim a (relative). */
  claim: number;
  /** a·max|Û⁽¹⁾|, a·max|Û⁽²⁾|, a·max|Û⁽²⁾_diag|, a·max|Û⁽²⁾_off|. */
  u1: number;
  u2: number;
  u2diag: number;
  u2off: number;
  /** s = max(‖Û⁽¹⁾‖_∞, ‖Û⁽¹⁾‖₁): bounds row and column sums of |Û⁽¹⁾|. */
  s1: number;
  /** σ = 1 + s + max(‖Û⁽²⁾‖_∞, ‖Û⁽²⁾‖₁): bounds every factor of (13), (20), (25), D̂ = 1̂ − iÛ⁽¹⁾ − Û⁽²⁾ included. */
  sigma: number;
}

function rowColNorm(x: DysonOperatorSet['u1']): number {
  return Math.max(rowSumNorm(x), rowSumNorm(adjoint(x)));
}

export function claimedErrors(impl: Implementation, o: DysonOperatorSet): ClaimedErrors {
  const a = impl.accuracy['dyson.operators'];
  const s1 = rowColNorm(o.u1);
  return {
    claim: a,
    u1: a * maxAbs(o.u1),
    u2: a * maxAbs(o.u2),
    u2diag: a * maxAbs(o.u2diag),
    u2off: a * maxAbs(o.u2off),
    s1,
    sigma: 1 + s1 + rowColNorm(o.u2),
  };
}

/** The checks with tol = max(derived tol, claimed tol of that check). */
export function atClaim(checks: readonly Check[], claimed: number | ((c: Check) => number)): Check[] {
  return checks.map((c) => check(c.label, c.delta, Math.max(c.tol, typeof claimed === 'number' ? claimed : claimed(c)), c.site));
}

/** Entrywise error of (Û⁽¹⁾)²: |δ(Û⁽¹⁾Û⁽¹⁾)_ij| ≤ a·max|Û⁽¹⁾|·(row sum + column sum) ≤ 2s·a·max|Û⁽¹⁾|. */
export function squareError(e: ClaimedErrors): number {
  return 2 * e.s1 * e.u1;
}

/**
 * Error of a residual made of `terms` products of ≤ 3 factors, each bounded by σ in row and column sums,
 * one of them perturbed by ≤ a(max|Û⁽¹⁾| + max|Û⁽²⁾|) (D̂'s error; the parts of Û⁽²⁾ have smaller maxima):
 * 3σ² per term, one for each factor that can carry the error.
 */
export function expansionError(e: ClaimedErrors, terms: number): number {
  return terms * 3 * e.sigma ** 2 * (e.u1 + Math.max(e.u2, e.u2diag, e.u2off));
}
