import type { ModelSpec } from '../model/modelSpec.ts';
import { fig4Ensemble } from './fig4Ensemble.ts';
import { studentTQuantile } from '../bench/studentT.ts';

/** Two-sided confidence of the Fig. 5 slope interval. */
export const FIG5_CONFIDENCE = 0.95;

/** One point of Fig. 5: the exact Haar average of D²₁ (33) over all initial band-1 states. */
export interface Fig5Point {
  sites: number;
  levels: number;
  coupling: number;
  c1: number;
  c2: number;
  d2: number;
}

/** Fig. 5: E[D²₁] against n at fixed c₁ (log–log slope with its interval), and against N (inset). */
export interface Fig5Result {
  againstN: Fig5Point[];
  againstSites: Fig5Point[];
  /** Least-squares slope of ln D² on ln n, its standard error and the {@link FIG5_CONFIDENCE} interval (Student t, k − 2 dof). */
  slope: number;
  slopeStandardError: number;
  slopeInterval: [number, number];
  seconds: number;
}


/** Slope of y on x with its standard error from the residuals (k − 2 dof). */
export function fitLine(x: readonly number[], y: readonly number[]): { slope: number; intercept: number; standardError: number; dof: number } {
  const k = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / k;
  const my = y.reduce((a, b) => a + b, 0) / k;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < k; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let rss = 0;
  for (let i = 0; i < k; i++) rss += (y[i] - intercept - slope * x[i]) ** 2;
  const dof = k - 2;
  return { slope, intercept, standardError: dof > 0 ? Math.sqrt(rss / dof / sxx) : Number.NaN, dof };
}

export interface Fig5Options {
  /** Base model (bandWidth, gap, ensemble, seed); levels and coupling are set per point at c₁. */
  model: ModelSpec;
  c1: number;
  levels: readonly number[];
  sites: number;
  /** Inset: N values at `insetLevels`. */
  insetSites: readonly number[];
  insetLevels: number;
  untilKappa: number;
  points: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Runs Fig. 5 from exact Haar averages (no sampled initial states: {@link fig4Ensemble} with zero states),
 * one coupling realization per point, λ = c₁δε/n.
 */
export function fig5Scaling(o: Fig5Options): Fig5Result {
  const start = performance.now();
  const jobs = [...o.levels.map((n) => ({ N: o.sites, n })), ...o.insetSites.map((N) => ({ N, n: o.insetLevels }))];
  const cost = jobs.map((j) => (j.N * j.n) ** 3);
  const total = cost.reduce((a, b) => a + b, 0);
  let done = 0;
  const points = jobs.map((j, i): Fig5Point => {
    const coupling = (o.c1 * o.model.bandWidth) / j.n;
    const r = fig4Ensemble({ model: { ...o.model, sites: j.N, levels: j.n, coupling }, states: 0, seed: 1, untilKappa: o.untilKappa, points: o.points });
    done += cost[i];
    o.onProgress?.(done / total);
    return { sites: j.N, levels: j.n, coupling, c1: r.criteria.c1, c2: r.criteria.c2, d2: r.haarMean };
  });
  const againstN = points.slice(0, o.levels.length);
  const fit = fitLine(againstN.map((p) => Math.log(p.levels)), againstN.map((p) => Math.log(p.d2)));
  // the one Student-t of the project (src/bench/studentT.ts, checked against closed forms and printed tables)
  const t = fit.dof > 0 ? studentTQuantile((1 + FIG5_CONFIDENCE) / 2, fit.dof) : Number.NaN;
  return {
    againstN,
    againstSites: points.slice(o.levels.length),
    slope: fit.slope,
    slopeStandardError: fit.standardError,
    slopeInterval: [fit.slope - t * fit.standardError, fit.slope + t * fit.standardError],
    seconds: (performance.now() - start) / 1000,
  };
}
