import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { kappaThPeak } from '../../src/transport/fig8.ts';
import {
  kappaThDetailedBalance,
  kappaThPrinted47,
  linearizedDistributionEq41,
  logKappaThDetailedBalance,
  masterEquationCurrent,
  productDistribution,
  rotatedDistributionEq40,
} from '../../src/transport/multiBand.ts';
import {
  highTemperatureAsymptote,
  kappa,
  kappaThEq48,
  logKappaThEq48,
  logKappaTimesHeatCapacity,
  lowTemperatureAsymptote,
} from '../../src/transport/singleBand.ts';
import {
  heatCapacity,
  heatCapacityEq50,
  heatCapacityNumeric,
  logHeatCapacity,
  logHeatCapacityEq50,
  subunitSpectrum,
} from '../../src/transport/thermal.ts';
import { propertyParams as baseParams } from '../../properties/support/propertyParams.ts';

/** propertyParams typed for any property tuple (fast-check's Parameters<T> is invariant in T). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const propertyParams = (runs: number, ms: number): fc.Parameters<any> => baseParams(runs, ms);

const EPS = Number.EPSILON;

/** k_BT log-uniform over [10⁻³, 10³]·ΔE: the full range on which the formulas must stay finite and accurate. */
const logT = fc.double({ min: Math.log(1e-3), max: Math.log(1e3), noNaN: true });
const single = fc.record({
  levels: fc.integer({ min: 1, max: 1_000_000 }),
  bandWidth: fc.double({ min: 1e-4, max: 1, noNaN: true }),
  coupling: fc.double({ min: 1e-8, max: 1e-1, noNaN: true }),
  gap: fc.double({ min: 0.1, max: 10, noNaN: true }),
});

/** Magnitude of the terms summed in ln κ_th: rounding of each is ≤ ε·(its size). */
function logScale(p: { levels: number; bandWidth: number; coupling: number; gap: number }, T: number): number {
  const x = p.gap / T;
  return 10 + x + 3 * Math.abs(Math.log(p.levels)) + 2 * Math.abs(Math.log(p.coupling)) + Math.abs(Math.log(p.bandWidth)) + 2 * Math.abs(Math.log(x));
}

