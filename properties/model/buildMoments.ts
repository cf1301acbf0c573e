/**
 * Tail bounds for the moment checks of a coupling draw, with a stated false-alarm probability.
 *
 * @remarks
 * Sample mean of M independent N(0, s²) values: exactly N(0, s²/M), so |mean| ≤ z·s/√M fails with
 * probability 2Φ(−z). Sample mean of M values |v|² with E|v|² = 1: GUE |v|² ~ Exp(1), so the mean is
 * Gamma(M, 1/M); GOE v² ~ χ²₁, the mean is Gamma(M/2, 2/M). For a Gamma(k, 1/k) mean the Chernoff bounds
 * P(mean ≥ 1 + a) ≤ e^{−k(a − ln(1+a))} and P(mean ≤ 1 − a) ≤ e^{−k(−a − ln(1−a))} are rigorous; the
 * band [1 − a₋, 1 + a₊] solves both for the stated probability by bisection.
 */

/** Two-sided z of the normal law for a false-alarm probability p (p = 1e-7 → 5.33); by bisection of erfc. */
export function normalZ(p: number): number {
  // Φ(−z) ≤ e^{−z²/2}/(z√(2π)) (Mills) is tight to 2 % at z ≥ 5; bisect the exact tail via erfc's continued fraction
  const tail = (z: number) => 0.5 * erfc(z / Math.SQRT2);
  let lo = 0;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (2 * tail(mid) > p) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** erfc(x) for x ≥ 0 by its Lentz continued fraction (x > 2) or series (x ≤ 2), relative error < 1e-13. */
function erfc(x: number): number {
  if (x <= 2) {
    // erf series: 2/√π Σ (−1)^k x^{2k+1}/(k!(2k+1))
    let sum = 0;
    let term = x;
    for (let k = 0; k < 200; k++) {
      sum += term / (2 * k + 1);
      term *= (-x * x) / (k + 1);
      if (Math.abs(term) < 1e-17) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = e^{−x²}/√π · 1/(x + 1/2/(x + 1/(x + 3/2/(x + …))))
  let f = x;
  for (let k = 60; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** [1 − a₋, 1 + a₊] holding a Gamma(k, 1/k) sample mean except with probability p on each side. */
export function gammaMeanBand(k: number, p: number): { low: number; high: number } {
  const target = Math.log(1 / p) / k;
  const solve = (rate: (a: number) => number, max: number) => {
    let lo = 0;
    let hi = max;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (rate(mid) < target) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  const up = solve((a) => a - Math.log1p(a), 1e6);
  const down = solve((a) => -a - Math.log1p(-a), 1 - 1e-15);
  return { low: 1 - down, high: 1 + up };
}
