/**
 * Heat transport of the single-band chain, Sec. VIII, through the capabilities: κ_th (48) is κ (27)
 * times c (50) — eq. (51) — and obeys the low- and high-temperature laws the paper states, from
 * k_BT = 10⁻³ to 10³. These hold independently of the reference.
 */
import { kappa27 } from '../dynamics/deviationOfCase.ts';
import fc from 'fast-check';
import { request } from '../../src/protocol/implementation.ts';
import { defineProperty, expectWithin } from '../framework/property.ts';
import { wireModel } from '../framework/suiteInputs.ts';
import { temperatures } from '../differential/differentialInputs.ts';
import { UNDERFLOW, thermalLogScale } from './thermalRounding.ts';

const EPS = Number.EPSILON;

/** A single-band subunit small enough to travel as a model: n = 1 … 64, δε, λ, ΔE on log grids. */
const subunit = fc
  .tuple(fc.integer({ min: 0, max: 18 }), fc.integer({ min: -12, max: 0 }), fc.integer({ min: -24, max: -4 }), fc.integer({ min: -4, max: 4 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
  .map(([i, w, l, g, seed]) => ({ levels: Math.round(64 ** (i / 18)), bandWidth: 10 ** (w / 4), coupling: 10 ** (l / 4), gap: 10 ** (g / 8), seed }));

export const kappaThIsKappaTimesC = defineProperty({
  id: 'transport/kappa-th-is-kappa-times-c',
  title: 'κ_th (48) = κ (27) · c (50), eq. (51), at every k_BT in [10⁻³, 10³]',
  requires: ['model.kappa', 'transport.heatCapacity', 'transport.kappaTh'],
  arbitrary: fc.tuple(subunit, temperatures),
  cases: 40,
  minCases: 10,
  timeLimitMs: 15_000,
  async check(impl, [p, temps]) {
    const model = wireModel({ sites: 2, levels: p.levels, bandWidth: p.bandWidth, gap: p.gap, coupling: p.coupling, ensemble: 'GUE', seed: p.seed });
    const { kappa } = await request(impl, 'model.kappa', { model });
    const { c } = await request(impl, 'transport.heatCapacity', { levels: p.levels, gap: p.gap, temperatures: temps });
    const { kappaTh } = await request(impl, 'transport.kappaTh', { ...p, temperatures: temps });
    for (let i = 0; i < temps.length; i++) {
      const product = kappa * c[i];
      // each side within its claim (relative) plus the rounding of a log-space coding, 8ε·logScale
      const tol = impl.accuracy['transport.kappaTh'] + impl.accuracy['transport.heatCapacity'] + impl.accuracy['model.kappa'] + 16 * EPS * thermalLogScale(p, temps[i]);
      const rel = Math.abs(kappaTh[i] - product) / Math.max(product, UNDERFLOW);
      expectWithin(rel <= tol, `n = ${p.levels}, δε = ${p.bandWidth}, λ = ${p.coupling}, ΔE = ${p.gap}, k_BT = ${temps[i]}: κ_th = ${kappaTh[i]} vs κ·c = ${product}`, rel, tol);
    }
  },
});


export const kappaThLowTemperature = defineProperty({
  id: 'transport/kappa-th-low-temperature',
  title: 'low T: ln κ_th = ln(κn) − x + 2 ln x − r with 0 ≤ r ≤ 2n e^{−x}, x = ΔE/k_BT (∝ e^{−ΔE/k_BT})',
  requires: ['transport.kappaTh'],
  arbitrary: fc.tuple(subunit, temperatures),
  cases: 60,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [p, temps]) {
    const { kappaTh } = await request(impl, 'transport.kappaTh', { ...p, temperatures: temps });
    for (let i = 0; i < temps.length; i++) {
      if (!(kappaTh[i] > UNDERFLOW)) continue; // underflowed: ln κ_th carries no relative information
      const x = p.gap / temps[i];
      const r = Math.log(kappa27(p) * p.levels) - x + 2 * Math.log(x) - Math.log(kappaTh[i]);
      // ln of a value within relative accuracy a is within a (+ the rounding of the logs summed)
      const round = impl.accuracy['transport.kappaTh'] + 8 * EPS * thermalLogScale(p, temps[i]);
      const bound = 2 * p.levels * Math.exp(-x);
      expectWithin(r >= -round && r <= bound + round, `n = ${p.levels}, ΔE = ${p.gap}, k_BT = ${temps[i]}: remainder r of the low-T law outside [0, 2n e^{−x}]`, r, bound + round);
    }
  },
});

export const kappaThHighTemperature = defineProperty({
  id: 'transport/kappa-th-high-temperature',
  title: 'high T: |ln κ_th − ln(κnΔE²/((1+n)²k_B²T²))| ≤ ΔE/k_BT (∝ T⁻²)',
  requires: ['transport.kappaTh'],
  arbitrary: fc.tuple(subunit, temperatures),
  cases: 60,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [p, temps]) {
    const { kappaTh } = await request(impl, 'transport.kappaTh', { ...p, temperatures: temps });
    for (let i = 0; i < temps.length; i++) {
      if (!(kappaTh[i] > UNDERFLOW)) continue;
      const x = p.gap / temps[i];
      const asymptote = Math.log(kappa27(p) * p.levels) - 2 * Math.log1p(p.levels) + 2 * Math.log(x);
      const d = Math.abs(Math.log(kappaTh[i]) - asymptote);
      // mean-value bound |d ln s/dx| ≤ 1 gives x; plus the claim and the rounding of the logs
      const tol = x + impl.accuracy['transport.kappaTh'] + 8 * EPS * thermalLogScale(p, temps[i]);
      expectWithin(d <= tol, `n = ${p.levels}, ΔE = ${p.gap}, k_BT = ${temps[i]}: distance from the T⁻² law`, d, tol);
    }
  },
});

export const transportProperties = [kappaThIsKappaTimesC, kappaThLowTemperature, kappaThHighTemperature];
