import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { measureKappaTh } from '../../src/transport/measureKappaTh.ts';
import { validateTransportModelSpec } from '../../src/transport/transportModel.ts';
import { propertyParams as baseParams } from '../../properties/support/propertyParams.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const propertyParams = (runs: number, ms: number): fc.Parameters<any> => baseParams(runs, ms);

/** 4σ: two-sided Gaussian false-alarm rate 6·10⁻⁵ per check. */
const C = 4;

/**
 * Single-band models that satisfy the criteria (29): n ≥ 200, c₁ = λn/δε ∈ [½, 0.8], so c₂ = c₁²/n ≤ 3.2·10⁻³.
 * The window then lies in the golden-rule regime: ħ/(δεt₀) = π√(6c₂) ≤ 0.5 and κt₁ = √(6c₂) ≤ 0.14.
 */
const singleBand = fc.record({
  n: fc.integer({ min: 200, max: 320 }),
  bandWidth: fc.double({ min: 0.02, max: 0.1, noNaN: true }),
  c1: fc.double({ min: 0.5, max: 0.8, noNaN: true }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  phaseSeed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  logT: fc.double({ min: Math.log(0.05), max: Math.log(10), noNaN: true }),
});

describe("Fourier's law from exact dynamics (random single-band models, n ≥ 200)", () => {
  test.prop([singleBand], propertyParams(5, 30_000))(
    'J = κ_th ΔT with κ_th > 0 the finite-time golden-rule value, within ρ + 4σ; the paper’s (48) within 4√(2c₂) + ρ + 4σ',
    (m) => {
      const lambda = (m.c1 * m.bandWidth) / m.n;
      const spec = validateTransportModelSpec({ bands: 1, levels: m.n, bandWidth: m.bandWidth, coupling: lambda, seed: m.seed });
      const T = Math.exp(m.logT);
      const run = measureKappaTh(spec, [T], { realizations: 16, seed: m.phaseSeed });
      const q = run.points[0];
      expect(run.goldenRuleRegime).toBe(true); // see singleBand above
      expect(q.kappaThMeasured).toBeGreaterThan(0); // hot → cold
      expect(Math.abs(q.kappaThMeasured - q.kappaThFiniteTime)).toBeLessThanOrEqual(run.remainderBound * q.kappaThFiniteTime + C * q.uncertainty);
      const c2 = (lambda * lambda * m.n) / (m.bandWidth * m.bandWidth);
      expect(Math.abs(q.kappaThMeasured / q.kappaThFormula - 1)).toBeLessThanOrEqual(
        4 * Math.sqrt(2 * c2) + run.remainderBound + (C * q.uncertainty) / q.kappaThFormula,
      );
    },
  );
});
