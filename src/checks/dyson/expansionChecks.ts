/**
 * The second-order expansion of Â_µ: (13) itself, (20) against (13), the normalization conditions (21)
 * and the Hilbert-space average (25), printed and corrected, as residual checks (ħ = 1, so a printed
 * prefactor i/ħ and a correct 1/ħ² differ by the factor i and are still told apart).
 */
import { type ComplexMatrix, adjoint, identityMatrix, matAdd, matMul, matSub, maxAbs } from '../../linalg/complexMatrix.ts';
import { type Check, check } from '../check.ts';
import type { DysonOperatorSet } from './operatorSet.ts';
import { type VectorParts, product, sandwich, scaled } from './operatorAlgebra.ts';
import { sitesOf } from './structureChecks.ts';
import { expansionTol, secondOrderTol } from './tolerances.ts';

/** Â_µ to second order as printed in (13) (ħ = 1). */
export function a13(o: DysonOperatorSet, mu: number): ComplexMatrix {
  const p = matMul(o.proj(mu), o.proj(mu));
  let a = matAdd(p, scaled(matMul(o.u1, p), 0, 1));
  a = matAdd(a, scaled(matMul(p, o.u1), 0, -1));
  a = matSub(a, matMul(p, o.u2));
  a = matSub(a, matMul(adjoint(o.u2), p));
  return matAdd(a, product(o.u1, p, o.u1));
}

/**
 * (13): D̂†P̂_µµD̂ − Â_µ equals exactly the dropped higher orders −iÛ⁽¹⁾P̂Û⁽²⁾ + iÛ⁽²⁾†P̂Û⁽¹⁾ + Û⁽²⁾†P̂Û⁽²⁾,
 * with D̂ = 1̂ − iÛ⁽¹⁾ − Û⁽²⁾ of (8).
 */
export function eq13(o: DysonOperatorSet): Check[] {
  const d = matAdd(matSub(scaled(o.u1, 0, -1), o.u2), identityMatrix(o.dim));
  return sitesOf(o).map((mu) => {
    const p = o.proj(mu);
    const full = product(adjoint(d), p, d);
    const u2h = adjoint(o.u2);
    const higher = matAdd(matAdd(scaled(product(o.u1, p, o.u2), 0, -1), scaled(product(u2h, p, o.u1), 0, 1)), product(u2h, p, o.u2));
    return check(`(13) µ=${mu}`, maxAbs(matSub(matSub(full, a13(o, mu)), higher)), expansionTol(o), mu);
  });
}

/** Which version of (20) to assemble. */
export type Eq20Variant = 'printed' | 'prefactors-fixed' | 'corrected';

/**
 * Â_µ as in (20). 'printed': lines 4–8 carry ±i/ħ and lines 4–5 have (Û⁽¹⁾)²; 'prefactors-fixed':
 * +1/ħ² on lines 4–5 and −1/ħ² on lines 6–8, still (Û⁽¹⁾)²; 'corrected': additionally Û⁽¹⁾P̂_µµÛ⁽¹⁾.
 */
export function a20(o: DysonOperatorSet, mu: number, variant: Eq20Variant): ComplexMatrix {
  const p = o.proj(mu);
  const nb1 = matAdd(o.proj(mu - 1), o.proj(mu + 1));
  const nb2 = matAdd(o.proj(mu - 2), o.proj(mu + 2));
  // second-order prefactors of lines 4–5 (+) and 6–8 (−): i as printed, 1 when fixed
  const [pr, pi] = variant === 'printed' ? [0, 1] : [1, 0];
  const middle = variant === 'corrected' ? product(o.u1, p, o.u1) : matMul(o.u1, o.u1);
  let a = matAdd(p, scaled(product(nb1, o.u1, p), 0, 1));
  a = matAdd(a, scaled(product(p, o.u1, nb1), 0, -1));
  a = matAdd(a, scaled(product(nb1, middle, nb1), pr, pi));
  a = matAdd(a, scaled(product(p, matAdd(o.u2diag, adjoint(o.u2diag)), p), -pr, -pi));
  a = matAdd(a, scaled(product(p, o.u2off, nb2), -pr, -pi));
  return matAdd(a, scaled(product(nb2, adjoint(o.u2off), p), -pr, -pi));
}

/** (20) in the given variant against (13). */
export function eq20(o: DysonOperatorSet, variant: Eq20Variant): Check[] {
  return sitesOf(o).map((mu) =>
    check(`(20) ${variant} µ=${mu}`, maxAbs(matSub(a20(o, mu, variant), a13(o, mu))), expansionTol(o), mu),
  );
}

/**
 * (21), first line, as a block identity: P̂_{µ−1}(Û⁽²⁾_off + Û⁽²⁾_off†)P̂_{µ+1} = P̂_{µ−1}(Û⁽¹⁾)²P̂_{µ+1}.
 * Equality of these blocks is equivalent to the printed ⟨ψ_{µ−1}|…|ψ_{µ+1}⟩ form for all ψ.
 */
export function eq21OffDiagonal(o: DysonOperatorSet): Check[] {
  const sq = matMul(o.u1, o.u1);
  const s = matAdd(o.u2off, adjoint(o.u2off));
  return sitesOf(o).map((mu) => {
    const l = o.proj(mu - 1);
    const r = o.proj(mu + 1);
    return check(`(21a) µ=${mu}`, maxAbs(matSub(product(l, s, r), product(l, sq, r))), secondOrderTol(o), mu);
  });
}

