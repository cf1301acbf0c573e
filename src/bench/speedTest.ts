import { permutationTest, wilcoxonRankSum } from 'simple-statistics';
import { Xoshiro128 } from '../model/rng/xoshiro128.ts';

/** Midranks (1-based, ties share their mean rank) of `values` within the pooled sample. */
function midranks(pooled: readonly number[]): number[] {
  const order = pooled.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(pooled.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return ranks;
}

/** One-sided Mann–Whitney U results for head against base. */
export interface MannWhitney {
  /** U of head: the number of (head, base) pairs with head > base (ties ½). */
  u: number;
  /** P-value of "head is slower" (head's samples tend to be larger). */
  pSlower: number;
  /** P-value of "head is faster". */
  pFaster: number;
}

/**
 * The Mann–Whitney U test of head against base timing samples, by a seeded permutation test on the
 * pooled midranks (simple-statistics' permutationTest; the difference of mean ranks is an affine function
 * of U, so this is the exact-in-the-limit permutation distribution of U, ties handled by midranks).
 *
 * @remarks `permutations` draws resolve p-values down to 1/permutations; the seed makes a comparison
 * reproducible. U comes from simple-statistics' wilcoxonRankSum (rank sum W of head, U = W − m(m+1)/2).
 */
export function mannWhitney(base: readonly number[], head: readonly number[], permutations: number, seed = 1): MannWhitney {
  const ranks = midranks([...head, ...base]);
  const rh = ranks.slice(0, head.length);
  const rb = ranks.slice(head.length);
  const rng = new Xoshiro128(seed);
  const random = () => rng.nextDouble();
  const m = head.length;
  const u = wilcoxonRankSum([...head], [...base]) - (m * (m + 1)) / 2;
  return {
    u,
    pSlower: permutationTest(rh, rb, 'greater', permutations, random),
    pFaster: permutationTest(rh, rb, 'less', permutations, random),
  };
}
