/**
 * `hamcheck variant --impl "<command>"`: a variant answered by an external program over protocol v1
 * (`ham.graphPopulations`). The reference through `hamcheck serve` and the independent NumPy adapter are
 * accepted and agree with the in-process generalized HAM on the same family; the wrong-density adapter gets
 * the same rejection as its TypeScript twin (examples/variants/wrongDensity.ts); an adapter without the
 * capability, and contradictory options, cannot run (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hamcheck } from '../cli/cliHarness.ts';

const numpy = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' }).status === 0;
const serve = `${process.execPath} bin/hamcheck.mjs serve`;
const family = 'examples/variants/disorderedChain.ts';

function variant(args: string[]) {
  const r = hamcheck(['variant', ...args]);
  return { ...r, report: r.code === 0 || r.code === 1 ? JSON.parse(r.stdout) : null };
}

describe('hamcheck variant --impl', () => {
  const inProcess = variant([family, '--family-size', '3']);

  it('the reference through `hamcheck serve` is accepted with the in-process statistics, bit for bit', () => {
    const r = variant(['--impl', serve, '--family', family, '--family-size', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.variant).toMatch(/^hamcheck reference /);
    // the same rates through JSON's shortest round-trip numbers: the same doubles, so the same D²
    expect(r.report.models.map((m: { scaled: number }) => m.scaled)).toEqual(inProcess.report.models.map((m: { hamScaled: number }) => m.hamScaled));
  });

  it.skipIf(!numpy)(`the NumPy adapter is accepted, its D² within rounding of the reference's${numpy ? '' : ' — skipped: python3 with NumPy and SciPy not found'}`, () => {
    const r = variant(['--impl', 'python3 examples/numpy/adapter.py', '--family', family, '--family-size', '3']);
    expect(r.code, r.stderr).toBe(0);
    r.report.models.forEach((m: { scaled: number; hamScaled: number }) => {
      // D² = mean (ΔP)²: a change δ = 1e-13 (its claim) in P moves it by ≤ 2δ/ΔP_rms relative; ΔP_rms ≥ 0.01 here → 2e-11, ×5
      expect(Math.abs(m.scaled / m.hamScaled - 1)).toBeLessThan(1e-10);
    });
  });

  it.skipIf(!numpy)(`the wrong-density adapter is rejected exactly as its TypeScript twin${numpy ? '' : ' — skipped: python3 with NumPy and SciPy not found'}`, () => {
    const r = variant(['--impl', 'python3 examples/variants/wrong_density_adapter.py', '--family', family]);
    const twin = variant(['examples/variants/wrongDensity.ts']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.report.verdict).toContain('the populations at T_D = 5/κ_min are wrong');
    expect(r.report.variantStats.geometricMean).toBeGreaterThan(r.report.criterion.bound);
    // one wrong law twice (closed form on the dual model vs NumPy eigh), P within 1e-13: 2δ/ΔP_rms ≤ 2e-11 relative, ×5
    expect(Math.abs(r.report.variantStats.geometricMean / twin.report.variantStats.geometricMean - 1)).toBeLessThan(1e-10);
  });

  it('an adapter that does not declare ham.graphPopulations cannot run (exit 2), naming the capability', () => {
    const r = hamcheck(['variant', '--impl', 'python3 examples/minimal/adapter.py', '--family-size', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not run: minimal does not declare ham\.graphPopulations/);
  });

  it('a module and --impl together, --family without --impl, or neither are refused before any work (exit 2)', () => {
    expect(hamcheck(['variant', family, '--impl', serve]).stderr).toMatch(/variant: expected a module or --impl, not both/);
    expect(hamcheck(['variant', family, '--family', family]).stderr).toMatch(/--family: expected used with --impl only/);
    const none = hamcheck(['variant']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/variant: expected a variant module, or --impl/);
  });

  it('an adapter that does not start is reported, not fatal (exit 2)', () => {
    const r = hamcheck(['variant', '--impl', 'no-such-program-xyz', '--family-size', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not run: the adapter did not start/);
  });
});
