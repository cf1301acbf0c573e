import {
  type ComplexMatrix,
  adjoint,
  identityMatrix,
  linearCombination,
  matAdd,
  matMul,
  matSub,
  maxAbs,
  zeroMatrix,
} from '../../linalg/complexMatrix.ts';
import { dysonFirstOrder } from '../../dyson/firstOrderOperator.ts';
import { splitSecondOrder } from '../../dyson/secondOrderDecomposition.ts';
import { dysonSecondOrder } from '../../dyson/secondOrderOperator.ts';
import { transitionOperator } from '../../dyson/transitionOperator.ts';
import { buildChainModel } from '../../model/buildChainModel.ts';
import type { ChainModel, Ensemble } from '../../model/modelSpec.ts';
import { validateModelSpec } from '../../model/validateModelSpec.ts';

/** A counterexample frozen from fast-check's shrinking: explicit parameters, deterministic draw. */
export interface FrozenCase {
  sites: number;
  levels: number;
  coupling: number;
  tau: number;
  bandWidth: number;
  ensemble: Ensemble;
  seed: number;
}

/** The minimal case the property suites shrink to for the algebraic identities (grid minima). */
export const SMALLEST_GRID = { coupling: 0.025, tau: 0.25, bandWidth: 0.05, ensemble: 'GUE', seed: 0 } as const;

/** Same wording as the suites' failure messages (properties/arbitraries/chainModels.ts). */
export function describeFrozen(c: FrozenCase): string {
  return `N = ${c.sites}, n = ${c.levels}, λ = ${c.coupling}, τ = ${c.tau}, δε = ${c.bandWidth}, ${c.ensemble} seed ${c.seed}`;
}

export function frozenModel(c: FrozenCase): ChainModel {
  return buildChainModel(
    validateModelSpec({
      sites: c.sites,
      levels: c.levels,
      coupling: c.coupling,
      bandWidth: c.bandWidth,
      ensemble: c.ensemble,
      seed: c.seed,
    }),
  );
}

/** c·A for a complex scalar c = (re, im). */
export function scaled(a: ComplexMatrix, re: number, im = 0): ComplexMatrix {
  return linearCombination(re, im, a, 0, 0, a);
}

/**
 * The Dyson operators of a frozen case with the suites' boundary reading: P̂_νν for ν ∉ 1…N is the zero
 * operator. Tolerances mirror properties/dyson/support/identities.ts (same derivations).
 */
export class DysonCase {
  readonly c: FrozenCase;
  readonly dim: number;
  readonly u1: ComplexMatrix;
  readonly u2: ComplexMatrix;
  readonly u2diag: ComplexMatrix;
  readonly u2off: ComplexMatrix;
  readonly vMax: number;
  readonly omegaMax: number;

  constructor(c: FrozenCase) {
    this.c = c;
    const model = frozenModel(c);
    this.dim = c.sites * c.levels;
    this.u1 = dysonFirstOrder(model, c.tau);
    this.u2 = dysonSecondOrder(model, c.tau);
    const parts = splitSecondOrder(this.u2, c.sites, c.levels);
    this.u2diag = parts.diag;
    this.u2off = parts.off;
    let v = 0;
    model.couplingRe.forEach((re, k) => re.forEach((x, e) => (v = Math.max(v, Math.hypot(x, model.couplingIm[k][e])))));
    this.vMax = v;
    this.omegaMax = Math.max(...model.energies) - Math.min(...model.energies);
  }

  proj(mu: number): ComplexMatrix {
    if (mu < 1 || mu > this.c.sites) return zeroMatrix(this.dim);
    return transitionOperator(this.c.sites, this.c.levels, mu, mu);
  }

  /** P̂_µ−k + P̂_µ+k (zero outside the chain). */
  neighbours(mu: number, k: number): ComplexMatrix {
    return matAdd(this.proj(mu - k), this.proj(mu + k));
  }

  identity(): ComplexMatrix {
    return identityMatrix(this.dim);
  }

  /** 4·d·ε·max|X|: identities that only move blocks (0/1 factors). */
  blockTol(x: ComplexMatrix): number {
    return 4 * this.dim * Number.EPSILON * Math.max(maxAbs(x), Number.MIN_VALUE);
  }

  /** m(m + 32 + 4ω_max τ)·ε·(λ|v|max τ)², m = 2n: entries of Û⁽²⁾ + Û⁽²⁾† and (Û⁽¹⁾)². */
  secondOrderTol(): number {
    const m = 2 * this.c.levels;
    return m * (m + 32 + 4 * this.omegaMax * this.c.tau) * Number.EPSILON * (this.vMax * this.c.tau) ** 2;
  }

  /** 8·d·ε·(1 + s + s²)² + secondOrderTol, s = ‖Û⁽¹⁾‖_∞: second-order expansions of Â_µ. */
  expansionTol(): number {
    let s = 0;
    for (let i = 0; i < this.dim; i++) {
      let row = 0;
      for (let j = 0; j < this.dim; j++) row += Math.hypot(this.u1.re[i * this.dim + j], this.u1.im[i * this.dim + j]);
      s = Math.max(s, row);
    }
    return 8 * this.dim * Number.EPSILON * (1 + s + s * s) ** 2 + this.secondOrderTol();
  }

  /** Â_µ to second order, eq. (13), ħ = 1. */
  a13(mu: number): ComplexMatrix {
    const p = this.proj(mu);
    const { u1, u2 } = this;
    let a = p;
    a = matAdd(a, scaled(matMul(u1, p), 0, 1));
    a = matAdd(a, scaled(matMul(p, u1), 0, -1));
    a = matSub(a, matMul(p, u2));
    a = matSub(a, matMul(adjoint(u2), p));
    return matAdd(a, matMul(matMul(u1, p), u1));
  }

  /** Real block trace Tr_ν{X} of (23); 0 outside the chain. */
  blockTrace(x: ComplexMatrix, nu: number): number {
    if (nu < 1 || nu > this.c.sites) return 0;
    let s = 0;
    for (let k = 0; k < this.c.levels; k++) {
      const i = (nu - 1) * this.c.levels + k;
      s += x.re[i * this.dim + i];
    }
    return s;
  }
}

/** The largest residual over sites µ = 1 … N, with its site. */
export function worstSite(sites: number, residual: (mu: number) => number): { mu: number; delta: number } {
  let best = { mu: 1, delta: -1 };
  for (let mu = 1; mu <= sites; mu++) {
    const delta = residual(mu);
    if (delta > best.delta) best = { mu, delta };
  }
  return best;
}

export { adjoint, matAdd, matMul, matSub, maxAbs };
