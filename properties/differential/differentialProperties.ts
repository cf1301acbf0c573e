/**
 * Every capability checked differentially: the implementation and the reference answer the same
 * explicit request; they must agree within max(claim, floor) + the reference's own error
 * ({@link allowed}). Floors are rounding bounds of the reference's computation, derived per line.
 */
import { kappa27 } from '../dynamics/deviationOfCase.ts';
import fc from 'fast-check';
import type { WireMatrix } from '../../src/protocol/capabilities.ts';
import type { Implementation } from '../../src/protocol/implementation.ts';
import { defineProperty, expectWithin } from '../framework/property.ts';
import { UNDERFLOW, thermalLogScale } from '../transport/thermalRounding.ts';
import { wireModel } from '../framework/suiteInputs.ts';
import { allowed, bothAnswers, maxAbsDiff, maxRelDiff } from './compare.ts';
import { chainSpec, complexState, temperatures, timesInUnitsOfKappa } from './differentialInputs.ts';

const EPS = Number.EPSILON;


export const kappaDifferential = defineProperty({
  id: 'differential/model.kappa',
  title: 'κ (27) agrees with the reference (relative)',
  requires: ['model.kappa'],
  arbitrary: chainSpec(4, 6),
  cases: 40,
  minCases: 10,
  timeLimitMs: 10_000,
  async check(impl, spec) {
    const model = wireModel(spec);
    const { theirs, ours } = await bothAnswers(impl, 'model.kappa', { model });
    const rel = Math.abs(theirs.kappa - ours.kappa) / ours.kappa;
    const tol = allowed(impl, 'model.kappa', 8 * EPS); // four products/quotients, 2ε each
    expectWithin(rel <= tol, `κ of N = ${spec.sites}, n = ${spec.levels}, λ = ${spec.coupling}, δε = ${spec.bandWidth}: got ${theirs.kappa}, reference ${ours.kappa} (relative)`, rel, tol);
  },
});

export const criteriaDifferential = defineProperty({
  id: 'differential/model.criteria',
  title: 'c₁, c₂ of (29) agree with the reference (relative)',
  requires: ['model.criteria'],
  arbitrary: chainSpec(4, 6),
  cases: 40,
  minCases: 10,
  timeLimitMs: 10_000,
  async check(impl, spec) {
    const model = wireModel(spec);
    const { theirs, ours } = await bothAnswers(impl, 'model.criteria', { model });
    const tol = allowed(impl, 'model.criteria', 8 * EPS); // ≤ 4 roundings of products/quotients
    for (const key of ['c1', 'c2'] as const) {
      const rel = Math.abs(theirs[key] - ours[key]) / ours[key];
      expectWithin(rel <= tol, `${key} of n = ${spec.levels}, λ = ${spec.coupling}, δε = ${spec.bandWidth}: got ${theirs[key]}, reference ${ours[key]}`, rel, tol);
    }
  },
});

export const hamDifferential = defineProperty({
  id: 'differential/ham.populations',
  title: 'HAM populations (30)–(32) agree with the reference for any N, p₀, κ and time grid',
  requires: ['ham.populations'],
  arbitrary: fc.tuple(
    fc.integer({ min: 2, max: 12 }),
    fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 12, maxLength: 12 }),
    fc.integer({ min: -40, max: 20 }),
    timesInUnitsOfKappa,
  ),
  cases: 60,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [N, weights, k, units]) {
    const w = weights.slice(0, N);
    w[0] += 1; // never all zero
    const total = w.reduce((a, b) => a + b, 0);
    const p0 = w.map((x) => x / total);
    const kappa = 10 ** (k / 10);
    const times = units.map((u) => u / kappa);
    const { theirs, ours } = await bothAnswers(impl, 'ham.populations', { p0, kappa, times });
    const { delta, at } = maxAbsDiff(theirs.populations.flat(), ours.populations.flat());
    // N-mode sums of terms ≤ 1 with e^{−κωt} rounding ≤ 2ε each: 4Nε
    const tol = allowed(impl, 'ham.populations', 4 * N * EPS);
    expectWithin(delta <= tol, `N = ${N}, p₀ = [${p0.map((x) => x.toPrecision(3))}], κ = ${kappa}, times = [${times}]: P at time #${Math.floor(at / N)}, site ${(at % N) + 1}`, delta, tol);
  },
});

