import { blockTridiagonalOperator, type BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import type { ComplexMatrix } from '../linalg/complexMatrix.ts';
import { denseBlockTridiagonal } from '../linalg/denseBlockTridiagonal.ts';
import type { ChainModel } from './modelSpec.ts';

/**
 * The chain Hamiltonian (3) in the single-excitation subspace as a {@link BlockTridiagonalOperator}:
 * N groups of n levels, diagonal E_µk, blocks C_µ = B_µ = λ v_µ,µ+1 (7).
 *
 * @remarks The model layer's adapter onto src/linalg, which knows nothing of chains.
 */
export function chainOperator(model: ChainModel, alloc?: (length: number) => Float64Array): BlockTridiagonalOperator {
  return blockTridiagonalOperator(model.energies, new Array(model.sites).fill(model.levels), model.couplingRe, model.couplingIm, alloc);
}

/**
 * The chain Hamiltonian (3) as a dense (Nn)×(Nn) Hermitian {@link ComplexMatrix}, basis |µ, k⟩ at
 * µ·n + k (0-based µ).
 *
 * @remarks For the eigen propagator, the Dyson operators and the test oracles only: memory 16(Nn)² bytes.
 */
export function denseHamiltonian(model: ChainModel): ComplexMatrix {
  return denseBlockTridiagonal(chainOperator(model));
}
