/**
 * Fetches the matrices of one case from the implementation under test and hands them to the checks of
 * src/checks/dyson/ (which apply the boundary reading P̂_νν = 0 for ν ∉ 1 … N, see operatorSet.ts).
 */
import { type DysonOperatorSet, dysonOperatorSet, toComplexMatrix } from '../../../src/checks/dyson/operatorSet.ts';
import type { ComplexMatrix } from '../../../src/linalg/complexMatrix.ts';
import type { ChainCase } from '../../arbitraries/chainModels.ts';
import type { Implementation } from '../../support/implementation.ts';

export type { DysonOperatorSet as CaseOperators };

export async function caseOperators(impl: Implementation, c: ChainCase): Promise<DysonOperatorSet> {
  const { sites, levels } = c.spec;
  const [hData, ops] = await Promise.all([impl.hamiltonian(c.spec), impl.dysonOperators(c.spec, c.tau)]);
  const cache = new Map<string, ComplexMatrix>();
  // Fetch every in-range P̂_µν once (N ≤ 5 so at most 25).
  await Promise.all(
    Array.from({ length: sites * sites }, async (_, e) => {
      const mu = Math.floor(e / sites) + 1;
      const nu = (e % sites) + 1;
      cache.set(`${mu},${nu}`, toComplexMatrix(await impl.transitionOperator(sites, levels, mu, nu)));
    }),
  );
  return dysonOperatorSet({
    sites,
    levels,
    tau: c.tau,
    h: toComplexMatrix(hData),
    u1: toComplexMatrix(ops.first),
    u2: toComplexMatrix(ops.second),
    u2diag: toComplexMatrix(ops.secondDiag),
    u2off: toComplexMatrix(ops.secondOff),
    transition: (mu, nu) => cache.get(`${mu},${nu}`)!,
  });
}
