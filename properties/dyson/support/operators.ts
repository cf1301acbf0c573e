/**
 * The matrices of one chain case, split by who computes them: the Dyson operators Û⁽¹⁾ (9), Û⁽²⁾ (10)
 * and the split (16) come from the implementation under test (capability `dyson.operators`); the dense
 * Ĥ (3), (6), (7) and the transition operators P̂_µν (4)–(5) the suite computes itself with hamcheck's own
 * code from the explicit arrays it sent. The set feeds the checks of src/checks/dyson/ (which apply the
 * boundary reading P̂_νν = 0 for ν ∉ 1 … N, see operatorSet.ts).
 */
import { type DysonOperatorSet, dysonOperatorSet, toComplexMatrix } from '../../../src/checks/dyson/operatorSet.ts';
import { transitionOperator } from '../../../src/dyson/transitionOperator.ts';
import type { ComplexMatrix } from '../../../src/linalg/complexMatrix.ts';
import { denseHamiltonian } from '../../../src/model/chainHamiltonian.ts';
import type { ChainModel } from '../../../src/model/modelSpec.ts';
import type { WireModel } from '../../../src/protocol/capabilities.ts';
import { type Implementation, request } from '../../../src/protocol/implementation.ts';
import { chainOfWireModel } from '../../../src/protocol/reference/wireModel.ts';
import type { ChainCase } from '../../arbitraries/chainModels.ts';
import { wireModel } from '../../framework/suiteInputs.ts';

export type { DysonOperatorSet as CaseOperators };

/** The model of a case as sent: a seeded spec with hamcheck's arrays, or the case's own explicit arrays. */
export function caseWireModel(c: ChainCase): WireModel {
  const { explicit, ...params } = c.spec;
  return explicit ? { ...params, explicit: { levels: explicit.levels, couplings: explicit.couplings } } : wireModel(params);
}

/** The chain the suite's oracles are computed on: exactly the arrays of {@link caseWireModel}. */
export function caseChain(model: WireModel): ChainModel {
  return chainOfWireModel(model);
}

/** Asks the implementation for Û⁽¹⁾, Û⁽²⁾, Û⁽²⁾_diag, Û⁽²⁾_off of a case; Ĥ and P̂_µν are the suite's own. */
export async function caseOperators(impl: Implementation, c: ChainCase): Promise<DysonOperatorSet> {
  const { sites, levels } = c.spec;
  const model = caseWireModel(c);
  const ops = await request(impl, 'dyson.operators', { model, tau: c.tau });
  const cache = new Map<number, ComplexMatrix>();
  return dysonOperatorSet({
    sites,
    levels,
    tau: c.tau,
    h: denseHamiltonian(caseChain(model)),
    u1: toComplexMatrix(ops.first),
    u2: toComplexMatrix(ops.second),
    u2diag: toComplexMatrix(ops.secondDiag),
    u2off: toComplexMatrix(ops.secondOff),
    // in-range only (dysonOperatorSet reads the rest as zero); built once per (µ, ν) on first use
    transition: (mu, nu) => {
      const key = (mu - 1) * sites + (nu - 1);
      let p = cache.get(key);
      if (!p) cache.set(key, (p = transitionOperator(sites, levels, mu, nu)));
      return p;
    },
  });
}
