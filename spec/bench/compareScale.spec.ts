/**
 * `bench compare` of the `scale` sections, on the two committed baselines (same scale version) and on
 * mutated copies of the newer one: the bound fails, the time never does, missing or changed sections are
 * reported and not compared.
 */
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { compareRecords } from '../../src/bench/compareRecords.ts';
import { normDriftBound } from '../../src/bench/accuracyFigures.ts';
import { compareScale } from '../../src/bench/compareScale.ts';
import { SCALE_BOUND, scaleBoundBytes } from '../../src/bench/scaleFigure.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE } from '../../src/exact/chebyshevPropagator.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';
import { baselineFiles, scaleOnlyBaseline } from '../support/committedBaselines.ts';

const tmp = tempFolder('bench-compare-scale');
const base = scaleOnlyBaseline(baselineFiles.length - 2);
const newest = scaleOnlyBaseline(baselineFiles.length - 1);

/** The newest baseline with its scale section changed by `edit` (a deep copy). */
function head(edit: (s: NonNullable<BenchRecord['scale']>) => void): BenchRecord {
  const r = structuredClone(newest);
  edit(r.scale!);
  return r;
}

const row = (r: BenchRecord, id: string) => compareScale(base, r).rows.find((x) => x.id === id)!;
const opts = { threshold: 0.1, alpha: 0.01 };

