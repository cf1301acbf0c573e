import { blockTridiagonalOperator, type BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import type { Sector } from './transportModel.ts';

/**
 * One sector's Hamiltonian H_E as a {@link BlockTridiagonalOperator}: groups are the sub-bands, blocks
 * C_s = ⟨s|H|s+1⟩ rectangular (rows = size of sub-band s, cols = size of s + 1), so the shared matvec,
 * Gershgorin bounds and Chebyshev kernel of src/linalg and src/exact apply unchanged.
 */
export function sectorOperator(sector: Sector): BlockTridiagonalOperator {
  const sizes = sector.offsets.slice(1).map((o, s) => o - sector.offsets[s]);
  return blockTridiagonalOperator(
    sector.energies,
    sizes,
    sector.blocks.map((b) => b.re),
    sector.blocks.map((b) => b.im),
  );
}
