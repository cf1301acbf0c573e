import { type ComplexMatrix, zeroMatrix } from '../linalg/complexMatrix.ts';

/**
 * The transition operator P̂_µν of the single-excitation subspace: the n×n unit block at block position
 * (µ, ν), zeros elsewhere; P̂_µµ is the projector onto the band of subunit µ.
 *
 * @remarks
 * Paper Sec. II, eqs. (4)–(5): P̂_µν P̂_µ′ν′ = δ_νµ′ P̂_µν′. Sites are 1-based as in the paper
 * (1 ≤ µ, ν ≤ N); the dimension is N·n with basis |µ, k⟩ at index (µ−1)·n + k. Operators the paper
 * writes with an index outside 1…N (P̂_{µ±1}, P̂_{µ±2} at the chain ends) do not exist; callers that
 * read them as the zero operator must do so explicitly — this function refuses them.
 * @throws RangeError when µ or ν is outside 1…N.
 */
export function transitionOperator(sites: number, levels: number, mu: number, nu: number): ComplexMatrix {
  for (const [name, v] of [
    ['µ', mu],
    ['ν', nu],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > sites) {
      throw new RangeError(`transitionOperator: ${name} = ${v} outside 1…${sites}`);
    }
  }
  const dim = sites * levels;
  const out = zeroMatrix(dim);
  for (let k = 0; k < levels; k++) out.re[((mu - 1) * levels + k) * dim + (nu - 1) * levels + k] = 1;
  return out;
}