describe('single-band heat conductivity, eqs. (48)–(51)', () => {
  test.prop([single, logT], propertyParams(300, 10_000))('κ_th (48) = κ·c (51) at every T in [1e-3, 1e3]', (p, u) => {
    const T = Math.exp(u);
    const l48 = logKappaThEq48(p, T);
    const l51 = logKappaTimesHeatCapacity(p, T);
    expect(Number.isFinite(l48)).toBe(true);
    // two codings of the same ≈ 10 logs/additions: each rounds with ≤ ε·(term size), 8× margin on the count
    expect(Math.abs(l48 - l51)).toBeLessThanOrEqual(8 * EPS * logScale(p, T));
    const v = kappaThEq48(p, T);
    expect(Number.isFinite(v) && v >= 0).toBe(true); // no overflow / NaN, underflow to 0 allowed
  });

  test.prop([single, logT], propertyParams(300, 10_000))('low T: ln κ_th = ln(κn) − x + 2 ln x − r with 0 ≤ r ≤ 2n e^{−x}', (p, u) => {
    const T = Math.exp(u);
    const { logAsymptote, remainderBound } = lowTemperatureAsymptote(p, T);
    const r = logAsymptote - logKappaThEq48(p, T);
    const round = 8 * EPS * logScale(p, T); // same rounding budget as above
    expect(r).toBeGreaterThanOrEqual(-round);
    expect(r).toBeLessThanOrEqual(remainderBound + round);
    // the exponential law itself: below T = ΔE/(ln n + 40) the remainder is < 2e^{−40}, i.e. κ_th ∝ x²e^{−ΔE/k_BT}
    if (p.gap / T > Math.log(p.levels) + 40) expect(r).toBeLessThan(2 * Math.exp(-40) + round);
  });

  test.prop([single, logT], propertyParams(300, 10_000))('high T: |ln(κ_th) − ln(κnΔE²/((1+n)²T²))| ≤ ΔE/k_BT (∝ T⁻²)', (p, u) => {
    const T = Math.exp(u);
    const { logAsymptote, remainderBound } = highTemperatureAsymptote(p, T);
    // mean-value bound |d ln s/dx| ≤ 1 (see highTemperatureAsymptote), plus rounding as above
    expect(Math.abs(logKappaThEq48(p, T) - logAsymptote)).toBeLessThanOrEqual(remainderBound + 8 * EPS * logScale(p, T));
  });

  test.prop([single, logT], propertyParams(200, 10_000))('general (47) and detailed-balance forms reduce to (48) for one band', (p, u) => {
    const T = Math.exp(u);
    const tp = { spectrum: subunitSpectrum(p.levels, p.gap), bandWidth: p.bandWidth, coupling: p.coupling };
    const l48 = logKappaThEq48(p, T);
    // logSumExp of one term vs. the printed coding: same rounding budget
    expect(Math.abs(logKappaThDetailedBalance(tp, T) - l48)).toBeLessThanOrEqual(8 * EPS * logScale(p, T));
    const printed = kappaThPrinted47(tp, T).value;
    const v48 = Math.exp(l48);
    if (v48 > 1e-280) {
      // (47) is summed in linear space: exp(ln w) loses ε·|ln w| relative, two ordered terms add a few ε
      expect(Math.abs(printed - v48)).toBeLessThanOrEqual(8 * EPS * logScale(p, T) * v48);
    } else {
      // the sector weight w is subnormal (or 0) there and carries only absolute precision: both tiny
      expect(Math.abs(printed)).toBeLessThan(1e-270);
    }
  });

  test.prop([single, fc.double({ min: Math.log(1e-3), max: Math.log(1e3), noNaN: true })], propertyParams(100, 10_000))(
    'the golden-section peak is a stationary point of (48) within its stated accuracy',
    (p, _u) => {
      const peak = kappaThPeak(p);
      const x = p.gap / peak.temperature;
      const s = (p.levels * Math.exp(-x)) / (1 + p.levels * Math.exp(-x));
      // d ln κ_th/d ln T = −(2/x − 1 + 2s)·x; at a point within δu of the root its size is ≤ |f''|·δu, with
      // |f''| = |d/du| of the same expression ≤ x(2 + x) (|ds/dx| ≤ ¼ ⇒ |d(x(2/x−1+2s))/dx| ≤ 1 + 2s + x/2 ≤ 3 + x)
      const slope = Math.abs(x * (2 / x - 1 + 2 * s));
      expect(slope).toBeLessThanOrEqual((3 + x) * x * peak.logTemperatureAccuracy * 2);
      expect(peak.temperature).toBeLessThan(p.gap / 2); // x* > 2, see kappaThPeak
    },
  );
});

