/**
 * Smallest and largest eigenvalue of a real symmetric tridiagonal matrix by Sturm-sequence bisection.
 *
 * @remarks
 * The number of eigenvalues below x equals the number of negative pivots of T − x (Sturm count);
 * bisection on the Gershgorin interval converges to within 4ε·max(|lo|, |hi|) in ≤ 120 halvings.
 * @param d - diagonal, length m; @param e - off-diagonal, length m − 1.
 */
export function symmetricTridiagonalExtremes(d: Float64Array, e: Float64Array): { min: number; max: number } {
  const m = d.length;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < m; i++) {
    const r = (i > 0 ? Math.abs(e[i - 1]) : 0) + (i < m - 1 ? Math.abs(e[i]) : 0);
    lo = Math.min(lo, d[i] - r);
    hi = Math.max(hi, d[i] + r);
  }
  const below = (x: number): number => {
    let count = 0;
    let q = 1;
    for (let i = 0; i < m; i++) {
      const off = i > 0 ? (e[i - 1] * e[i - 1]) / q : 0;
      q = d[i] - x - off;
      if (q === 0) q = -1e-300;
      if (q < 0) count++;
    }
    return count;
  };
  const bisect = (target: number): number => {
    // smallest x with below(x) ≥ target
    let a = lo;
    let b = hi;
    for (let it = 0; it < 200 && b - a > 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), 1e-300); it++) {
      const mid = 0.5 * (a + b);
      if (below(mid) >= target) b = mid;
      else a = mid;
    }
    return 0.5 * (a + b);
  };
  return { min: bisect(1), max: bisect(m) };
}
