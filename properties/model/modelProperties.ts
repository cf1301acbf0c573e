/**
 * `model.build`: the implementation's own generator, checked on its output — the level grid of the
 * project's conventions (docs/conventions.md) to rounding, and the coupling moments E v = 0,
 * E|v|² = 1 (blocks λv), real for GOE, within tail bounds of stated false-alarm probability — and then
 * driving the end-to-end statistic of (29): its κ against its own exact dynamics.
 */
import fc from 'fast-check';
import { C_INSIDE, CRITERIA_BATCH } from '../../src/checks/dynamicsBounds.ts';
import type { WireModel } from '../../src/protocol/capabilities.ts';
import { request } from '../../src/protocol/implementation.ts';
import { batchOf, insideCriteria } from '../arbitraries/dynamicsModels.ts';
import { mean } from '../framework/deviation.ts';
import { defineProperty, expectWithin } from '../framework/property.ts';
import { describeCase, scaledDeviations } from '../dynamics/deviationOfCase.ts';
import { wireModel } from '../framework/suiteInputs.ts';
import { gammaMeanBand, normalZ } from './buildMoments.ts';

/** False-alarm probability of each moment check; 4 checks a case, 30 cases: ≤ 1.2·10⁻⁵ a run. */
const P_CHECK = 1e-7;

const buildSpec = fc
  .tuple(fc.integer({ min: 2, max: 4 }), fc.constantFrom(20, 24, 30, 40), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'), fc.integer({ min: 0, max: 2 ** 32 - 1 }))
  .map(([sites, levels, k, w, g, ensemble, seed]): WireModel => {
    const bandWidth = [0.05, 0.01, 0.2][w];
    return { sites, levels, bandWidth, gap: [1, 0.5, 2][g], coupling: ((0.05 * 100 ** (k / 10)) * bandWidth) / levels, ensemble, seed };
  });

export const buildStatistics = defineProperty({
  id: 'model/build-statistics',
  title: 'model.build: levels E_k = ΔE − δε/2 + (k + ½)δε/n, couplings with E v = 0, E|v|² = λ² (real for GOE)',
  requires: ['model.build'],
  arbitrary: buildSpec,
  cases: 30,
  minCases: 8,
  timeLimitMs: 10_000,
  async check(impl, model) {
    const built = await request(impl, 'model.build', { model });
    const { sites: N, levels: n, bandWidth: de, gap, coupling: lambda, ensemble } = model;
    const what = `N = ${N}, n = ${n}, δε = ${de}, ΔE = ${gap}, λ = ${lambda}, ${ensemble} seed ${model.seed}`;
    const levelTol = 4 * Number.EPSILON * (gap + de); // three roundings of O(ΔE + δε) terms
    for (let mu = 0; mu < N; mu++) {
      for (let k = 0; k < n; k++) {
        const e = gap - de / 2 + ((k + 0.5) * de) / n;
        const d = Math.abs(built.levels[mu][k] - e);
        expectWithin(d <= levelTol, `${what}: level E_${k} of site ${mu + 1} = ${built.levels[mu][k]}, expected ${e}`, d, levelTol);
      }
    }
    const re = built.couplings.flatMap((b) => b.re.map((x) => x / lambda));
    const im = built.couplings.flatMap((b) => b.im.map((x) => x / lambda));
    const M = re.length;
    const z = normalZ(P_CHECK);
    if (ensemble === 'GOE') {
      const worst = Math.max(...im.map(Math.abs));
      expectWithin(worst === 0, `${what}: GOE couplings must be real; largest |Im v|`, worst, 0);
    }
    const s2 = ensemble === 'GUE' ? 0.5 : 1; // variance of Re v
    for (const [name, xs, v] of [['Re v', re, s2], ['Im v', im, 0.5]] as const) {
      if (name === 'Im v' && ensemble === 'GOE') continue;
      const m = mean(xs);
      const tol = z * Math.sqrt(v / M);
      expectWithin(Math.abs(m) <= tol, `${what}: mean of ${name} over ${M} entries (|mean| ≤ z√(var/M), p = ${P_CHECK})`, Math.abs(m), tol);
    }
    const second = mean(re.map((x, i) => x * x + im[i] * im[i]));
    const band = gammaMeanBand(ensemble === 'GUE' ? M : M / 2, P_CHECK);
    if (!(second >= band.low && second <= band.high)) {
      throw new Error(`${what}: mean |v|² = ${second.toFixed(5)} over ${M} entries outside [${band.low.toFixed(5)}, ${band.high.toFixed(5)}] (E|v|² = 1; Gamma Chernoff band, p = ${P_CHECK} a side)`);
    }
  },
});

export const buildDrivesDynamics = defineProperty({
  id: 'model/build-drives-dynamics',
  title: `model.build's own models inside (29): its κ against its own exact dynamics, geometric mean over ${CRITERIA_BATCH.inside} models of n·D²₁ ≤ ${C_INSIDE}`,
  requires: ['model.build', 'model.kappa', 'exact.populations', 'ham.populations'],
  arbitrary: batchOf(insideCriteria, CRITERIA_BATCH.inside),
  cases: 3,
  minCases: 1,
  timeLimitMs: 30_000,
  async check(impl, batch) {
    const perModel: number[] = [];
    for (const c of batch) {
      const explicit = await request(impl, 'model.build', { model: c.model });
      perModel.push(mean(await scaledDeviations(impl, c, { ...c.model, explicit })));
    }
    // the same statistic and bound as dynamics/criteria-inside (its false-alarm figure holds for any correct generator of the convention)
    const value = Math.exp(mean(perModel.map(Math.log)));
    if (!(value <= C_INSIDE)) {
      throw new Error(`geometric mean n·D²₁ = ${value.toFixed(4)} > ${C_INSIDE} on the implementation's own models (${batch.map((c, i) => `${describeCase(c)}: ${perModel[i].toFixed(4)}`).join('; ')})`);
    }
  },
});

export const criteriaDefinition = defineProperty({
  id: 'model/criteria-definition',
  title: 'the criteria (29) are c₁ = λn/δε and c₂ = λ²n/δε² = c₁²/n, from the model parameters',
  requires: ['model.criteria'],
  arbitrary: buildSpec,
  cases: 40,
  minCases: 10,
  timeLimitMs: 10_000,
  async check(impl, model) {
    const { c1, c2 } = await request(impl, 'model.criteria', { model: wireModel(model) });
    const { coupling: l, levels: n, bandWidth: de } = model;
    const tol = impl.accuracy['model.criteria'] + 8 * Number.EPSILON; // the claim plus ≤ 4 roundings of the closed form
    const e1 = (l * n) / de;
    const e2 = (l * l * n) / (de * de);
    for (const [name, got, want] of [['c₁', c1, e1], ['c₂', c2, e2]] as const) {
      const rel = Math.abs(got - want) / want;
      expectWithin(rel <= tol, `${name} of n = ${n}, λ = ${l}, δε = ${de}: got ${got}, (29) gives ${want} (relative)`, rel, tol);
    }
  },
});

export const modelProperties = [buildStatistics, criteriaDefinition, buildDrivesDynamics];
