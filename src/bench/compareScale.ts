/**
 * `bench compare` of the records' `scale` sections (the one large chain of the full run,
 * src/bench/scaleFigure.ts): memory against issue 10's bound, the propagation time as a reported ratio,
 * the norm drift as an accuracy figure (docs/bench.md).
 */
import { markdownTable } from '../report/markdownTable.ts';
import { NORM_DRIFT_DERIVATION, normDriftBound } from './accuracyFigures.ts';
import type { AccuracyFigure, BenchRecord } from './benchRecord.ts';
// compareRecords.ts imports this module too; compareFigure is a hoisted function declaration, called only at run time
import { compareFigure } from './compareRecords.ts';
import { SCALE_BOUND, scaleBoundBytes, type ScaleSection } from './scaleFigure.ts';

/** One row: `x` fails (exit 1), `~` is reported only. */
export interface ScaleRowComparison {
  kind: 'memory' | 'time' | 'accuracy' | 'run';
  id: string;
  mark: '~' | 'x';
  base: number | null;
  head: number | null;
  /** head / base (null when a side has no figure). */
  ratio: number | null;
  /** What head must stay under: bytes for peak RSS, the drift bound; null for the time (not gated). */
  limit: number | null;
  /** Largest allowed |head − base| (the norm drift only). */
  tolerance: number | null;
  ok: boolean;
  why: string;
}

export interface ScaleComparison {
  /** `N=… n=… @version` of the series compared; null when not compared. */
  series: string | null;
  rows: ScaleRowComparison[];
  /** Why the sections were not compared (null when they were). */
  notCompared: string | null;
  /** Rows marked `x`. */
  failures: number;
}

function driftFigure(s: ScaleSection, dimension: number, value: number): AccuracyFigure {
  // the scale run propagates at the same default τ; its second pass recomputes the same states bit for bit
  const bound = normDriftBound(dimension);
  return { id: 'norm drift', version: s.version, value, tolerance: bound, bound, derivation: NORM_DRIFT_DERIVATION };
}

function notCompared(why: string): ScaleComparison {
  return { series: null, rows: [], notCompared: why, failures: 0 };
}

/**
 * Compares the scale sections when both records carry one of the same version and sizes (else reports why
 * not, as for tasks whose version changed). HEAD's peak RSS above {@link scaleBoundBytes} fails, as does a
 * failed HEAD run (like an accuracy figure that was not measured) and a norm drift beyond its bound or
 * tolerance; the peak RSS and the propagation seconds of the two runs are reported as head/base. The time
 * is one sample per run, so no significance test is possible: it is never gated.
 */
