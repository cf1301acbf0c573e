import { quantileSorted } from 'simple-statistics';
import type { AccuracyFigure, BenchRecord, Exponent } from './benchRecord.ts';
import { compareScale, type ScaleComparison } from './compareScale.ts';
import { mannWhitney } from './speedTest.ts';
import { studentTQuantile } from './studentT.ts';

export interface CompareOptions {
  /** Smallest slowdown (fraction of base p50) that counts: 0.1 = 10 %. */
  threshold: number;
  /** Family-wise false-alarm rate of the significance tests (Bonferroni over the tasks compared). */
  alpha: number;
}

/** `-` regression, `+` improvement, `~` no significant change beyond the threshold, `new`/`gone`/`changed` not comparable. */
export type Mark = '+' | '-' | '~' | 'new' | 'gone' | 'changed';

export interface TaskComparison {
  id: string;
  mark: Mark;
  baseP50: number | null;
  headP50: number | null;
  /** head p50 / base p50 (> 1: slower). */
  ratio: number | null;
  /** Bootstrap 95 % interval of the ratio of medians (seeded, 2000 resamples). */
  ratioLow: number | null;
  ratioHigh: number | null;
  /** One-sided Mann–Whitney p-value in the direction of the change. */
  p: number | null;
}

export interface FigureComparison {
  id: string;
  base: number | null;
  head: number | null;
  tolerance: number;
  bound: number | null;
  ok: boolean;
  why: string;
}

/** A scaling exponent is a timing figure: `-` scales worse (larger exponent), `+` better, `~` neither. */
export interface ExponentComparison extends FigureComparison {
  mark: '+' | '-' | '~';
}

export interface Comparison {
  tasks: TaskComparison[];
  accuracy: FigureComparison[];
  exponents: ExponentComparison[];
  /** The `scale` sections: peak RSS against its bound, propagation seconds (reported, not gated), norm drift. */
  scale: ScaleComparison;
  /** Per-test significance level α/m. */
  perTestAlpha: number;
  regressions: number;
  /** Regressions, accuracy figures beyond tolerance or bound, and scale rows marked `x`. */
  failures: number;
  warnings: string[];
}

/** Ratio of medians head/base by a seeded bootstrap: 95 % interval over 2000 resamples of each side. */
function bootstrapRatio(base: readonly number[], head: readonly number[], seed: number): [number, number] {
  let s = seed >>> 0 || 1;
  const rand = () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0), s / 2 ** 32);
  const med = (xs: readonly number[]) => {
    const r = Array.from(xs, () => xs[Math.floor(rand() * xs.length)]).sort((a, b) => a - b);
    return quantileSorted(r, 0.5);
  };
  const ratios = Array.from({ length: 2000 }, () => med(head) / med(base)).sort((a, b) => a - b);
  return [quantileSorted(ratios, 0.025), quantileSorted(ratios, 0.975)];
}

/** Two-sided: |head| above its bound or |head − base| beyond the larger tolerance fails, as does a figure not measured. */
export function compareFigure(id: string, b: AccuracyFigure, h: AccuracyFigure): FigureComparison {
  const tolerance = Math.max(b.tolerance, h.tolerance);
  const out = { id, base: b.value, head: h.value, tolerance, bound: h.bound, ok: true, why: '' };
  if (b.value === null || h.value === null) return { ...out, ok: false, why: 'not measured' };
  if (h.bound !== null && Math.abs(h.value) > h.bound) return { ...out, ok: false, why: `|head| above its bound ${h.bound.toExponential(2)}` };
  if (Math.abs(h.value - b.value) > tolerance) return { ...out, ok: false, why: `changed by ${(h.value - b.value).toExponential(2)}, beyond ±${tolerance.toExponential(2)}` };
  return out;
}

/**
 * Two-sided test of two independent fits' exponents at level `alpha`: |b_h − b_b| beyond
 * t_{1−α/2, ν}·√(se_b² + se_h²), ν the smaller residual dof (conservative). Records without standard
 * errors fall back to the combined 95 % half-widths √(w_b² + w_h²).
 *
 * @remarks Exponents are fitted to timings, so a move is a speed finding (`-`/`+`), never an accuracy
 * failure, and its premise — residuals independent within a run — fails when the load shifts mid-run.
 */
function compareExponent(id: string, b: Exponent | null, h: Exponent | null, alpha: number): ExponentComparison | null {
  if (!b || !h) return null;
  const tol =
    b.standardError !== undefined && h.standardError !== undefined && b.dof !== undefined && h.dof !== undefined
      ? studentTQuantile(1 - alpha / 2, Math.min(b.dof, h.dof)) * Math.hypot(b.standardError, h.standardError)
      : Math.hypot(b.high - b.value, h.high - h.value);
  const moved = h.value - b.value;
  const ok = Math.abs(moved) <= tol;
  const mark = ok ? '~' : moved > 0 ? '-' : '+';
  return { id, base: b.value, head: h.value, tolerance: tol, bound: null, ok, mark, why: ok ? '' : `exponent moved by ${moved.toFixed(2)}, beyond ±${tol.toFixed(2)}` };
}

