import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transportCommand } from '../../src/cli/transportCommand.ts';
import { HamcheckInputError } from '../../src/errors.ts';
import { heatCapacityEq50 } from '../../src/transport/thermal.ts';
import { kappaThEq48 } from '../../src/transport/singleBand.ts';

const dir = mkdtempSync(join(tmpdir(), 'hamcheck-transport-'));
let k = 0;
function specFile(spec: unknown): string {
  const path = join(dir, `spec${k++}.json`);
  writeFileSync(path, typeof spec === 'string' ? spec : JSON.stringify(spec));
  return path;
}
async function run(spec: unknown): Promise<{ code: number; out: { results: Record<string, number>[]; measurement?: Record<string, unknown> } }> {
  const out = join(dir, `out${k++}.json`);
  const code = await transportCommand(specFile(spec), { out });
  return { code, out: JSON.parse(readFileSync(out, 'utf8')) };
}

const ISSUE_SPEC = {
  model: { levels: 500, bandWidth: 0.05, coupling: 5e-5, gap: 1, bands: 1 },
  temperatures: [0.05, 0.1467, 1, 10],
  measure: false,
};

describe('hamcheck transport SPEC.json [--out FILE]', () => {
  it('the README’s example spec: one result per temperature, in order, with temperature, c, kappa, kappaTh', async () => {
    const { code, out } = await run(ISSUE_SPEC);
    expect(code).toBe(0);
    expect(out.results.map((r) => r.temperature)).toEqual(ISSUE_SPEC.temperatures);
    expect(out.measurement).toBeUndefined();
    for (const r of out.results) {
      expect(Object.keys(r)).toEqual(['temperature', 'c', 'kappa', 'kappaTh']);
      // c is the Var-E form of (49); against the printed (50): ≈ 10 roundings of terms ≤ 30 in size
      expect(Math.abs(r.c / heatCapacityEq50(500, 1, r.temperature) - 1)).toBeLessThan(1e-13);
      expect(r.kappaTh).toBe(kappaThEq48({ levels: 500, bandWidth: 0.05, coupling: 5e-5 }, r.temperature));
      expect(r.kappa).toBeCloseTo(1.5707963267948966e-4, 18);
    }
    expect(out.results[1].kappaTh).toBeCloseTo(1.669e-3, 6); // the Fig. 8 peak
  });

  it('"measure": true adds kappaThMeasured, its uncertainty and the finite-time value', async () => {
    const { out } = await run({
      model: { levels: 100, bandWidth: 0.05, coupling: 2.5e-4, bands: 1 },
      temperatures: [1, 0.3],
      measure: true,
      realizations: 8,
    });
    for (const r of out.results) {
      expect(r.kappaThMeasured).toBeGreaterThan(0);
      expect(r.uncertainty).toBeGreaterThan(0);
      // ρ + 4σ, as in fourierLaw.spec.ts
      const rho = out.measurement!.remainderBound as number;
      expect(Math.abs(r.kappaThMeasured - r.kappaThFiniteTime)).toBeLessThanOrEqual(rho * r.kappaThFiniteTime + 4 * r.uncertainty);
    }
    expect(out.measurement!.realizations).toBe(8);
    expect(out.measurement!.goldenRuleRegime).toBe(true);
  });

  it('several bands: kappaTh is the detailed-balance form, kappaThPrinted47 the printed one', async () => {
    const { out } = await run({ model: { levels: 8, bandWidth: 0.05, coupling: 1e-4, bands: 3 }, temperatures: [1] });
    expect(out.results[0].kappaThPrinted47).toBeLessThan(out.results[0].kappaTh);
  });

  it('extreme temperatures give finite numbers (κ_th underflows to 0 at 10⁻³, as its true value ~e⁻¹⁰⁰⁰ does)', async () => {
    const { out } = await run({ ...ISSUE_SPEC, temperatures: [1e-3, 1e3] });
    expect(out.results[0].kappaTh).toBe(0);
    expect(out.results[1].kappaTh).toBeGreaterThan(0);
    for (const r of out.results) for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
  });

  it.each([
    [{ ...ISSUE_SPEC, temperatures: [1, 0] }, 'temperatures[1]'],
    [{ ...ISSUE_SPEC, temperatures: [1, -2] }, 'temperatures[1]'],
    [{ ...ISSUE_SPEC, temperatures: ['1'] }, 'temperatures[0]'],
    [{ ...ISSUE_SPEC, temperatures: [] }, 'temperatures'],
    [{ ...ISSUE_SPEC, model: { ...ISSUE_SPEC.model, levels: 0 } }, 'model.levels'],
    [{ ...ISSUE_SPEC, model: { ...ISSUE_SPEC.model, bandWidth: -1 } }, 'model.bandWidth'],
    [{ ...ISSUE_SPEC, model: { ...ISSUE_SPEC.model, bands: 1.5 } }, 'model.bands'],
    [{ ...ISSUE_SPEC, measure: 'yes' }, 'measure'],
    [{ ...ISSUE_SPEC, extra: 1 }, 'spec.extra'],
  ])('bad input → HamcheckInputError naming the field (%#)', async (spec, field) => {
    const err = await transportCommand(specFile(spec), {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HamcheckInputError);
    expect((err as HamcheckInputError).field).toBe(field);
  });

  it('NaN in the file is not JSON: a typed error naming the file', async () => {
    const path = specFile('{"model": {"levels": 5, "bandWidth": 0.05, "coupling": 1e-3}, "temperatures": [NaN]}');
    await expect(transportCommand(path, {})).rejects.toBeInstanceOf(HamcheckInputError);
  });
});
