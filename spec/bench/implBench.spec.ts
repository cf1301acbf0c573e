import { existsSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { benchChain } from '../../src/bench/tasks/benchChain.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE } from '../../src/exact/chebyshevPropagator.ts';
import { gershgorinBounds } from '../../src/linalg/blockTridiagonalOperator.ts';
import { chainOperator } from '../../src/model/chainHamiltonian.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';
import { pythonMissing, withSkipReason } from '../support/python.ts';

const tmp = tempFolder('bench-impl');
const missing = pythonMissing('numpy');

describe('hamcheck bench --impl', () => {
  it(withSkipReason('times the NumPy example adapter through protocol v1 beside the reference, overhead apart, and agrees with it', missing), () => {
    if (missing) return;
    const r = hamcheck(['bench', '--quick', '--no-peers', '--impl', 'python3 examples/numpy/adapter.py', '--out', tmp.dir], { env: { HAMCHECK_BENCH_WORKLOAD: 'tiny' } });
    expect(r.code, r.stderr).toBe(0);
    const path = r.stdout.trim();
    expect(existsSync(path)).toBe(true);
    const rec = JSON.parse(readFileSync(path, 'utf8')) as BenchRecord;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync('schemas/bench.schema.json', 'utf8')));
    expect(validate(rec), JSON.stringify(validate.errors)).toBe(true);
    const impl = rec.impl!;
    expect(impl.implementation.name).toBe('hamcheck-numpy-example');
    const exact = impl.comparisons.filter((c) => c.task.startsWith('impl exact.populations'));
    expect(exact.length).toBe(rec.tasks.filter((t) => t.kind === 'chebyshev').length);
    for (const c of exact) {
      const ref = rec.tasks.find((t) => t.id === c.reference)!;
      expect(rec.tasks.some((t) => t.id === c.task)).toBe(true);
      expect(c.computeP50).toBeCloseTo(Math.max(0, c.roundTripP50 - (c.overheadP50 as number)), 15);
      expect(c.ratio).toBeCloseTo((c.computeP50 as number) / ref.summary.p50, 12);
      const { model, times } = benchChain(ref.sizes.sites, ref.sizes.levels);
      const g = gershgorinBounds(chainOperator(model));
      // 2(τ + dim·ε·(1 + ‖H − ΔE‖·t_max)): the reference's Chebyshev error and a dense eigensolver's backward error as a phase error
      const bound = 2 * (CHEBYSHEV_DEFAULT_TOLERANCE + model.sites * model.levels * Number.EPSILON * (1 + Math.max(g.max - 1, 1 - g.min) * times[times.length - 1]));
      expect(c.maxAbsDeltaP as number).toBeLessThanOrEqual(bound);
    }
    expect(impl.comparisons.some((c) => c.task.startsWith('impl ham.populations'))).toBe(true);
  }, 180_000);

  it('an adapter command that cannot start is a clear error, not a record', () => {
    const r = hamcheck(['bench', '--quick', '--no-peers', '--impl', 'definitely-not-a-command-xyz', '--out', tmp.dir], { env: { HAMCHECK_BENCH_WORKLOAD: 'tiny' } });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/definitely-not-a-command-xyz/);
  }, 180_000);
});