export function compareScale(base: BenchRecord, head: BenchRecord): ScaleComparison {
  const b = base.scale;
  const h = head.scale;
  if (!b && !h) return notCompared('neither record has a scale section: full runs only');
  const headFailed = h && !h.run ? `; HEAD's run failed: ${h.failure ?? 'no figures'}` : '';
  if (!h) return notCompared('HEAD has no scale section');
  if (!b) return notCompared(`BASE has no scale section${headFailed}`);
  if (b.version !== h.version) return notCompared(`scale version ${b.version} → ${h.version}: a new series${headFailed}`);
  if (b.sites !== h.sites || b.levels !== h.levels) return notCompared(`sizes N=${b.sites} n=${b.levels} → N=${h.sites} n=${h.levels}${headFailed}`);
  const series = `N=${h.sites} n=${h.levels} @${h.version.slice(0, 6)}`;
  const baseFailed = b.run ? '' : `base's run failed: ${b.failure ?? 'no figures'}`;
  const empty = { base: null, head: null, ratio: null, limit: null, tolerance: null };
  const rows: ScaleRowComparison[] = [];
  if (!h.run) {
    rows.push({ ...empty, kind: 'run', id: 'run', mark: 'x', ok: false, why: `HEAD's run failed: ${h.failure ?? 'no figures'}` });
  } else {
    const hr = h.run;
    const br = b.run;
    const bound = scaleBoundBytes(hr.storageBytes);
    const over = hr.peakRssBytes > bound;
    rows.push({
      kind: 'memory',
      id: 'peak RSS',
      mark: over ? 'x' : '~',
      base: br?.peakRssBytes ?? null,
      head: hr.peakRssBytes,
      ratio: br ? hr.peakRssBytes / br.peakRssBytes : null,
      limit: bound,
      tolerance: null,
      ok: !over,
      why: over ? `head above its bound ${SCALE_BOUND.storageFactor}·storage + ${SCALE_BOUND.runtimeBytes / 1e6} MB by ${((hr.peakRssBytes - bound) / 1e6).toFixed(1)} MB` : baseFailed,
    });
    const differ = br ? (['threads', 'terms', 'passes'] as const).filter((k) => br[k] !== hr[k]).map((k) => `${k} ${br[k]} → ${hr[k]}`) : [];
    rows.push({
      kind: 'time',
      id: 'propagate seconds',
      mark: '~',
      base: br?.propagateSeconds ?? null,
      head: hr.propagateSeconds,
      ratio: br ? hr.propagateSeconds / br.propagateSeconds : null,
      limit: null,
      tolerance: null,
      ok: true,
      why: [br ? 'one sample per run: not tested, not gated' : baseFailed, ...differ].join('; '),
    });
    const hf = driftFigure(h, hr.dimension, hr.normDrift);
    // a failed base has no drift to compare with: head is still held to its bound
    const f = br ? compareFigure(hf.id, driftFigure(b, br.dimension, br.normDrift), hf) : compareFigure(hf.id, hf, hf);
    rows.push({ kind: 'accuracy', id: 'norm drift', mark: f.ok ? '~' : 'x', base: br ? f.base : null, head: f.head, ratio: br && f.base ? hr.normDrift / f.base : null, limit: f.bound, tolerance: f.tolerance, ok: f.ok, why: f.ok ? baseFailed : f.why });
  }
  return { series, rows, notCompared: null, failures: rows.filter((r) => !r.ok).length };
}

const mb = (x: number | null) => (x === null ? '—' : `${(x / 1e6).toFixed(0)} MB`);

function cells(r: ScaleRowComparison): [string, string, string] {
  if (r.kind === 'memory') {
    const bound = r.limit as number;
    const withRatio = (x: number | null) => (x === null ? '—' : `${mb(x)} = ${(x / bound).toFixed(3)} of the bound`);
    return [withRatio(r.base), withRatio(r.head), `≤ ${mb(bound)} (${SCALE_BOUND.storageFactor}·storage + ${SCALE_BOUND.runtimeBytes / 1e6} MB)`];
  }
  if (r.kind === 'time') return [r.base === null ? '—' : `${r.base.toFixed(1)} s`, r.head === null ? '—' : `${r.head.toFixed(1)} s`, 'not gated (1 sample)'];
  if (r.kind === 'accuracy') {
    const e = (x: number | null) => (x === null ? '—' : x.toExponential(3));
    return [e(r.base), e(r.head), `≤ ${(r.limit as number).toExponential(2)}, change ≤ ${(r.tolerance as number).toExponential(2)}`];
  }
  return ['—', 'failed', '—'];
}

/** The scale rows as Markdown (`x` fails, `~` reported), or one line saying why they were not compared. */
export function formatScaleComparison(s: ScaleComparison): string {
  if (s.notCompared !== null) return `scale run: not compared (${s.notCompared})`;
  return markdownTable(
    ['', `scale run ${s.series}`, 'base', 'head', 'head/base', 'limit', 'why'],
    s.rows.map((r) => [r.mark, r.id, ...cells(r).slice(0, 2), r.ratio === null ? '—' : r.ratio.toFixed(3), cells(r)[2], r.why]),
  );
}
