import { type Check, largestResidual } from '../../checks/check.ts';
import { type DysonOperatorSet, dysonOperatorSet } from '../../checks/dyson/operatorSet.ts';
import { dysonFirstOrder } from '../../dyson/firstOrderOperator.ts';
import { splitSecondOrder } from '../../dyson/secondOrderDecomposition.ts';
import { dysonSecondOrder } from '../../dyson/secondOrderOperator.ts';
import { transitionOperator } from '../../dyson/transitionOperator.ts';
import { buildChainModel } from '../../model/buildChainModel.ts';
import { denseHamiltonian } from '../../model/chainHamiltonian.ts';
import type { ChainModel, Ensemble } from '../../model/modelSpec.ts';
import { validateModelSpec } from '../../model/validateModelSpec.ts';
import type { ErratumEvidence } from '../erratum.ts';

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

/**
 * The reference's Dyson operators of a frozen case, as the matrices the checks of src/checks/dyson/ take
 * (the same checks the property suites run on an implementation under test).
 */
export function frozenOperators(c: FrozenCase): DysonOperatorSet {
  const model = frozenModel(c);
  const u2 = dysonSecondOrder(model, c.tau);
  const parts = splitSecondOrder(u2, c.sites, c.levels);
  return dysonOperatorSet({
    sites: c.sites,
    levels: c.levels,
    tau: c.tau,
    h: denseHamiltonian(model),
    u1: dysonFirstOrder(model, c.tau),
    u2,
    u2diag: parts.diag,
    u2off: parts.off,
    transition: (mu, nu) => transitionOperator(c.sites, c.levels, mu, nu),
  });
}

/**
 * Evidence from the per-site checks of the printed and the corrected form on one frozen case: the largest
 * residual of each, the worst site of the printed form, and the printed form's tolerance.
 */
export function evidenceFromChecks(
  c: FrozenCase,
  printed: readonly Check[],
  corrected: readonly Check[],
  toleranceDerivation: string,
  context: { before?: string; after?: string } = {},
): ErratumEvidence {
  const p = largestResidual(printed);
  return {
    counterexample: `${describeFrozen(c)}; ${context.before ?? ''}worst site µ = ${p.site}${context.after ?? ''}`,
    printedResidual: p.delta,
    correctedResidual: largestResidual(corrected).delta,
    tolerance: p.tol,
    toleranceDerivation,
  };
}
