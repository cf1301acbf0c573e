import { describe, expect, it } from 'vitest';
import { NUMPY_FIG8_PEAK, windowBias } from '../../src/checks/kappaThBounds.ts';
import { renderFig8Note } from '../../src/paper/fig8Note.ts';
import type { Fig8Report, ScalingRow } from '../../src/paper/fig8Report.ts';
import { F8 } from '../../src/paper/paperConfigurations.ts';
import { formatNumber } from '../../src/report/markdownTable.ts';
import type { MeasuredPoint } from '../../src/transport/measureKappaTh.ts';

/**
 * The note's verdicts are computed from the report: a synthetic report (no dynamics) whose numbers pass
 * every criterion, and the same report with one number moved past its criterion, must render different
 * verdicts — and every number shown must be the report's.
 */
const RHO = 0.01;
const window = { t0: 116, t1: 349, tStar: 201, kappaRef: 1.5708e-4, heisenbergTime: 62832 };

function point(T: number, formula: number, eta: number, measuredOverPrediction: number): MeasuredPoint {
  const ft = eta * formula;
  const measured = measuredOverPrediction * ft;
  return {
    temperature: T,
    dT: 1e-2 * T,
    kappaThMeasured: measured,
    uncertainty: 1e-3 * measured,
    incoherent: { mean: measured, standardError: 0, samples: 1 },
    kappaThFormula: formula,
    kappaThPrinted47: 0.7 * formula,
    kappaThFiniteTime: ft,
    kappaThPrinted47Window: 0.7 * measured,
    kappaThDetailedBalanceWindow: ft,
  };
}

function report(opts: { peakShift?: number; pointRatio?: number; scalingEta?: number; multiBandPrinted?: number } = {}): Fig8Report {
  const pts = [0.05, 0.1467, 1].map((T, i) => point(T, 1e-3 * (i + 1), 0.874, i === 1 ? (opts.pointRatio ?? 1.002) : 1.001));
  const scaling: ScalingRow[] = [200, 500, 2000].map((n, i) => ({
    n,
    c2: 1 / (4 * n),
    eta: i === 2 && opts.scalingEta !== undefined ? opts.scalingEta : 1 - 0.5 * windowBias(1 / (4 * n)),
    measuredRatio: 1 - 0.5 * windowBias(1 / (4 * n)),
    uncertainty: 0.004,
    realizations: 8,
    bandWidth: 0.05,
    remainderBound: RHO,
    temperature: 0.3,
  }));
  const mbPoints = [0.5, 1].map((T) => {
    const q = point(T, 2e-5, 1, 1);
    return { ...q, kappaThPrinted47Window: (opts.multiBandPrinted ?? 0.7) * q.kappaThMeasured };
  });
  const run = { window, times: [116, 349], realizations: 1, mode: 'trace' as const, seed: 1, chebyshevTerms: 40, remainderBound: RHO, goldenRuleRegime: true };
  return {
    fig8: {
      parameters: F8,
      curve: [],
      peak: { temperature: NUMPY_FIG8_PEAK.temperature, kappaTh: NUMPY_FIG8_PEAK.kappaTh + (opts.peakShift ?? 1e-8), logTemperatureAccuracy: 1e-7, relativeAccuracy: 1e-12, iterations: 40 },
      measured: pts.map((q) => ({ temperature: q.temperature, kappaTh: q.kappaThMeasured, uncertainty: q.uncertainty, kappaThFormula: q.kappaThFormula, kappaThFiniteTime: q.kappaThFiniteTime })),
      measurement: { ...run, realizations: 24, mode: 'phases' },
    },
    scaling,
    multiBand: { spec: { bands: 3, levels: 8, bandWidth: 0.05, gap: 1, coupling: (0.03 * 0.05) / 8, ensemble: 'GUE', seed: 7 }, run: { ...run, points: mbPoints } },
  };
}

describe('Fig. 8 note (src/paper/fig8Note.ts): verdicts computed from the results', () => {
  const good = renderFig8Note(report());

  it('states the verdicts that the numbers support', () => {
    expect(good).toContain(`agrees to its ${NUMPY_FIG8_PEAK.digits} printed digits`);
    expect(good).toContain('3 of 3 points agree with the finite-time prediction');
    expect(good).toContain('shrinks monotonically');
    expect(good).toContain('Verdict: the exact dynamics obeys detailed balance');
    expect(good).not.toMatch(/\bNO\b|DIFFERS|NOT/);
    expect(good).not.toContain('reproduced');
  });

  it('prints the report’s numbers, not typed-in ones', () => {
    const r = report();
    for (const q of r.fig8.measured!) expect(good).toContain(formatNumber(q.kappaThFormula));
    expect(good).toContain(`κ_th,max = ${r.fig8.peak.kappaTh.toPrecision(7)}`);
    // (47) misses by 30 % in the synthetic report: the text says 30 %, not a remembered range
    expect(good).toContain('by 30 % to 30 %');
    expect(good).not.toContain('28–43');
    expect(good).not.toContain('0.2 %');
  });

  it('a peak off the calibration by one unit of its last digit is reported as a difference', () => {
    expect(renderFig8Note(report({ peakShift: 1e-6 }))).toContain('DIFFERS');
  });

  it('a point beyond ρ + 4σ of its prediction is counted as disagreeing', () => {
    const text = renderFig8Note(report({ pointRatio: 1 + RHO + 0.01 }));
    expect(text).toContain('2 of 3 points agree with the finite-time prediction');
    expect(text).toContain('does not confirm (48)');
  });

  it('a finite-time factor beyond 4√(2c₂), or one that does not shrink with n, is flagged', () => {
    const text = renderFig8Note(report({ scalingEta: 0.5 }));
    expect(text).toContain('1 − η ≤ 4√(2c₂) for 2 of 3 sizes');
    expect(text).toContain('does NOT shrink');
  });

  it('(47) within tolerance of the exact κ_th turns the multi-band verdict into "not confirmed"', () => {
    const text = renderFig8Note(report({ multiBandPrinted: 1 + RHO / 2 }));
    expect(text).toContain('Verdict: NOT confirmed by this run');
    expect(text).toContain('beyond ρ + b at 0 of 2');
    expect(text).toContain('stays within ρ + b at every temperature');
  });
});
