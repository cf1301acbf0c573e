/**
 * Fetches the operators of one case from the implementation under test and provides the paper's
 * transition operators with the boundary reading used by every suite.
 *
 * @remarks
 * Boundary reading: the paper writes P̂_{µ±1,µ±1} and P̂_{µ±2,µ±2} in (17), (18), (20), (21) without
 * restricting µ; at the chain ends those subspaces do not exist. We read P̂_νν with ν ∉ 1…N as the
 * ZERO operator (equivalently: drop the term). This is the only reading under which the printed
 * expressions are defined for every µ = 1 … N, and it is the one under which (17) and (18) hold for the
 * shortest chains (N = 2 resp. N ≤ 4), so it gives the printed forms the benefit of the doubt.
 */
import type { ChainCase } from '../../arbitraries/chainModels.ts';
import type { Implementation } from '../../support/implementation.ts';
import { Mat, maxFrequency, maxOffDiagonal } from './algebra.ts';

export interface CaseOperators {
  sites: number;
  levels: number;
  dim: number;
  tau: number;
  h: Mat;
  u1: Mat;
  u2: Mat;
  u2diag: Mat;
  u2off: Mat;
  /** λ|v|max: largest coupling entry. */
  vMax: number;
  /** Largest Bohr frequency |E_a − E_b|. */
  omegaMax: number;
  /** P̂_µµ (1-based µ), zero outside 1…N. */
  proj(mu: number): Mat;
  /** P̂_µν (1-based), zero if either index is outside 1…N. */
  transition(mu: number, nu: number): Mat;
}

export async function caseOperators(impl: Implementation, c: ChainCase): Promise<CaseOperators> {
  const { sites, levels } = c.spec;
  const dim = sites * levels;
  const [hData, ops] = await Promise.all([impl.hamiltonian(c.spec), impl.dysonOperators(c.spec, c.tau)]);
  const cache = new Map<string, Mat>();
  // Fetch every in-range P̂_µν once (N ≤ 5 so at most 25).
  await Promise.all(
    Array.from({ length: sites * sites }, async (_, e) => {
      const mu = Math.floor(e / sites) + 1;
      const nu = (e % sites) + 1;
      cache.set(`${mu},${nu}`, Mat.from(await impl.transitionOperator(sites, levels, mu, nu)));
    }),
  );
  const zero = Mat.zero(dim);
  const transition = (mu: number, nu: number): Mat => cache.get(`${mu},${nu}`) ?? zero;
  const h = Mat.from(hData);
  return {
    sites,
    levels,
    dim,
    tau: c.tau,
    h,
    u1: Mat.from(ops.first),
    u2: Mat.from(ops.second),
    u2diag: Mat.from(ops.secondDiag),
    u2off: Mat.from(ops.secondOff),
    vMax: maxOffDiagonal(h),
    omegaMax: maxFrequency(h),
    proj: (mu) => transition(mu, mu),
    transition,
  };
}
