import type { ChainModel } from '../model/modelSpec.ts';
import { fusedBlockRows } from './fusedBlockRows.ts';

/**
 * y ← α (H − c) x + β y for the block-tridiagonal chain Hamiltonian (3), without forming H.
 *
 * @remarks
 * (Hx)_µ = diag(E_µ) x_µ + B_µ x_{µ+1} + B_{µ−1}† x_{µ−1}. Cost 2(N−1)n² complex multiply-adds: each
 * block B_µ is read once, row by row, and serves both B_µ x_{µ+1} (a row dot product) and B_µ† x_µ
 * (a scatter along the same row), so the n×n block streams through the cache once per product
 * ({@link fusedBlockRows}).
 * `y` must not alias `x`.
 */
export function blockTridiagonalMatvec(
  model: ChainModel,
  xRe: Float64Array,
  xIm: Float64Array,
  yRe: Float64Array,
  yIm: Float64Array,
  shift: number,
  alpha: number,
  beta: number,
): void {
  const { sites: N, levels: n, energies } = model;
  const dim = N * n;
  for (let i = 0; i < dim; i++) {
    const d = alpha * (energies[i] - shift);
    yRe[i] = beta * yRe[i] + d * xRe[i];
    yIm[i] = beta * yIm[i] + d * xIm[i];
  }
  for (let mu = 0; mu < N - 1; mu++) {
    const top = mu * n;
    fusedBlockRows(model.couplingRe[mu], model.couplingIm[mu], 0, n, 0, n, alpha, xRe, xIm, top, top + n, yRe, yIm, top, yRe, yIm, top + n);
  }
}
