import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { summarizeSamples } from '../../src/bench/sampleSummary.ts';
import { benchChain } from '../../src/bench/tasks/benchChain.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE } from '../../src/exact/chebyshevPropagator.ts';
import { gershgorinBounds } from '../../src/linalg/blockTridiagonalOperator.ts';
import { chainOperator } from '../../src/model/chainHamiltonian.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';
import { pythonMissing, withSkipReason } from '../support/python.ts';

const tmp = tempFolder('bench-record');
const schema = JSON.parse(readFileSync('schemas/bench.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

// One real `hamcheck bench --quick` run, shrunk by HAMCHECK_BENCH_WORKLOAD=tiny (≈ 10 s on an idle machine).
const run = hamcheck(['bench', '--quick', '--out', tmp.dir], { env: { HAMCHECK_BENCH_WORKLOAD: 'tiny' } });
const path = run.stdout.trim();
const record = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null) as BenchRecord | null;

describe('hamcheck bench --quick writes one hamcheck-bench/2 record', () => {
  it('exits 0 and prints the path of the record it wrote under --out', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(path.startsWith(tmp.dir)).toBe(true);
    expect(path).toMatch(/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ-[0-9a-f]{7}-tiny\.json$/);
    expect(record).not.toBeNull();
  });

  it('the record validates against schemas/bench.schema.json (and a broken one does not)', () => {
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(record) as unknown as { tasks: { summary?: unknown }[] };
    delete broken.tasks[0].summary;
    expect(validate(broken)).toBe(false);
  });

  it('records commit, machine and versions; every task names its sizes and carries its raw samples and their summary', () => {
    const r = record as BenchRecord;
    expect(r.git.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(r.machine.cores).toBeGreaterThan(0);
    expect(r.versions.node).toBe(process.version);
    expect(new Set(r.tasks.map((t) => t.kind))).toEqual(new Set(['matvec', 'chebyshev', 'eigen', 'ham', 'd2-ensemble', 'peer-F2', 'peer-F4']));
    for (const t of r.tasks) {
      expect(t.id).toContain(`N=${t.sizes.sites}`);
      if (t.sizes.levels > 0) expect(t.id).toContain(`n=${t.sizes.levels}`);
      expect(t.summary).toEqual(summarizeSamples(t.samples));
      expect(t.summary.count).toBe(t.samples.length);
    }
    expect(new Set(r.tasks.map((t) => t.id)).size).toBe(r.tasks.length);
  });

  it('every accuracy figure lies under its derived bound, and every sweep has its scaling fit', () => {
    const r = record as BenchRecord;
    expect(r.accuracy.map((a) => a.id.split(' ')[0])).toEqual(['norm-drift', 'chebyshev-vs-eigen', 'd2', 'golden-rule-trace', 'kappa-th-vs-48']);
    for (const a of r.accuracy) {
      expect(a.value).not.toBeNull();
      if (a.bound !== null) expect(Math.abs(a.value as number)).toBeLessThanOrEqual(a.bound);
    }
    // κ_th measured by the relaxation estimator against (48): always bounded (the paper page's allowance, scaled to n)
    const kappaTh = r.accuracy.find((a) => a.id.startsWith('kappa-th-vs-48 '));
    expect(kappaTh?.bound).not.toBeNull();
    expect(Math.abs(kappaTh!.value as number)).toBeLessThanOrEqual(kappaTh!.bound as number);
    expect(r.scaling.map((f) => f.kind)).toEqual(['matvec', 'chebyshev', 'eigen', 'ham', 'd2-ensemble']);
    // 4 points, 3 parameters: one degree of freedom, so every varying exponent has an interval around it
    for (const f of r.scaling) for (const e of [f.levels, f.sites]) if (e) expect(e.low <= e.value && e.value <= e.high).toBe(true);
    expect(r.scaling.find((f) => f.kind === 'ham')?.levels).toBeNull(); // HAM's cost does not depend on n
  });

  it(withSkipReason('the NumPy peers ran on the identical model and agree with hamcheck to the propagators’ error bound', pythonMissing('numpy')), () => {
    if (pythonMissing('numpy')) return;
    const r = record as BenchRecord;
    for (const [workload, peer] of [['F2', 'numpy_eigh'], ['F4', 'numpy_eigh_band_ensemble']] as const) {
      const p = r.peers.find((x) => x.workload === workload && x.peer === peer);
      expect(p?.status, p?.failure ?? '').toBe('ok');
      const task = r.tasks.find((t) => t.id === p?.task);
      const { model, times } = benchChain(task!.sizes.sites, task!.sizes.levels);
      const g = gershgorinBounds(chainOperator(model));
      const dim = model.sites * model.levels;
      // |ΔP| ≤ 2(τ + dim·ε·(1 + ‖H − ΔE‖·t_max)): Chebyshev error τ (F2; F4 is eigen on both sides) plus the eigensolvers' backward error as a phase error
      const bound = 2 * (CHEBYSHEV_DEFAULT_TOLERANCE + dim * Number.EPSILON * (1 + Math.max(g.max - 1, 1 - g.min) * times[times.length - 1]));
      expect(p!.maxAbsDeltaP as number).toBeLessThanOrEqual(bound);
      expect(p!.ratio).toBeCloseTo(task!.summary.p50 / (p!.p50 as number), 12);
    }
  });
});
