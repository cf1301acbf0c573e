import { blockTridiagonalMatvec } from '../../linalg/blockTridiagonalMatvec.ts';
import { chainOperator } from '../../model/chainHamiltonian.ts';
import type { TaskKind } from '../benchTask.ts';
import { versionHash } from '../versionHash.ts';
import { benchChain, benchChainInputs } from './benchChain.ts';

/**
 * One block-tridiagonal product y ← (H − ΔE)x of the chain (3): 2(N−1)n² complex multiply-adds
 * ({@link blockTridiagonalMatvec}), so t ∝ N·n² for N ≫ 1 (the fit over N = 2 … 13 sees (N−1), a local
 * exponent ≈ 1.3 in N).
 */
export const matvecKind: TaskKind = {
  kind: 'matvec',
  expected: { levels: 2, sites: 1 },
  make(sites, levels, plan) {
    const inputs = benchChainInputs(sites, levels);
    let checksum = 0;
    return {
      id: `matvec N=${sites} n=${levels}`,
      kind: 'matvec',
      sizes: { sites, levels },
      version: versionHash(import.meta.url, inputs),
      plan,
      prepare() {
        const { model, psi0 } = benchChain(sites, levels);
        const op = chainOperator(model);
        const yRe = new Float64Array(op.dim);
        const yIm = new Float64Array(op.dim);
        return () => {
          blockTridiagonalMatvec(op, psi0.re, psi0.im, yRe, yIm, model.gap, 1, 0);
          checksum = yRe[0];
        };
      },
      details: () => ({ y0: checksum }),
    };
  },
};