describe('heat capacity, eqs. (49)/(50)', () => {
  const spectra = fc.record({
    levels: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 4 }),
    gap: fc.double({ min: 0.1, max: 10, noNaN: true }),
  });
  // Moderate range: at k_BT = 10⁻³ both sides underflow to 0, which the log-form properties above cover.
  const moderate = fc.double({ min: Math.log(0.03), max: Math.log(30), noNaN: true });

  test.prop([spectra, moderate], propertyParams(300, 10_000))('c from ∂²ln Z/∂β² (numerical) = c from Var E within the derived bound', (sp, u) => {
    const s = subunitSpectrum(sp.levels, sp.gap);
    const T = Math.exp(u) * sp.gap;
    const num = heatCapacityNumeric(s, T);
    const exact = heatCapacity(s, T);
    // errorBound = truncation (h²L²κ₂e^{hL}/12) + rounding (32ε max|ln Z|/h²), see heatCapacityNumeric;
    // the analytic side carries ≤ 16ε relative (log-sum-exp of ≤ 10 pair terms)
    expect(Math.abs(num.value - exact)).toBeLessThanOrEqual(num.errorBound + 16 * EPS * exact);
  });

  test.prop([single, moderate], propertyParams(300, 10_000))('κ_th (48) = κ·c with c from numerical ∂²ln Z/∂β² (51)', (p, u) => {
    const T = Math.exp(u) * p.gap;
    const num = heatCapacityNumeric(subunitSpectrum(p.levels, p.gap), T);
    const k = kappa(p);
    // |κ c_num − κ c| ≤ κ·errorBound; (48) itself carries ≤ 8ε·(term sizes) relative, as above
    expect(Math.abs(kappaThEq48(p, T) - k * num.value)).toBeLessThanOrEqual(k * num.errorBound + 8 * EPS * logScale(p, T) * kappaThEq48(p, T));
  });

  test.prop([single, logT], propertyParams(300, 10_000))('Var-E form of c equals the printed (50) for one band, stable at every T', (p, u) => {
    const T = Math.exp(u);
    const s = subunitSpectrum(p.levels, p.gap);
    const a = logHeatCapacity(s, T);
    const b = logHeatCapacityEq50(p.levels, p.gap, T);
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    // both ≈ 6 rounded operations on terms ≤ x + ln n + |ln x| in size
    expect(Math.abs(a - b)).toBeLessThanOrEqual(16 * EPS * (10 + p.gap / T + Math.log(p.levels) + 2 * Math.abs(Math.log(p.gap / T))));
    expect(heatCapacityEq50(p.levels, p.gap, T)).toBeGreaterThanOrEqual(0);
  });
});

describe('multi-band formulas (Sec. VII)', () => {
  const twoBands = fc.record({
    levels: fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 2 }),
    bandWidth: fc.double({ min: 1e-3, max: 0.5, noNaN: true }),
    coupling: fc.double({ min: 1e-7, max: 1e-2, noNaN: true }),
  });
  const moderateT = fc.double({ min: Math.log(0.05), max: Math.log(50), noNaN: true });

  test.prop([twoBands, moderateT], propertyParams(200, 10_000))('B ≤ 2: printed (47) with final-density κ coincides with the detailed-balance form', (m, u) => {
    // In B ≤ 2 every adjacent pair has either ℰℰ′ = 0 or n(E,ℰ) = n(E,ℰ′); the two forms differ only by
    // −g ℰℰ′(n − n′)²/(nn′) per pair (errata transport-eq44-47-detailed-balance), so they agree here.
    const p = { spectrum: subunitSpectrum(m.levels), bandWidth: m.bandWidth, coupling: m.coupling };
    const T = Math.exp(u);
    const db = kappaThDetailedBalance(p, T);
    // ≤ 10 positive terms, each formed with ≤ 16ε relative error (exp of a log of size ≤ 2E/T + 30)
    expect(Math.abs(kappaThPrinted47(p, T).value - db)).toBeLessThanOrEqual(16 * EPS * (30 + 8 / T) * db);
  });

  test.prop([twoBands, moderateT, fc.double({ min: 1e-4, max: 1e-3, noNaN: true })], propertyParams(200, 10_000))(
    'master-equation current is linear in ΔT with slope κ_th (Fourier)',
    (m, u, rel) => {
      const p = { spectrum: subunitSpectrum(m.levels), bandWidth: m.bandWidth, coupling: m.coupling };
      const T = Math.exp(u);
      const dT = rel * T * Math.min(1, T); // ΔT ≪ T and ΔT ≪ T²/ΔE
      const J = masterEquationCurrent(p, T, dT);
      const Jm = masterEquationCurrent(p, T, -dT);
      // odd in ΔT: the same terms summed in another order (pairs (i,j)↔(j+1,i−1) swap), so equal up to
      // ≈ 10 roundings of exponents of size ≤ 2B/T + 30
      expect(Math.abs(Jm + J)).toBeLessThanOrEqual(16 * EPS * (30 + 8 / T) * Math.abs(J));
      // J/ΔT is even in ΔT; its relative ΔT² coefficient is built from (ΔT/T)² and (BΔE·ΔT/T²)² with O(1)
      // coefficients (sinh u/u = 1 + u²/6, Boltzmann factors e^{±B ΔE ΔT/2T²}): 4·((1+B)(ΔT/T)(1 + 1/T))² bounds it.
      const B = m.levels.length;
      const bound = 4 * ((1 + B) * (dT / T) * (1 + 1 / T)) ** 2 + 1e-13;
      expect(Math.abs(J / dT / kappaThDetailedBalance(p, T) - 1)).toBeLessThanOrEqual(bound);
    },
  );

  test.prop([twoBands, moderateT, fc.double({ min: -0.5, max: 0.5, noNaN: true })], propertyParams(200, 10_000))(
    '(40) is (38) in the rotated coordinates (39); (41) is its first order',
    (m, u, rel) => {
      const s = subunitSpectrum(m.levels);
      const T = Math.exp(u);
      const dT = rel * T;
      const P38 = productDistribution(s, T + dT / 2, T - dT / 2);
      const P40 = rotatedDistributionEq40(s, T, dT);
      const P41 = linearizedDistributionEq41(s, T, dT);
      let total = 0;
      P40.forEach(({ band, P }, k) => {
        total += P;
        // exp of a sum of ≤ 5 terms of size ≤ 2B/T + ln n²: relative rounding ≤ 8ε·(that size)
        expect(Math.abs(P - P38[band.i][band.j])).toBeLessThanOrEqual(8 * EPS * (10 + 8 / T) * P38[band.i][band.j] + 1e-300);
        // (41) drops O(ΔT²) terms: with x = ℰΔT/T², e^{x}·Z-ratio expansions leave ≤ (BΔT/T²)²·(1+2B/T)²·P
        const d2 = ((2 * (dT / (T * T)) * (1 + T)) ** 2) * (1 + 4 / T) ** 2;
        // plus the rounding of both sides, as for (38) above
        expect(Math.abs(P41[k].P - P)).toBeLessThanOrEqual((4 * d2 + 16 * EPS * (10 + 8 / T)) * Math.max(P, P41[k].P) + 1e-300);
      });
      expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-13); // a probability distribution (≤ 20 terms, 16ε each)
    },
  );
});