/**
 * Compares two run records: per task (same id and version) a regression `-` when head is slower by more
 * than `threshold` AND the one-sided Mann–Whitney test rejects at α/m (m = tasks compared, Bonferroni);
 * `+` likewise for a speed-up. Accuracy figures and scaling exponents are compared two-sided (a change
 * beyond the derived tolerance fails, whichever the direction). Tasks whose version changed start a new
 * series and are not compared. The `scale` sections are compared by {@link compareScale}.
 */
export function compareRecords(base: BenchRecord, head: BenchRecord, opts: CompareOptions): Comparison {
  const warnings: string[] = [];
  for (const [name, r] of [['base', base], ['head', head]] as const) {
    if (r.git.dirty) warnings.push(`${name} was measured on a dirty work tree (${r.git.dirtyPaths} changed paths)`);
    if (Math.max(...r.machine.loadavgStart, ...r.machine.loadavgEnd) >= r.machine.cores) {
      warnings.push(`${name} ran at a load average ≥ the ${r.machine.cores} cores: its times include other work (use \`hamcheck bench ab\` on shared machines)`);
    }
  }
  if (base.machine.cpuModel !== head.machine.cpuModel) warnings.push(`different CPUs: ${base.machine.cpuModel} vs ${head.machine.cpuModel}`);
  const baseTasks = new Map(base.tasks.map((t) => [t.id, t]));
  const headIds = new Set(head.tasks.map((t) => t.id));
  const comparable = head.tasks.filter((t) => baseTasks.get(t.id)?.version === t.version);
  const perTestAlpha = opts.alpha / Math.max(1, comparable.length);
  // resolve p-values well below α/m: 20/α draws (≥ 2000, ≤ 100 000)
  const permutations = Math.min(100_000, Math.max(2000, Math.ceil(20 / perTestAlpha)));
  const tasks: TaskComparison[] = [];
  head.tasks.forEach((h, i) => {
    const b = baseTasks.get(h.id);
    const empty = { id: h.id, baseP50: b?.summary.p50 ?? null, headP50: h.summary.p50, ratio: null, ratioLow: null, ratioHigh: null, p: null };
    if (!b) return void tasks.push({ ...empty, mark: 'new' });
    if (b.version !== h.version) return void tasks.push({ ...empty, mark: 'changed' });
    const ratio = h.summary.p50 / b.summary.p50;
    const [ratioLow, ratioHigh] = bootstrapRatio(b.samples, h.samples, i + 1);
    const mw = mannWhitney(b.samples, h.samples, permutations, i + 1);
    const slower = ratio > 1 + opts.threshold && mw.pSlower < perTestAlpha;
    const faster = ratio < 1 / (1 + opts.threshold) && mw.pFaster < perTestAlpha;
    tasks.push({ ...empty, ratio, ratioLow, ratioHigh, p: ratio >= 1 ? mw.pSlower : mw.pFaster, mark: slower ? '-' : faster ? '+' : '~' });
  });
  for (const b of base.tasks) if (!headIds.has(b.id)) tasks.push({ id: b.id, mark: 'gone', baseP50: b.summary.p50, headP50: null, ratio: null, ratioLow: null, ratioHigh: null, p: null });

  const baseAcc = new Map(base.accuracy.map((a) => [a.id, a]));
  const accuracy = head.accuracy.flatMap((h) => {
    const b = baseAcc.get(h.id);
    return b && b.version === h.version ? [compareFigure(h.id, b, h)] : [];
  });
  const baseFits = new Map(base.scaling.map((f) => [f.kind, f]));
  const fitted = head.scaling.flatMap((h) => {
    const b = baseFits.get(h.kind);
    if (!b || b.version !== h.version) return [];
    return [[`${h.kind}: exponent of n`, b.levels, h.levels] as const, [`${h.kind}: exponent of N`, b.sites, h.sites] as const].filter(([, x, y]) => x && y);
  });
  // the exponents are a second family: Bonferroni over them at the same family-wise α
  const exponents = fitted.map(([id, b, h]) => compareExponent(id, b, h, opts.alpha / fitted.length)).filter((x): x is ExponentComparison => x !== null);
  const regressions = tasks.filter((t) => t.mark === '-').length + exponents.filter((e) => e.mark === '-').length;
  const scale = compareScale(base, head);
  const failures = regressions + accuracy.filter((a) => !a.ok).length + scale.failures;
  return { tasks, accuracy, exponents, scale, perTestAlpha, regressions, failures, warnings };
}
