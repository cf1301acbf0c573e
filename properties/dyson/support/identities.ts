/**
 * The paper's operator identities as residual checks, printed and corrected, over every site µ.
 *
 * @remarks
 * ħ = 1 throughout, so a printed prefactor i/ħ and a correct 1/ħ² differ by the factor i and are still
 * told apart. P̂_νν with ν outside 1 … N is the zero operator (see operators.ts). Each function returns
 * one {@link Check} per site; a form "holds" for a model when all its checks hold.
 */
import type { Mat } from './algebra.ts';
import type { CaseOperators } from './operators.ts';
import { type Check, EPS, check } from './tolerance.ts';

const sites = (o: CaseOperators): number[] => Array.from({ length: o.sites }, (_, i) => i + 1);

/** max |row sum| of |A|: the ∞-norm, bounding every entry of a product it takes part in. */
export function rowSumNorm(a: Mat): number {
  let best = 0;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += Math.hypot(a.re[i * a.cols + j], a.im[i * a.cols + j]);
    best = Math.max(best, s);
  }
  return best;
}

/**
 * Tolerance for identities that only move blocks around (products with the 0/1 matrices P̂):
 * tol = 4·d·ε·max|X| — each entry of P̂X or XP̂ is a d-term sum with 0/1 factors (at most one of them
 * non-zero, so it is in fact exact); 4dε·max|X| covers any summation order.
 */
export function blockTol(o: CaseOperators, x: Mat): number {
  return 4 * o.dim * EPS * Math.max(x.maxAbs(), Number.MIN_VALUE);
}

/**
 * Tolerance for Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)² entrywise: tol = m·(m + 32 + 4·ω_max τ)·ε·(λ|v|max·τ)², m = 2n.
 * Each entry on either side is a sum over m ≤ 2n intermediate states of terms bounded by
 * (λ|v|max τ)² (|g| ≤ τ, |h| ≤ τ²/2); a term carries ≤ 16ε from h, 2×4ε from the two g's and 3ε from
 * products (≤ 27ε, rounded up to 32ε), plus ≤ 4ε·ω_max τ from rounding of the phases ωτ; recursive
 * summation of m terms adds ≤ mε per term.
 */
export function secondOrderTol(o: CaseOperators): number {
  const m = 2 * o.levels;
  return m * (m + 32 + 4 * o.omegaMax * o.tau) * EPS * (o.vMax * o.tau) ** 2;
}

/**
 * Tolerance for comparing second-order expansions of Â_µ (13), (20): tol = 8·d·ε·(1 + s + s²)²,
 * s = ‖Û⁽¹⁾‖_∞. Every term is a product of ≤ 3 factors among 1, P̂, Û⁽¹⁾ (‖·‖_∞ ≤ s) and Û⁽²⁾
 * (‖·‖_∞ ≤ s²/2, plus its own evaluation error from secondOrderTol ≤ this), so each entry is bounded by
 * (1 + s + s²)², and each d-term product adds ≤ dε relative; 8 covers ≤ 2 products per term and the
 * ≤ 4 additions of terms.
 */
export function expansionTol(o: CaseOperators): number {
  const s = rowSumNorm(o.u1);
  return 8 * o.dim * EPS * (1 + s + s * s) ** 2 + secondOrderTol(o);
}

// ---------------------------------------------------------------- (5)

/** (5): P̂_{µ+1,µ}P̂_{µ,µ} = P̂_{µ+1,µ+1}P̂_{µ+1,µ}, µ = 1 … N−1. */
export function eq5(o: CaseOperators): Check[] {
  return sites(o)
    .slice(0, -1)
    .map((mu) => {
      const lhs = o.transition(mu + 1, mu).mul(o.proj(mu));
      const rhs = o.proj(mu + 1).mul(o.transition(mu + 1, mu));
      // tol = d·ε: entries are d-term sums of 0/1 products, exact in floating point.
      return check(`(5) µ=${mu}`, lhs.sub(rhs).maxAbs(), o.dim * EPS);
    });
}

/** The general rule behind (5): P̂_µν P̂_µ′ν′ = δ_νµ′ P̂_µν′ for all in-range indices. */
export function transitionAlgebra(o: CaseOperators): Check[] {
  const out: Check[] = [];
  const idx = sites(o);
  for (const a of idx)
    for (const b of idx)
      for (const c of idx)
        for (const e of idx) {
          const lhs = o.transition(a, b).mul(o.transition(c, e));
          const rhs = b === c ? o.transition(a, e) : lhs.scale(0);
          // tol = d·ε: exact 0/1 arithmetic.
          out.push(check(`P(${a},${b})P(${c},${e})`, lhs.sub(rhs).maxAbs(), o.dim * EPS));
        }
  return out;
}

