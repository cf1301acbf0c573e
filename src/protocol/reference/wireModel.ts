/**
 * Between the protocol's wire models and the reference's {@link ChainModel}.
 *
 * @remarks
 * A wire model carries its parameters and (except for `model.build`) its explicit arrays. The arrays
 * define the Hamiltonian; the parameters say where they came from (κ and the criteria use λ, n, δε).
 */
import { buildChainModel } from '../../model/buildChainModel.ts';
import { dumpModel } from '../../model/dumpModel.ts';
import type { ChainModel, ModelSpec } from '../../model/modelSpec.ts';
import type { WireExplicit, WireModel } from '../capabilities.ts';

/** The chain the arrays of a wire model define (the seeded draw when it has none). */
export function chainOfWireModel(model: WireModel): ChainModel {
  const { explicit, ...params } = model;
  const spec: ModelSpec = explicit ? { ...params, explicit: { levels: explicit.levels, couplings: explicit.couplings } } : params;
  return buildChainModel(spec);
}

/** The reference generator's explicit arrays of a seeded model, as plain JSON. */
export function explicitOfChain(chain: ChainModel): WireExplicit {
  const dump = dumpModel(chain, { re: new Float64Array(chain.sites * chain.levels), im: new Float64Array(chain.sites * chain.levels) });
  return { levels: dump.levels, couplings: dump.couplings };
}

/** A seeded model spec sent with the reference generator's arrays (what a suite sends). */
export function wireModelOf(spec: Omit<WireModel, 'explicit'>): WireModel {
  return { ...spec, explicit: explicitOfChain(buildChainModel(spec)) };
}
