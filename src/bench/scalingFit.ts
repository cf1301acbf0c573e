import type { Exponent } from './benchRecord.ts';
import { studentTQuantile } from './studentT.ts';

/** One timed size: t seconds at N sites, n levels. */
export interface ScalingPoint {
  sites: number;
  levels: number;
  seconds: number;
}

/**
 * Least squares of log t = a + b_n log n + b_N log N over the points, with a two-sided `confidence`
 * interval per exponent from Student's t with m − p degrees of freedom (m points, p parameters):
 * b ± t_{(1+c)/2, m−p}·s·√((XᵀX)⁻¹)_bb, s² = RSS/(m − p).
 *
 * @remarks A regressor that is constant over the points (one n only, or n-independent tasks) is left
 * out and its exponent is null; with m ≤ p no interval exists and every exponent is null.
 */
export function fitScaling(points: readonly ScalingPoint[], confidence = 0.95): { levels: Exponent | null; sites: Exponent | null } {
  const none = { levels: null, sites: null };
  const vary = (f: (p: ScalingPoint) => number) => new Set(points.map(f)).size > 1;
  const cols: ('levels' | 'sites')[] = [];
  if (vary((p) => p.levels)) cols.push('levels');
  if (vary((p) => p.sites)) cols.push('sites');
  const m = points.length;
  const k = cols.length + 1;
  if (cols.length === 0 || m <= k) return none;
  const X = points.map((p) => [1, ...cols.map((c) => Math.log(p[c]))]);
  const y = points.map((p) => Math.log(p.seconds));
  const xtx = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => X.reduce((s, r) => s + r[i] * r[j], 0)));
  const inv = invert(xtx);
  if (!inv) return none;
  const xty = Array.from({ length: k }, (_, i) => X.reduce((s, r, q) => s + r[i] * y[q], 0));
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * xty[j], 0));
  const rss = X.reduce((s, r, q) => s + (y[q] - r.reduce((a, v, j) => a + v * beta[j], 0)) ** 2, 0);
  const dof = m - k;
  const half = studentTQuantile((1 + confidence) / 2, dof) * Math.sqrt(rss / dof);
  const out: { levels: Exponent | null; sites: Exponent | null } = { ...none };
  cols.forEach((c, i) => {
    const w = half * Math.sqrt(inv[i + 1][i + 1]);
    const standardError = Math.sqrt((rss / dof) * inv[i + 1][i + 1]);
    out[c] = { value: beta[i + 1], low: beta[i + 1] - w, high: beta[i + 1] + w, standardError, dof };
  });
  return out;
}

/** Gauss–Jordan inverse with partial pivoting; null when singular. */
function invert(a: number[][]): number[][] | null {
  const k = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) piv = r;
    if (Math.abs(m[piv][c]) < 1e-300) return null;
    [m[c], m[piv]] = [m[piv], m[c]];
    const d = m[c][c];
    for (let j = 0; j < 2 * k; j++) m[c][j] /= d;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r][c];
      for (let j = 0; j < 2 * k; j++) m[r][j] -= f * m[c][j];
    }
  }
  return m.map((row) => row.slice(k));
}