export const exactDifferential = defineProperty({
  id: 'differential/exact.populations',
  title: 'exact populations (11) agree with the reference (complex initial states, unsorted times beyond 1/κ)',
  requires: ['exact.populations'],
  arbitrary: fc.tuple(chainSpec(6), fc.integer({ min: 0, max: 2 ** 32 - 1 }), timesInUnitsOfKappa),
  cases: 30,
  minCases: 8,
  timeLimitMs: 30_000,
  async check(impl, [spec, stateSeed, units]) {
    const model = wireModel(spec);
    const initial = complexState(spec.sites * spec.levels, stateSeed);
    // times in units of 1/κ, up to 3/κ — but at most 1000/δε per unit, so the slowest corner (c₁ = 0.05, n = 100,
    // N = 6) costs ≤ 3000·(δε/2 + 3λ√n)/δε ≈ 1500 matvecs instead of 10⁴ (the cheap corners still reach 3/κ)
    const unit = Math.min(1 / kappa27(spec), 1000 / spec.bandWidth);
    const times = units.map((u) => u * unit);
    const { theirs, ours } = await bothAnswers(impl, 'exact.populations', { model, initial, times });
    const N = spec.sites;
    const { delta, at } = maxAbsDiff(theirs.populations.flat(), ours.populations.flat());
    const tol = allowed(impl, 'exact.populations', 0);
    expectWithin(delta <= tol, `N = ${N}, n = ${spec.levels}, c₁ = ${((spec.coupling * spec.levels) / spec.bandWidth).toPrecision(3)}, ${spec.ensemble} seed ${spec.seed}, t = ${times[Math.floor(at / N)]}: P_${(at % N) + 1}`, delta, tol);
  },
});

function matrixDelta(a: WireMatrix, b: WireMatrix): { delta: number; scale: number } {
  const re = maxAbsDiff(a.re, b.re).delta;
  const im = maxAbsDiff(a.im, b.im).delta;
  let scale = 0;
  for (let i = 0; i < b.re.length; i++) scale = Math.max(scale, Math.hypot(b.re[i], b.im[i]));
  return { delta: Math.max(re, im), scale };
}

/** τ = 2^{j/2}/δε, j ∈ [−6, 10]: from well below 1/δε to inside the golden-rule window. */
const dysonStep = fc.integer({ min: -6, max: 10 });

export const dysonDifferential = defineProperty({
  id: 'differential/dyson.operators',
  title: 'Û⁽¹⁾ (9), Û⁽²⁾ (10) and the split (16) agree with the reference, entrywise relative to the largest entry',
  requires: ['dyson.operators'],
  arbitrary: fc.tuple(chainSpec(4, 5), dysonStep),
  cases: 30,
  minCases: 8,
  timeLimitMs: 20_000,
  async check(impl, [spec, j]) {
    const model = wireModel(spec);
    const tau = 2 ** (j / 2) / spec.bandWidth;
    const { theirs, ours } = await bothAnswers(impl, 'dyson.operators', { model, tau });
    const d = spec.sites * spec.levels;
    // closed-form phase integrals (≤ 16ε relative, see secondOrderPhaseIntegral) summed over ≤ d products: 16dε
    const tol = allowed(impl, 'dyson.operators', 16 * d * EPS);
    for (const key of ['first', 'second', 'secondDiag', 'secondOff'] as const) {
      const { delta, scale } = matrixDelta(theirs[key], ours[key]);
      const rel = scale > 0 ? delta / scale : delta;
      expectWithin(rel <= tol, `${key} at N = ${spec.sites}, n = ${spec.levels}, λ = ${spec.coupling}, τ = ${tau}, ${spec.ensemble} seed ${spec.seed}`, rel, tol);
    }
  },
});