describe('typed errors for bad input', () => {
  const badT = fc.oneof(
    fc.double({ max: 0, noNaN: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  );
  test.prop([badT], propertyParams(100, 5_000))('T ≤ 0, NaN, ±∞ → HamcheckInputError(temperature)', (T) => {
    const p = { levels: 10, bandWidth: 0.05, coupling: 1e-4 };
    for (const call of [() => kappaThEq48(p, T), () => heatCapacityEq50(10, 1, T), () => heatCapacity(subunitSpectrum(3), T)]) {
      expect(call).toThrow(HamcheckInputError);
      try {
        call();
      } catch (e) {
        expect((e as HamcheckInputError).field).toBe('temperature');
      }
    }
  });

  test.prop([fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), fc.boolean()], propertyParams(100, 5_000))(
    '|ΔT| ≥ 2T → HamcheckInputError(temperatureDifference)',
    (T, factor, negative) => {
      const p = { spectrum: subunitSpectrum(5), bandWidth: 0.05, coupling: 1e-4 };
      const dT = (negative ? -1 : 1) * 2 * T * factor;
      expect(() => masterEquationCurrent(p, T, dT)).toThrow(/temperatureDifference/);
      expect(() => rotatedDistributionEq40(p.spectrum, T, dT)).toThrow(HamcheckInputError);
    },
  );

  test.prop([fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 1.01, max: 100, noNaN: true }).filter((x) => !Number.isInteger(x)))], propertyParams(100, 5_000))(
    'n < 1 or non-integer n → HamcheckInputError(levels)',
    (n) => {
      expect(() => kappa({ levels: n, bandWidth: 0.05, coupling: 1e-4 })).toThrow(/levels/);
      expect(() => subunitSpectrum(n)).toThrow(HamcheckInputError);
      expect(() => subunitSpectrum([3, n])).toThrow(/levels\[1\]/);
    },
  );
});
