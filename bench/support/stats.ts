/** Small statistics helpers of the benchmarks. */

/** Median of a non-empty list (mean of the two middle values for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * max over times j and sites µ of |a[j][µ] − b[j][µ]|. Both must have the same shape; a mismatch
 * gives Infinity (so it can never pass for agreement), never a silent partial comparison.
 */
export function maxAbsDifference(a: readonly ArrayLike<number>[], b: readonly ArrayLike<number>[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let j = 0; j < a.length; j++) {
    if (a[j].length !== b[j].length) return Number.POSITIVE_INFINITY;
    for (let mu = 0; mu < a[j].length; mu++) {
      const d = Math.abs(a[j][mu] - b[j][mu]);
      if (Number.isNaN(d)) return Number.NaN;
      if (d > worst) worst = d;
    }
  }
  return worst;
}

/** max over times of |Σ_µ P_µ(t_j) − 1|: how far the populations drift from a unit norm. */
export function maxNormDeviation(populations: readonly ArrayLike<number>[]): number {
  let worst = 0;
  for (const row of populations) {
    let s = 0;
    for (let mu = 0; mu < row.length; mu++) s += row[mu];
    const d = Math.abs(s - 1);
    if (Number.isNaN(d)) return Number.NaN;
    if (d > worst) worst = d;
  }
  return worst;
}