export const bondTracesDifferential = defineProperty({
  id: 'differential/dyson.bondTraces',
  title: 'one-bond traces T_µ of (26) agree with the reference (relative)',
  requires: ['dyson.bondTraces'],
  arbitrary: fc.tuple(chainSpec(5, 9), dysonStep),
  cases: 30,
  minCases: 8,
  timeLimitMs: 20_000,
  async check(impl, [spec, j]) {
    const model = wireModel(spec);
    const tau = 2 ** (j / 2) / spec.bandWidth;
    const { theirs, ours } = await bothAnswers(impl, 'dyson.bondTraces', { model, tau });
    // n² non-negative terms, each with ≤ 16ε relative error: the sum keeps 16ε + n²ε relative (recursive summation)
    const tol = allowed(impl, 'dyson.bondTraces', (16 + spec.levels ** 2) * EPS);
    const { delta, at } = maxRelDiff(theirs.traces, ours.traces, UNDERFLOW);
    expectWithin(delta <= tol, `T_${at + 1} at N = ${spec.sites}, n = ${spec.levels}, λ = ${spec.coupling}, τ = ${tau}`, delta, tol);
  },
});

/** Single-band subunit parameters: n = 10^{i/4} rounded (1 … 10⁶), δε, λ, ΔE on log grids. */
const subunit = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: -16, max: 0 }), fc.integer({ min: -32, max: -4 }), fc.integer({ min: -4, max: 4 }))
  .map(([i, w, l, g]) => ({ levels: Math.round(10 ** (i / 4)), bandWidth: 10 ** (w / 4), coupling: 10 ** (l / 4), gap: 10 ** (g / 8) }));

/** Per temperature: |theirs − ours| ≤ tol·max(ours, UNDERFLOW), tol from the log-space rounding (see thermalRounding.ts). */
function agreePerTemperature(
  impl: Implementation,
  cmd: 'transport.heatCapacity' | 'transport.kappaTh',
  p: { levels: number; gap: number; coupling?: number; bandWidth?: number },
  temps: number[],
  theirs: number[],
  ours: number[],
  what: string,
): void {
  for (let i = 0; i < temps.length; i++) {
    const tol = allowed(impl, cmd, 8 * EPS * thermalLogScale(p, temps[i])); // exp of a log within 8ε·scale: that much relative
    const rel = Math.abs(theirs[i] - ours[i]) / Math.max(ours[i], UNDERFLOW);
    expectWithin(rel <= tol, `${what} at k_BT = ${temps[i]}: got ${theirs[i]}, reference ${ours[i]}`, rel, tol);
  }
}

export const heatCapacityDifferential = defineProperty({
  id: 'differential/transport.heatCapacity',
  title: 'heat capacity c(T) (50) agrees with the reference from k_BT = 10⁻³ to 10³ (relative)',
  requires: ['transport.heatCapacity'],
  arbitrary: fc.tuple(subunit, temperatures),
  cases: 60,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [p, temps]) {
    const { theirs, ours } = await bothAnswers(impl, 'transport.heatCapacity', { levels: p.levels, gap: p.gap, temperatures: temps });
    agreePerTemperature(impl, 'transport.heatCapacity', { levels: p.levels, gap: p.gap }, temps, theirs.c, ours.c, `c at n = ${p.levels}, ΔE = ${p.gap}`);
  },
});

export const kappaThDifferential = defineProperty({
  id: 'differential/transport.kappaTh',
  title: 'κ_th(T) (48) agrees with the reference from k_BT = 10⁻³ to 10³ (relative)',
  requires: ['transport.kappaTh'],
  arbitrary: fc.tuple(subunit, temperatures),
  cases: 60,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [p, temps]) {
    const { theirs, ours } = await bothAnswers(impl, 'transport.kappaTh', { ...p, temperatures: temps });
    agreePerTemperature(impl, 'transport.kappaTh', p, temps, theirs.kappaTh, ours.kappaTh, `κ_th at n = ${p.levels}, δε = ${p.bandWidth}, λ = ${p.coupling}, ΔE = ${p.gap}`);
  },
});

export const differentialProperties = [
  kappaDifferential,
  criteriaDifferential,
  hamDifferential,
  exactDifferential,
  dysonDifferential,
  bondTracesDifferential,
  heatCapacityDifferential,
  kappaThDifferential,
];
