/**
 * Tolerances of the Dyson identity checks, each derived from the operations that produce the residual
 * (ε·scale), with its derivation as a sentence the errata report prints beside it.
 */
import { type ComplexMatrix, maxAbs } from '../../linalg/complexMatrix.ts';
import { EPS } from '../check.ts';
import type { DysonOperatorSet } from './operatorSet.ts';
import { rowSumNorm } from './operatorAlgebra.ts';

/**
 * Identities that only move blocks around (products with the 0/1 matrices P̂): tol = 4·d·ε·max|X|.
 * Each entry of P̂X or XP̂ is a d-term sum with 0/1 factors (at most one of them non-zero, so it is in
 * fact exact); 4dε·max|X| covers any summation order.
 */
export function blockTol(o: DysonOperatorSet, x: ComplexMatrix): number {
  return 4 * o.dim * EPS * Math.max(maxAbs(x), Number.MIN_VALUE);
}
export const BLOCK_TOL_DERIVATION = '4·d·ε·max|X| — entries of P̂X and XP̂ are d-term sums with 0/1 factors';

/**
 * Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)² entrywise: tol = m·(m + 32 + 4·ω_max τ)·ε·(λ|v|max·τ)², m = 2n.
 * Each entry on either side is a sum over m ≤ 2n intermediate states of terms bounded by (λ|v|max τ)²
 * (|g| ≤ τ, |h| ≤ τ²/2); a term carries ≤ 16ε from h, 2×4ε from the two g's and 3ε from products (≤ 27ε,
 * rounded up to 32ε), plus ≤ 4ε·ω_max τ from rounding of the phases ωτ; recursive summation of m terms
 * adds ≤ mε per term.
 */
export function secondOrderTol(o: DysonOperatorSet): number {
  const m = 2 * o.levels;
  return m * (m + 32 + 4 * o.omegaMax * o.tau) * EPS * (o.vMax * o.tau) ** 2;
}
export const SECOND_ORDER_TOL_DERIVATION =
  'm(m + 32 + 4ω_max τ)·ε·(λ|v|max τ)², m = 2n — sums over ≤ 2n intermediate states of terms ≤ (λ|v|max τ)², ' +
  'each with ≤ 32ε from g, h and products plus phase rounding';

/**
 * Second-order expansions of Â_µ (13), (20): tol = 8·d·ε·(1 + s + s²)² + secondOrderTol, s = ‖Û⁽¹⁾‖_∞.
 * Every term is a product of ≤ 3 factors among 1, P̂, Û⁽¹⁾ (‖·‖_∞ ≤ s) and Û⁽²⁾ (‖·‖_∞ ≤ s²/2, plus its
 * own evaluation error secondOrderTol), so each entry is bounded by (1 + s + s²)², and each d-term
 * product adds ≤ dε relative; 8 covers ≤ 2 products per term and the ≤ 4 additions of terms.
 */
export function expansionTol(o: DysonOperatorSet): number {
  const s = rowSumNorm(o.u1);
  return 8 * o.dim * EPS * (1 + s + s * s) ** 2 + secondOrderTol(o);
}
export const EXPANSION_TOL_DERIVATION =
  '8·d·ε·(1 + s + s²)² + tol(Û⁽²⁾), s = ‖Û⁽¹⁾‖_∞ — products of ≤ 3 factors bounded by 1, s, s²/2, each d-term ' +
  'product adding ≤ dε';