// ---------------------------------------------------------------- (14)–(16): block structure

/** Largest entry of X in blocks (µ, ν) with |µ − ν| ∉ allowed. */
export function outsideBlocks(o: CaseOperators, x: Mat, allowed: number[]): number {
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
export function blockStructure(o: CaseOperators): Check[] {
  // Entries outside the pattern are never written by a correct implementation: tol = 0.
  return [
    check('(14) Û⁽¹⁾ outside blocks (µ, µ±1)', outsideBlocks(o, o.u1, [1]), 0),
    check('(15) Û⁽²⁾ outside blocks (µ, µ), (µ, µ±2)', outsideBlocks(o, o.u2, [0, 2]), 0),
    check('(16) Û⁽²⁾_diag outside blocks (µ, µ)', outsideBlocks(o, o.u2diag, [0]), 0),
    check('(16) Û⁽²⁾_off outside blocks (µ, µ±2)', outsideBlocks(o, o.u2off, [2]), 0),
    // tol = 2ε·max|Û⁽²⁾|: one addition, in fact exact as the parts have disjoint support.
    check('(16) Û⁽²⁾ − Û⁽²⁾_diag − Û⁽²⁾_off', o.u2.sub(o.u2diag).sub(o.u2off).maxAbs(), 2 * EPS * o.u2.maxAbs()),
  ];
}

// ---------------------------------------------------------------- exact algebra

/** Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)²: ∫∫_{t″<t′} + ∫∫_{t″>t′} is the full square ∫∫ V̂(t′)V̂(t″). */
export function secondOrderSum(o: CaseOperators): Check[] {
  const delta = o.u2.add(o.u2.adjoint()).sub(o.u1.mul(o.u1)).maxAbs();
  return [check('Û⁽²⁾ + Û⁽²⁾† − (Û⁽¹⁾)²', delta, secondOrderTol(o))];
}

/** Û⁽¹⁾ = Û⁽¹⁾† (remark after (13)). */
export function firstOrderHermitian(o: CaseOperators): Check[] {
  // tol = 8ε·λ|v|max·τ: the two mirrored entries are each within 4ε·|v|τ of the exact value.
  return [check('Û⁽¹⁾ − Û⁽¹⁾†', o.u1.sub(o.u1.adjoint()).maxAbs(), 8 * EPS * o.vMax * o.tau)];
}

// ---------------------------------------------------------------- (17)

/** (17) as printed: Û⁽¹⁾P̂_µµ = (P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1})Û⁽¹⁾. */
export function eq17Printed(o: CaseOperators): Check[] {
  return sites(o).map((mu) => {
    const lhs = o.u1.mul(o.proj(mu));
    const rhs = o.proj(mu - 1).add(o.proj(mu + 1)).mul(o.u1);
    return check(`(17) printed µ=${mu}`, lhs.sub(rhs).maxAbs(), blockTol(o, o.u1));
  });
}

/** (17) with P̂ on the other side: P̂_µµÛ⁽¹⁾ = Û⁽¹⁾(P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1}) — fails as well. */
export function eq17OtherSide(o: CaseOperators): Check[] {
  return sites(o).map((mu) => {
    const lhs = o.proj(mu).mul(o.u1);
    const rhs = o.u1.mul(o.proj(mu - 1).add(o.proj(mu + 1)));
    return check(`(17) mirrored µ=${mu}`, lhs.sub(rhs).maxAbs(), blockTol(o, o.u1));
  });
}

/** (17) corrected: Û⁽¹⁾P̂_µµ = (P̂_{µ−1,µ−1} + P̂_{µ+1,µ+1})Û⁽¹⁾P̂_µµ, and its adjoint form. */
export function eq17Corrected(o: CaseOperators): Check[] {
  return sites(o).flatMap((mu) => {
    const nb = o.proj(mu - 1).add(o.proj(mu + 1));
    const right = o.u1.mul(o.proj(mu)).sub(nb.mul(o.u1).mul(o.proj(mu)));
    const left = o.proj(mu).mul(o.u1).sub(o.proj(mu).mul(o.u1).mul(nb));
    return [
      check(`(17) corrected µ=${mu}`, right.maxAbs(), blockTol(o, o.u1)),
      check(`(17) corrected, adjoint form µ=${mu}`, left.maxAbs(), blockTol(o, o.u1)),
    ];
  });
}

// ---------------------------------------------------------------- (18), (19)

/** (18) as printed: P̂_µµÛ⁽²⁾_off = Û⁽²⁾_off(P̂_{µ+2,µ+2} + P̂_{µ−2,µ−2}). */
export function eq18Printed(o: CaseOperators): Check[] {
  return sites(o).map((mu) => {
    const lhs = o.proj(mu).mul(o.u2off);
    const rhs = o.u2off.mul(o.proj(mu + 2).add(o.proj(mu - 2)));
    return check(`(18) printed µ=${mu}`, lhs.sub(rhs).maxAbs(), blockTol(o, o.u2off));
  });
}

/** (18) corrected: P̂_µµÛ⁽²⁾_off = P̂_µµÛ⁽²⁾_off(P̂_{µ+2,µ+2} + P̂_{µ−2,µ−2}), and the mirrored form. */
export function eq18Corrected(o: CaseOperators): Check[] {
  return sites(o).flatMap((mu) => {
    const nb = o.proj(mu + 2).add(o.proj(mu - 2));
    const left = o.proj(mu).mul(o.u2off).sub(o.proj(mu).mul(o.u2off).mul(nb));
    const right = o.u2off.mul(o.proj(mu)).sub(nb.mul(o.u2off).mul(o.proj(mu)));
    return [
      check(`(18) corrected µ=${mu}`, left.maxAbs(), blockTol(o, o.u2off)),
      check(`(18) corrected, mirrored µ=${mu}`, right.maxAbs(), blockTol(o, o.u2off)),
    ];
  });
}

/** (19): P̂_µµÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µµ. */
export function eq19(o: CaseOperators): Check[] {
  return sites(o).map((mu) => {
    const d = o.proj(mu).mul(o.u2diag).sub(o.u2diag.mul(o.proj(mu))).maxAbs();
    return check(`(19) µ=${mu}`, d, blockTol(o, o.u2diag));
  });
}

// ---------------------------------------------------------------- (13), (20)

/** D̂ = 1̂ − iÛ⁽¹⁾ − Û⁽²⁾, eq. (8). */
function dysonD(o: CaseOperators): Mat {
  return o.u1.scale(0, -1).sub(o.u2).add(identity(o));
}

function identity(o: CaseOperators): Mat {
  let m = o.proj(1);
  for (let mu = 2; mu <= o.sites; mu++) m = m.add(o.proj(mu));
  return m;
}

/** Â_µ to second order as printed in (13) (ħ = 1). */
export function a13(o: CaseOperators, mu: number): Mat {
  const p = o.proj(mu).mul(o.proj(mu));
  return p
    .add(o.u1.mul(p).scale(0, 1))
    .add(p.mul(o.u1).scale(0, -1))
    .sub(p.mul(o.u2))
    .sub(o.u2.adjoint().mul(p))
    .add(o.u1.mul(p).mul(o.u1));
}

/**
 * (13): D̂†P̂_µµD̂ − Â_µ equals exactly the dropped higher orders −iÛ⁽¹⁾P̂Û⁽²⁾ + iÛ⁽²⁾†P̂Û⁽¹⁾ + Û⁽²⁾†P̂Û⁽²⁾.
 */
export function eq13(o: CaseOperators): Check[] {
  const d = dysonD(o);
  return sites(o).map((mu) => {
    const p = o.proj(mu);
    const full = d.adjoint().mul(p).mul(d);
    const higher = o.u1
      .mul(p)
      .mul(o.u2)
      .scale(0, -1)
      .add(o.u2.adjoint().mul(p).mul(o.u1).scale(0, 1))
      .add(o.u2.adjoint().mul(p).mul(o.u2));
    return check(`(13) µ=${mu}`, full.sub(a13(o, mu)).sub(higher).maxAbs(), expansionTol(o));
  });
}

/** Which version of (20) to assemble. */
export type Eq20Variant = 'printed' | 'prefactors-fixed' | 'corrected';

/**
 * Â_µ as in (20). 'printed': lines 4–8 carry ±i/ħ and lines 4–5 have (Û⁽¹⁾)²; 'prefactors-fixed':
 * +1/ħ² on lines 4–5 and −1/ħ² on lines 6–8, still (Û⁽¹⁾)²; 'corrected': additionally Û⁽¹⁾P̂_µµÛ⁽¹⁾.
 */
export function a20(o: CaseOperators, mu: number, variant: Eq20Variant): Mat {
  const p = o.proj(mu);
  const nb1 = o.proj(mu - 1).add(o.proj(mu + 1));
  const nb2 = o.proj(mu - 2).add(o.proj(mu + 2));
  // second-order prefactors of lines 4–5 (+) and 6–8 (−): i as printed, 1 when fixed
  const [pr, pi] = variant === 'printed' ? [0, 1] : [1, 0];
  const middle = variant === 'corrected' ? o.u1.mul(p).mul(o.u1) : o.u1.mul(o.u1);
  return p
    .add(nb1.mul(o.u1).mul(p).scale(0, 1))
    .add(p.mul(o.u1).mul(nb1).scale(0, -1))
    .add(nb1.mul(middle).mul(nb1).scale(pr, pi))
    .add(p.mul(o.u2diag.add(o.u2diag.adjoint())).mul(p).scale(-pr, -pi))
    .add(p.mul(o.u2off).mul(nb2).scale(-pr, -pi))
    .add(nb2.mul(o.u2off.adjoint()).mul(p).scale(-pr, -pi));
}

/** (20) in the given variant against (13). */
export function eq20(o: CaseOperators, variant: Eq20Variant): Check[] {
  return sites(o).map((mu) =>
    check(`(20) ${variant} µ=${mu}`, a20(o, mu, variant).sub(a13(o, mu)).maxAbs(), expansionTol(o)),
  );
}

// ---------------------------------------------------------------- (21)

/**
 * (21), first line, as a block identity: P̂_{µ−1}(Û⁽²⁾_off + Û⁽²⁾_off†)P̂_{µ+1} = P̂_{µ−1}(Û⁽¹⁾)²P̂_{µ+1}.
 * Equality of these blocks is equivalent to the printed ⟨ψ_{µ−1}|…|ψ_{µ+1}⟩ form for all ψ.
 */
export function eq21OffDiagonal(o: CaseOperators): Check[] {
  const sq = o.u1.mul(o.u1);
  const s = o.u2off.add(o.u2off.adjoint());
  return sites(o).map((mu) => {
    const l = o.proj(mu - 1);
    const r = o.proj(mu + 1);
    return check(`(21a) µ=${mu}`, l.mul(s).mul(r).sub(l.mul(sq).mul(r)).maxAbs(), secondOrderTol(o));
  });
}

/** (21), second line, with factor `factor` (printed: 2; corrected: 1), as a block identity. */
export function eq21Diagonal(o: CaseOperators, factor: number): Check[] {
  const sq = o.u1.mul(o.u1);
  const s = o.u2diag.add(o.u2diag.adjoint());
  return sites(o).map((mu) => {
    const p = o.proj(mu);
    const d = p.mul(s).mul(p).sub(p.mul(sq).mul(p).scale(factor)).maxAbs();
    return check(`(21b ×${factor}) µ=${mu}`, d, factor * secondOrderTol(o));
  });
}

/** The scalar form of (21) for one state ψ: line (a) and line (b) with the given factor. */
export function eq21Scalar(o: CaseOperators, psi: { re: Float64Array; im: Float64Array }, factor: number): Check[] {
  const sq = o.u1.mul(o.u1);
  const off = o.u2off.add(o.u2off.adjoint());
  const diag = o.u2diag.add(o.u2diag.adjoint());
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
  return sites(o).flatMap((mu) => {
    const a = off.sandwich(part(mu - 1), part(mu + 1));
    const b = sq.sandwich(part(mu - 1), part(mu + 1));
    const c = diag.sandwich(part(mu), part(mu));
    const e = sq.sandwich(part(mu), part(mu));
    return [
      check(`(21a) ⟨ψ| µ=${mu}`, Math.hypot(a.re - b.re, a.im - b.im), tol(1)),
      check(`(21b ×${factor}) ⟨ψ| µ=${mu}`, Math.hypot(c.re - factor * e.re, c.im - factor * e.im), tol(factor)),
    ];
  });
}

// ---------------------------------------------------------------- (23)–(25)

/** Tr_ν{X} = Tr{P̂_νν X P̂_νν}, the block trace of (23) (real part; X Hermitian here). */
export function blockTrace(o: CaseOperators, x: Mat, nu: number): number {
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
export function eq25(o: CaseOperators, pops: number[], variant: 'printed' | 'corrected'): Check[] {
  const n = o.levels;
  const sq = o.u1.mul(o.u1);
  const pop = (nu: number) => (nu >= 1 && nu <= o.sites ? pops[nu - 1] : 0);
  // tol = n·expansionTol: block traces are n-term sums of entries each within expansionTol.
  const tol = n * expansionTol(o);
  return sites(o).map((mu) => {
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
      const hop = o.u1.mul(o.proj(mu)).mul(o.u1);
      formula =
        pop(mu) -
        (pop(mu) / n) * blockTrace(o, sq, mu) +
        (pop(mu + 1) / n) * blockTrace(o, hop, mu + 1) +
        (pop(mu - 1) / n) * blockTrace(o, hop, mu - 1);
    }
    return check(`(25) ${variant} µ=${mu}`, Math.abs(ham - formula), tol);
  });
}