/** (21), second line, with factor `factor` (printed: 2; corrected: 1), as a block identity. */
export function eq21Diagonal(o: DysonOperatorSet, factor: number): Check[] {
  const sq = matMul(o.u1, o.u1);
  const s = matAdd(o.u2diag, adjoint(o.u2diag));
  return sitesOf(o).map((mu) => {
    const p = o.proj(mu);
    const d = maxAbs(matSub(product(p, s, p), scaled(product(p, sq, p), factor)));
    // tol = factor·secondOrderTol: the factor of the right side scales its rounding error.
    return check(`(21b ×${factor}) µ=${mu}`, d, factor * secondOrderTol(o), mu);
  });
}

/** The scalar form of (21) for one state ψ: line (a) and line (b) with the given factor. */
export function eq21Scalar(o: DysonOperatorSet, psi: VectorParts, factor: number): Check[] {
  const sq = matMul(o.u1, o.u1);
  const off = matAdd(o.u2off, adjoint(o.u2off));
  const diag = matAdd(o.u2diag, adjoint(o.u2diag));
  const part = (mu: number) => {
    const p = o.proj(mu);
    const re = new Float64Array(o.dim);
    const im = new Float64Array(o.dim);
    for (let i = 0; i < o.dim; i++) {
      re[i] = p.re[i * o.dim + i] * psi.re[i];
      im[i] = p.re[i * o.dim + i] * psi.im[i];
    }
    return { re, im };
  };
  let norm2 = 0;
  for (let i = 0; i < o.dim; i++) norm2 += psi.re[i] ** 2 + psi.im[i] ** 2;
  // tol scales the block tolerance by ‖ψ‖² and the ≤ 2d-term inner products.
  const tol = (f: number) => f * secondOrderTol(o) * norm2 * 2 * o.dim;
  return sitesOf(o).flatMap((mu) => {
    const a = sandwich(off, part(mu - 1), part(mu + 1));
    const b = sandwich(sq, part(mu - 1), part(mu + 1));
    const c = sandwich(diag, part(mu), part(mu));
    const e = sandwich(sq, part(mu), part(mu));
    return [
      check(`(21a) ⟨ψ| µ=${mu}`, Math.hypot(a.re - b.re, a.im - b.im), tol(1), mu),
      check(`(21b ×${factor}) ⟨ψ| µ=${mu}`, Math.hypot(c.re - factor * e.re, c.im - factor * e.im), tol(factor), mu),
    ];
  });
}

/** Tr_ν{X} = Tr{P̂_νν X P̂_νν}, the block trace of (23) (real part; X Hermitian here); 0 outside the chain. */
export function blockTrace(o: DysonOperatorSet, x: ComplexMatrix, nu: number): number {
  if (nu < 1 || nu > o.sites) return 0;
  let s = 0;
  for (let k = 0; k < o.levels; k++) {
    const i = (nu - 1) * o.levels + k;
    s += x.re[i * o.dim + i];
  }
  return s;
}

/**
 * The HAM average (22)–(23) of the second-order Â_µ (13): Σ_ν (P_ν/n)·Tr_ν{Â_µ}, against (25) as
 * printed (Tr_µ the block trace of (23)) or corrected:
 * P_µ(τ) = P_µ − (P_µ/n)Tr_µ{(Û⁽¹⁾)²} + Σ_{ν=µ±1} (P_ν/n) Tr_ν{Û⁽¹⁾P̂_µµÛ⁽¹⁾}.
 * `pops` are the initial band populations P_ν = ⟨ψ_ν|ψ_ν⟩ (index ν−1).
 */
export function eq25(o: DysonOperatorSet, pops: readonly number[], variant: 'printed' | 'corrected'): Check[] {
  const n = o.levels;
  const sq = matMul(o.u1, o.u1);
  const pop = (nu: number) => (nu >= 1 && nu <= o.sites ? pops[nu - 1] : 0);
  // tol = n·expansionTol: block traces are n-term sums of entries each within expansionTol.
  const tol = n * expansionTol(o);
  return sitesOf(o).map((mu) => {
    const a = a13(o, mu);
    let ham = 0;
    for (let nu = 1; nu <= o.sites; nu++) ham += (pop(nu) / n) * blockTrace(o, a, nu);
    let formula: number;
    if (variant === 'printed') {
      formula =
        pop(mu) -
        2 * (pop(mu) / n) * blockTrace(o, sq, mu) +
        (pop(mu + 1) / n) * blockTrace(o, sq, mu + 1) +
        (pop(mu - 1) / n) * blockTrace(o, sq, mu - 1);
    } else {
      const hop = product(o.u1, o.proj(mu), o.u1);
      formula =
        pop(mu) -
        (pop(mu) / n) * blockTrace(o, sq, mu) +
        (pop(mu + 1) / n) * blockTrace(o, hop, mu + 1) +
        (pop(mu - 1) / n) * blockTrace(o, hop, mu - 1);
    }
    return check(`(25) ${variant} µ=${mu}`, Math.abs(ham - formula), tol, mu);
  });
}

/** Generic band populations P_ν ∝ ν (all distinct and non-zero), normalized: the (25) checks' initial state. */
export function linearPopulations(sites: number): number[] {
  const total = (sites * (sites + 1)) / 2;
  return Array.from({ length: sites }, (_, i) => (i + 1) / total);
}
