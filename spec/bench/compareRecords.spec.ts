import { describe, expect, it } from 'vitest';
import type { AccuracyFigure, BenchRecord, ScalingFit, TaskRecord } from '../../src/bench/benchRecord.ts';
import { compareRecords } from '../../src/bench/compareRecords.ts';
import { summarizeSamples } from '../../src/bench/sampleSummary.ts';
import { mannWhitney } from '../../src/bench/speedTest.ts';
import { studentTQuantile } from '../../src/bench/studentT.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';

const tmp = tempFolder('bench-compare');

/** `count` log-normal timing samples around `median` (σ = 5 %), from a seeded stream. */
function samples(median: number, count: number, seed: number): number[] {
  const rng = new Xoshiro128(seed);
  return Array.from({ length: count }, () => {
    const z = Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    return median * Math.exp(0.05 * z);
  });
}

function task(id: string, s: number[], version = '0123456789abcdef'): TaskRecord {
  return { id, kind: id.split(' ')[0], version, sizes: { sites: 2, levels: 50 }, callsPerSample: 1, samples: s, summary: summarizeSamples(s), details: {} };
}

function figure(value: number, tolerance = 1e-12): AccuracyFigure {
  return { id: 'norm-drift x', version: 'aaaaaaaaaaaaaaaa', value, tolerance, bound: 1e-11, derivation: 'test' };
}

/** A matvec fit whose n-exponent has standard error 0.05 on 10 dof, its interval at 95 % (t_{0.975,10} = 2.228). */
function fit(value: number): ScalingFit {
  const e = { value, low: value - 2.228 * 0.05, high: value + 2.228 * 0.05, standardError: 0.05, dof: 10 };
  return { kind: 'matvec', version: 'b'.repeat(16), points: 12, confidence: 0.95, levels: e, sites: null, expected: { levels: 2, sites: 1 } };
}

function record(tasks: TaskRecord[], accuracy: AccuracyFigure[] = [], scaling: ScalingFit[] = []): BenchRecord {
  return {
    format: 'hamcheck-bench/2',
    hamcheck: '0.1.0',
    workload: 'tiny',
    date: '2026-01-01T00:00:00.000Z',
    git: { commit: null, shortCommit: null, dirty: false, dirtyPaths: 0 },
    machine: { platform: 'linux', arch: 'x64', cpuModel: 'cpu', cores: 2, totalMemGiB: 1, loadavgStart: [0, 0, 0], loadavgEnd: [0, 0, 0], threadEnv: {} },
    versions: { node: 'v20', v8: '11', tinybench: '6', python: null, numpy: null, scipy: null, qutip: null },
    tasks,
    accuracy,
    scaling,
    peers: [],
    impl: null,
    totalSeconds: 1,
  };
}

const opts = { threshold: 0.1, alpha: 0.01 };

describe('Mann–Whitney U by permutation of the midranks', () => {
  it('U counts the (head, base) pairs with head > base, ties ½; complete separation gives the smallest p', () => {
    const r = mannWhitney([1, 2, 3], [4, 5, 6], 20_000, 3);
    expect(r.u).toBe(9);
    // exact one-sided p = 1/C(6,3) = 0.05; the Monte Carlo estimate from 20 000 draws has σ = √(0.05·0.95/20000) = 1.5e-3: 5σ
    expect(Math.abs(r.pSlower - 0.05)).toBeLessThan(7.7e-3);
    expect(r.pFaster).toBe(1);
    expect(mannWhitney([1, 2], [2, 3], 10, 1).u).toBe(3.5);
  });
});

