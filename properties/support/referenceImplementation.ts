import { dysonFirstOrder } from '../../src/dyson/firstOrderOperator.ts';
import { firstOrderBondTraces } from '../../src/dyson/firstOrderBondTrace.ts';
import { exactInteractionPropagator } from '../../src/dyson/interactionPropagator.ts';
import { splitSecondOrder } from '../../src/dyson/secondOrderDecomposition.ts';
import { dysonSecondOrder } from '../../src/dyson/secondOrderOperator.ts';
import { transitionOperator } from '../../src/dyson/transitionOperator.ts';
import { denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';
import type { Implementation, ModelSpec } from './implementation.ts';
import { referenceDynamics } from './referenceDynamics.ts';

/** hamcheck's own `src/` wired to the {@link Implementation} interface. */
export const referenceImplementation: Implementation = {
  ...referenceDynamics,
  name: 'hamcheck reference',
  async hamiltonian(spec) {
    const h = denseHamiltonian(build(spec));
    return { rows: h.rows, cols: h.cols, re: h.re, im: h.im };
  },
  async transitionOperator(sites, levels, mu, nu) {
    return transitionOperator(sites, levels, mu, nu);
  },
  async dysonOperators(spec, tau) {
    const model = build(spec);
    const second = dysonSecondOrder(model, tau);
    const parts = splitSecondOrder(second, model.sites, model.levels);
    return { first: dysonFirstOrder(model, tau), second, secondDiag: parts.diag, secondOff: parts.off };
  },
  async interactionPropagator(spec, tau) {
    return exactInteractionPropagator(build(spec), tau);
  },
  async bondTraces(spec, tau) {
    return Array.from(firstOrderBondTraces(build(spec), tau));
  },
};

function build(spec: ModelSpec) {
  return buildChainModel(validateModelSpec(spec));
}
