import type { ChainModel } from '../model/modelSpec.ts';

/**
 * The chain Hamiltonian as a dense (Nn)×(Nn) Hermitian matrix, row-major `{re, im}`.
 *
 * @remarks
 * For the eigen propagator, the Dyson operators and the test oracles only: memory 16(Nn)² bytes.
 * The exact-dynamics hot path uses {@link blockTridiagonalMatvec} instead.
 */
export function denseHamiltonian(model: ChainModel): { re: Float64Array; im: Float64Array; dim: number } {
  const { sites: N, levels: n } = model;
  const dim = N * n;
  const re = new Float64Array(dim * dim);
  const im = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i++) re[i * dim + i] = model.energies[i];
  for (let mu = 0; mu < N - 1; mu++) {
    const bRe = model.couplingRe[mu];
    const bIm = model.couplingIm[mu];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const r = mu * n + i;
        const c = (mu + 1) * n + j;
        re[r * dim + c] = bRe[i * n + j];
        im[r * dim + c] = bIm[i * n + j];
        re[c * dim + r] = bRe[i * n + j];
        im[c * dim + r] = -bIm[i * n + j];
      }
    }
  }
  return { re, im, dim };
}