describe('compare: the scale section', () => {
  it('the two committed baselines share a scale version: peak RSS and time as head/base ratios, all within the bounds', () => {
    expect(baselineFiles.length).toBeGreaterThanOrEqual(2);
    expect(base.scale!.version).toBe(newest.scale!.version);
    const c = compareScale(base, newest);
    expect(c.notCompared).toBeNull();
    expect(c.series).toBe(`N=${newest.scale!.sites} n=${newest.scale!.levels} @${newest.scale!.version.slice(0, 6)}`);
    expect(c.rows.map((r) => [r.id, r.mark])).toEqual([['peak RSS', '~'], ['propagate seconds', '~'], ['norm drift', '~']]);
    expect(c.failures).toBe(0);
    const [b, h] = [base.scale!.run!, newest.scale!.run!];
    // the same one division as the code: exact
    expect(row(newest, 'peak RSS').ratio).toBe(h.peakRssBytes / b.peakRssBytes);
    expect(row(newest, 'propagate seconds').ratio).toBe(h.propagateSeconds / b.propagateSeconds);
    // the limit is SCALE_BOUND's expression, the one the record's boundBytes was written with: exact
    expect(row(newest, 'peak RSS').limit).toBe(SCALE_BOUND.storageFactor * h.storageBytes + SCALE_BOUND.runtimeBytes);
    expect(row(newest, 'peak RSS').limit).toBe(newest.scale!.boundBytes);
    // the norm-drift figure's bound 2τ + τ² + dim·ε (τ the Chebyshev default), the same operations as the code: exact
    const drift = 2 * CHEBYSHEV_DEFAULT_TOLERANCE + CHEBYSHEV_DEFAULT_TOLERANCE ** 2 + h.dimension * Number.EPSILON;
    expect(row(newest, 'norm drift')).toMatchObject({ limit: drift, tolerance: drift, base: b.normDrift, head: h.normDrift, ok: true });
  });

  it('HEAD one byte above 1.3·storage + 150 MB fails with x; at the bound it passes', () => {
    const bound = scaleBoundBytes(newest.scale!.run!.storageBytes);
    expect(row(head((s) => void (s.run!.peakRssBytes = bound)), 'peak RSS')).toMatchObject({ mark: '~', ok: true });
    const over = head((s) => void (s.run!.peakRssBytes = bound + 1));
    expect(row(over, 'peak RSS')).toMatchObject({ mark: 'x', ok: false });
    expect(row(over, 'peak RSS').why).toMatch(/above its bound 1\.3·storage \+ 150 MB/);
    expect(compareRecords(base, over, opts)).toMatchObject({ failures: 1, regressions: 0 });
  });

  it('the propagation time is one sample: 10× slower (and on one thread) is reported, marked ~, never a failure', () => {
    const slow = head((s) => {
      s.run!.propagateSeconds *= 10;
      s.run!.threads = 1;
    });
    const t = row(slow, 'propagate seconds');
    expect(t.mark).toBe('~');
    // 10·h/b against h/b: one rounding of the product, so within 2ε relative
    expect(Math.abs(t.ratio! / (10 * row(newest, 'propagate seconds').ratio!) - 1)).toBeLessThanOrEqual(2 * Number.EPSILON);
    expect(t.why).toMatch(/one sample per run: not tested, not gated; threads 2 → 1/);
    expect(compareRecords(base, slow, opts).failures).toBe(0);
  });

  it('the norm drift is an accuracy figure: above 2τ + τ² + dim·ε fails, below it passes', () => {
    const bound = normDriftBound(newest.scale!.run!.dimension);
    expect(row(head((s) => void (s.run!.normDrift = 0.9 * bound)), 'norm drift').ok).toBe(true);
    const bad = row(head((s) => void (s.run!.normDrift = 2 * bound)), 'norm drift');
    expect(bad).toMatchObject({ mark: 'x', ok: false });
    expect(bad.why).toMatch(/above its bound/);
  });

  it('a failed HEAD run is a failure (as an accuracy figure not measured); a failed BASE run leaves HEAD held to its bounds only', () => {
    const failed = head((s) => Object.assign(s, { run: null, boundRatio: null, failure: 'exit 137: Killed' }));
    const c = compareScale(base, failed);
    expect(c.rows).toMatchObject([{ id: 'run', mark: 'x', ok: false, why: "HEAD's run failed: exit 137: Killed" }]);
    expect(compareRecords(base, failed, opts).failures).toBe(1);
    const baseFailed = structuredClone(base);
    Object.assign(baseFailed.scale!, { run: null, boundRatio: null, failure: 'timed out after 1 ms' });
    const d = compareScale(baseFailed, newest);
    expect(d.failures).toBe(0);
    expect(d.rows.map((r) => [r.id, r.mark, r.ratio])).toEqual([['peak RSS', '~', null], ['propagate seconds', '~', null], ['norm drift', '~', null]]);
    expect(d.rows[0].why).toBe("base's run failed: timed out after 1 ms");
  });

  it('a section in one record only, a new version or other sizes: not compared, with the reason, and nothing fails', () => {
    const none = { ...newest, scale: undefined };
    const cases: [BenchRecord, BenchRecord, RegExp][] = [
      [base, none, /^HEAD has no scale section$/],
      [none, newest, /^BASE has no scale section$/],
      [none, none, /^neither record has a scale section/],
      [base, head((s) => void (s.version = 'f'.repeat(16))), /^scale version [0-9a-f]{16} → f{16}: a new series$/],
      [base, head((s) => void (s.sites += 1)), new RegExp(`^sizes N=${base.scale!.sites} n=${base.scale!.levels} → N=${base.scale!.sites + 1} n=${base.scale!.levels}$`)],
      [none, head((s) => Object.assign(s, { run: null, boundRatio: null, failure: 'exit 1: boom' })), /^BASE has no scale section; HEAD's run failed: exit 1: boom$/],
    ];
    for (const [b, h, why] of cases) {
      const c = compareScale(b, h);
      expect(c.notCompared).toMatch(why);
      expect(c.rows).toEqual([]);
      expect(compareRecords(b, h, opts).failures).toBe(0);
    }
  });

  it('hamcheck bench compare: exit 1 and an x row when HEAD exceeds its bound, 0 with the rows otherwise, "not compared (…)" for a new version', () => {
    const b = tmp.write('base.json', base);
    const over = hamcheck(['bench', 'compare', b, tmp.write('over.json', head((s) => void (s.run!.peakRssBytes = 2 * s.boundBytes)))]);
    expect(over.code, over.stderr).toBe(1);
    expect(over.stdout).toMatch(/^\| x\s+\| peak RSS\s+\|/m);
    expect(over.stdout).toMatch(/verdict: .*1 scale-run failure/);
    const same = hamcheck(['bench', 'compare', b, tmp.write('same.json', newest)]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toMatch(/^\| ~\s+\| propagate seconds\s+\|.*one sample per run: not tested, not gated/m);
    const mb = (r: BenchRecord) => `${(r.scale!.run!.peakRssBytes / 1e6).toFixed(0)} MB = ${(r.scale!.run!.peakRssBytes / newest.scale!.boundBytes).toFixed(3)} of the bound`;
    const ratio = (newest.scale!.run!.peakRssBytes / base.scale!.run!.peakRssBytes).toFixed(3);
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(same.stdout).toMatch(new RegExp(`^\\| ~\\s+\\| peak RSS\\s+\\| ${esc(mb(base))}\\s+\\| ${esc(mb(newest))}\\s+\\| ${esc(ratio)}\\s+\\|`, 'm'));
    const changed = hamcheck(['bench', 'compare', b, tmp.write('changed.json', head((s) => void (s.version = 'f'.repeat(16))))]);
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/^scale run: not compared \(scale version [0-9a-f]{16} → f{16}: a new series\)$/m);
  });
});
