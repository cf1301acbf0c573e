import type { BlockSparseOperator } from '../../exact/blockSparseOperator.ts';
import type { ChainModel } from '../modelSpec.ts';
import type { GeneralModel } from './generalModel.ts';

/**
 * The general model's Hamiltonian as a {@link BlockSparseOperator}: groups are the sites (n_µ levels),
 * diagonal E_µk, one block λ_b v_b = ⟨µ|H|ν⟩ per bond (the adjoint is implied).
 */
export function graphOperator(model: GeneralModel): BlockSparseOperator {
  return {
    dim: model.dim,
    diagonal: model.energies,
    offsets: model.offsets,
    blocks: model.bonds.map((b) => ({ row: b.a, col: b.b, re: b.re, im: b.im })),
  };
}

/**
 * The uniform chain as the existing {@link ChainModel} (same arrays, no copy), so it runs on the chain's
 * fast path bit for bit. The caller checks `isUniformChain` first.
 */
export function asChainModel(model: GeneralModel): ChainModel {
  const { spec } = model;
  return {
    sites: model.siteCount,
    levels: spec.sites[0].levels,
    bandWidth: spec.sites[0].bandWidth,
    gap: spec.gap,
    coupling: spec.bonds[0].coupling,
    ensemble: spec.ensemble,
    energies: model.energies,
    couplingRe: model.bonds.map((b) => b.re),
    couplingIm: model.bonds.map((b) => b.im),
  };
}
