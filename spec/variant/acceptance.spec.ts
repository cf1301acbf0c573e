/**
 * The acceptance bound of `hamcheck variant` (src/variant/acceptance.ts): the quantile it rests on, the recipe
 * reproducing the lead's C_INSIDE from the lead's calibration, and the stored calibration re-measured on a
 * fresh sample of the paper's chain inside (29).
 */
import { describe, expect, it } from 'vitest';
import { C_INSIDE } from '../../src/checks/dynamicsBounds.ts';
import { acceptanceBound, CALIBRATION, calibrationLimits } from '../../src/variant/acceptance.ts';
import { calibrationLogs } from '../../src/variant/calibrateAcceptance.ts';
import { normalQuantile } from '../../src/variant/normalQuantile.ts';

describe('normalQuantile', () => {
  it.each([
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167814],
    [1 - 1e-4, 3.719016485455709],
    [1e-6, -4.753424308822899],
  ])('Φ⁻¹(%d)', (p, z) => {
    // Acklam's approximation: relative error ≤ 1.2e-9
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.2e-9 * Math.max(1, Math.abs(z)));
  });
  it('refuses p outside (0, 1)', () => expect(() => normalQuantile(1)).toThrow(RangeError));
});

describe('acceptanceBound', () => {
  it("reproduces the lead's C_INSIDE from the lead's calibration (200 models, ln mean −2.005, sd 0.331; batch 4, 2e-6)", () => {
    const lead = { models: 200, lnMean: -2.005, lnSd: 0.331 };
    // C_INSIDE is stated to two digits (0.36 for the computed 0.363)
    expect(Math.abs(acceptanceBound(4, 2e-6, lead) - C_INSIDE)).toBeLessThan(0.005);
  });

  it('shrinks towards the calibrated limit as the family grows', () => {
    const { mean } = calibrationLimits();
    expect(acceptanceBound(8)).toBeGreaterThan(acceptanceBound(64));
    expect(acceptanceBound(64)).toBeGreaterThan(Math.exp(mean));
  });

  it('the stored calibration holds on a fresh sample of the paper chain inside (29)', async () => {
    const K = 12;
    const logs = await calibrationLogs(K, 77);
    const mean = logs.reduce((a, x) => a + x, 0) / K;
    // under the calibrated normal law the mean of K logs lies within z·σ/√K of μ; two-sided false alarm 1e-4 (z = 3.89)
    expect(Math.abs(mean - CALIBRATION.lnMean)).toBeLessThanOrEqual((normalQuantile(1 - 5e-5) * calibrationLimits().sd) / Math.sqrt(K));
  }, 60_000);
});

describe('docs/variants.md states the calibration and the bounds the code uses', () => {
  it('μ, σ, C_INSIDE, the quick-size bound, C and the one-model bound appear as computed', async () => {
    const { readFileSync } = await import('node:fs');
    const { typicalModelBound } = await import('../../src/variant/acceptance.ts');
    const { QUICK_FAMILY_SIZE } = await import('../../src/variant/evaluateVariant.ts');
    const doc = readFileSync('docs/variants.md', 'utf8');
    const f3 = (x: number) => Number(x.toPrecision(3)).toString();
    expect(doc).toContain(`μ = ${CALIBRATION.lnMean.toFixed(3).replace('-', '−')}`);
    expect(doc).toContain(`σ = ${CALIBRATION.lnSd.toFixed(3)}`);
    expect(doc).toContain(`measured on ${CALIBRATION.models} models`);
    expect(doc).toContain(`\`C_INSIDE\` = ${C_INSIDE}`);
    expect(doc).toContain(`For the quick size M = ${QUICK_FAMILY_SIZE} the bound is ${f3(acceptanceBound(QUICK_FAMILY_SIZE))}`);
    expect(doc).toContain(`C = ${f3(typicalModelBound())}`);
    expect(doc).toContain(`exp(μ⁺ + z_{1−α}σ⁺) = ${f3(acceptanceBound(1))}`);
  });
});
