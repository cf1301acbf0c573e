import { propagate } from '../../src/exact/propagate.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { hamPopulations } from '../../src/ham/hamPopulations.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { criteria } from '../../src/model/criteria.ts';
import { dumpModel } from '../../src/model/dumpModel.ts';
import { initialState } from '../../src/model/initialState.ts';
import type { DynamicsImplementation } from './dynamicsImplementation.ts';

/** The hamcheck reference behind {@link DynamicsImplementation}. */
export const referenceDynamics: DynamicsImplementation = {
  name: 'hamcheck reference',
  // |‖a‖² − ‖b‖²| ≤ 2‖a − b‖ for unit vectors, with the Chebyshev state bound ‖δψ‖ ≤ 1e-12
  exactAccuracy: 2e-12,
  kappa: async (model) => decayConstant(model),
  criteria: async (model) => {
    const c = criteria(model);
    return { c1: c.c1, c2: c.c2 };
  },
  hamPopulations: async (p0, kappa, times) => hamPopulations(p0, kappa, times).map((p) => Array.from(p)),
  exactPopulations: async (model, initial, times) => {
    const chain = buildChainModel(model);
    const psi0 = initialState(initial, chain.sites, chain.levels);
    return propagate(chain, psi0, Float64Array.from(times)).populations.map((p) => Array.from(p));
  },
  explicitModel: async (model, initial) => {
    const chain = buildChainModel(model);
    const d = dumpModel(chain, initialState(initial, chain.sites, chain.levels));
    return { levels: d.levels, couplings: d.couplings, initial: d.initial };
  },
};