describe('compareRecords', () => {
  it('marks a significant slowdown beyond the threshold -, a speed-up +, and same-distribution tasks ~', () => {
    const base = record([task('a N=2', samples(1, 40, 1)), task('b N=2', samples(1, 40, 2)), task('c N=2', samples(1, 40, 3))]);
    const head = record([task('a N=2', samples(1.5, 40, 4)), task('b N=2', samples(0.6, 40, 5)), task('c N=2', samples(1, 40, 6))]);
    const c = compareRecords(base, head, opts);
    expect(c.tasks.map((t) => t.mark)).toEqual(['-', '+', '~']);
    expect(c.regressions).toBe(1);
    expect(c.tasks[0].ratioLow! < 1.5 && 1.5 < c.tasks[0].ratioHigh!).toBe(true);
  });

  it('a significant change below the threshold is not a regression, nor a large one on too few samples to be significant', () => {
    const base = record([task('a N=2', samples(1, 200, 1)), task('b N=2', samples(1, 3, 2))]);
    const head = record([task('a N=2', samples(1.05, 200, 3)), task('b N=2', samples(2, 3, 4))]);
    const c = compareRecords(base, head, opts);
    expect(c.tasks.map((t) => t.mark)).toEqual(['~', '~']);
    expect(c.tasks[0].p!).toBeLessThan(c.perTestAlpha); // significant, but 5 % < 10 %
  });

  it('a changed task version starts a new series; new and vanished tasks are listed, never compared', () => {
    const c = compareRecords(record([task('a N=2', samples(1, 5, 1)), task('g N=2', samples(1, 5, 1))]), record([task('a N=2', samples(9, 5, 2), 'ffffffffffffffff'), task('n N=2', samples(1, 5, 1))]), opts);
    expect(c.tasks.map((t) => [t.id, t.mark])).toEqual([['a N=2', 'changed'], ['n N=2', 'new'], ['g N=2', 'gone']]);
    expect(c.failures).toBe(0);
  });

  it('accuracy figures are compared two-sided: a change beyond the tolerance fails whether it grew or shrank', () => {
    const t = [task('a N=2', samples(1, 5, 1))];
    expect(compareRecords(record(t, [figure(5e-12)]), record(t, [figure(5.5e-12)]), opts).failures).toBe(0);
    expect(compareRecords(record(t, [figure(5e-12)]), record(t, [figure(6.5e-12)]), opts).failures).toBe(1);
    expect(compareRecords(record(t, [figure(5e-12)]), record(t, [figure(3.5e-12)]), opts).failures).toBe(1);
    expect(compareRecords(record(t, [figure(5e-12, 1e-10)]), record(t, [figure(2e-11, 1e-10)]), opts).accuracy[0].why).toMatch(/above its bound/);
  });

  it('a scaling exponent is a speed figure: tested at the family-wise α (t_{1−α/2,10}·√2·0.05 = 0.224 at α = 0.01), marked -/+, never an accuracy failure', () => {
    const c = (head: number) => compareRecords(record([], [], [fit(2)]), record([], [], [fit(head)]), opts);
    // 0.2 lies beyond the combined 95 % half-width √2·0.111 = 0.158 but inside the α = 0.01 tolerance
    expect(c(2.2).exponents[0]).toMatchObject({ mark: '~', ok: true });
    // t_{1−α/2, 10}·√(0.05² + 0.05²) from the project's one Student t; both sides the same few operations: 4ε relative
    const tol = studentTQuantile(1 - 0.01 / 2, 10) * Math.hypot(0.05, 0.05);
    expect(Math.abs(c(2.2).exponents[0].tolerance / tol - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
    expect(tol).toBeGreaterThan(0.2); // so 2.2 is inside and 2.3 outside
    expect(c(2.3).exponents[0].mark).toBe('-');
    expect(c(2.3)).toMatchObject({ regressions: 1, failures: 1 });
    expect(c(1.7).exponents[0].mark).toBe('+');
    expect(c(1.7).failures).toBe(0);
  });

  it('hamcheck bench compare exits 1 on a regression, 0 without, 2 on a file that is no run record', () => {
    const base = tmp.write('base.json', record([task('a N=2', samples(1, 40, 1))]));
    const slow = tmp.write('slow.json', record([task('a N=2', samples(1.5, 40, 2))]));
    const same = tmp.write('same.json', record([task('a N=2', samples(1, 40, 3))]));
    const r1 = hamcheck(['bench', 'compare', base, slow]);
    expect(r1.code, r1.stderr).toBe(1);
    expect(r1.stdout).toMatch(/^\| -\s+\| a N=2/m);
    expect(hamcheck(['bench', 'compare', base, same]).code).toBe(0);
    const bad = hamcheck(['bench', 'compare', base, tmp.write('x.json', { format: 'hamcheck-bench/1' })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/HEAD: expected a hamcheck-bench\/2 run record/);
  });
});
