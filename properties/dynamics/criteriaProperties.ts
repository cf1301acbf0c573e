/**
 * The validity criteria (29) are meaningful in both directions: inside, HAM follows the exact dynamics
 * (D²₁ ≤ C/n); outside by either criterion, the deviation is several times the typical inside value.
 *
 * @remarks
 * Each case is a batch of independent models; the statistic is the geometric mean over the batch of
 * each model's mean n·D²₁ over its initial states. Between models ln(n·D²₁) spreads with sd ≈ 0.3–0.7,
 * within one model ≈ 0.2, so batching models is what narrows the statistic enough for a bound whose
 * false-alarm probability is derived, not hoped for (src/checks/dynamicsBounds.ts gives the figures).
 */
import { C_INSIDE, C_OUTSIDE_FIRST, C_OUTSIDE_SECOND, CRITERIA_BATCH, OUTSIDE_C1_MAX, OUTSIDE_C2_MIN } from '../../src/checks/dynamicsBounds.ts';
import type { Implementation } from '../../src/protocol/implementation.ts';
import { type ChainCase, batchOf, insideCriteria, outsideFirstCriterionModel, outsideSecondCriterionModel } from '../arbitraries/dynamicsModels.ts';
import { mean } from '../framework/deviation.ts';
import { defineProperty } from '../framework/property.ts';
import { describeCase, scaledDeviations } from './deviationOfCase.ts';

const REQUIRES = ['model.kappa', 'exact.populations', 'ham.populations'] as const;

/** Geometric mean over the batch of each model's mean n·D²₁, and the per-model values for the message. */
async function batchStatistic(impl: Implementation, batch: ChainCase[]): Promise<{ value: number; detail: string }> {
  const perModel: number[] = [];
  for (const c of batch) perModel.push(mean(await scaledDeviations(impl, c)));
  const value = Math.exp(mean(perModel.map(Math.log)));
  const detail = batch.map((c, i) => `${describeCase(c)}: ${perModel[i].toFixed(4)}`).join('; ');
  return { value, detail };
}

export const criteriaInside = defineProperty({
  id: 'dynamics/criteria-inside',
  title: `inside (29) HAM follows the exact dynamics: geometric mean over ${CRITERIA_BATCH.inside} models of n·D²₁ ≤ ${C_INSIDE}`,
  requires: REQUIRES,
  arbitrary: batchOf(insideCriteria, CRITERIA_BATCH.inside),
  cases: 8,
  minCases: 3,
  timeLimitMs: 40_000,
  async check(impl, batch) {
    const { value, detail } = await batchStatistic(impl, batch);
    if (!(value <= C_INSIDE)) throw new Error(`geometric mean n·D²₁ = ${value.toFixed(4)} > C = ${C_INSIDE} (${detail})`);
  },
});

export const criteriaOutsideFirst = defineProperty({
  id: 'dynamics/criteria-outside-c1',
  title: `outside (29) by c₁ ≤ ${OUTSIDE_C1_MAX}: geometric mean over ${CRITERIA_BATCH.outsideFirst} models of n·D²₁ ≥ ${C_OUTSIDE_FIRST}`,
  requires: REQUIRES,
  arbitrary: batchOf(outsideFirstCriterionModel, CRITERIA_BATCH.outsideFirst),
  cases: 2,
  minCases: 1,
  timeLimitMs: 60_000,
  async check(impl, batch) {
    const { value, detail } = await batchStatistic(impl, batch);
    if (!(value >= C_OUTSIDE_FIRST)) throw new Error(`geometric mean n·D²₁ = ${value.toFixed(4)} < ${C_OUTSIDE_FIRST} (${detail})`);
  },
});

export const criteriaOutsideSecond = defineProperty({
  id: 'dynamics/criteria-outside-c2',
  title: `outside (29) by c₂ ≥ ${OUTSIDE_C2_MIN}: geometric mean over ${CRITERIA_BATCH.outsideSecond} models of n·D²₁ ≥ ${C_OUTSIDE_SECOND}`,
  requires: REQUIRES,
  arbitrary: batchOf(outsideSecondCriterionModel, CRITERIA_BATCH.outsideSecond),
  cases: 4,
  minCases: 2,
  timeLimitMs: 40_000,
  async check(impl, batch) {
    const { value, detail } = await batchStatistic(impl, batch);
    if (!(value >= C_OUTSIDE_SECOND)) throw new Error(`geometric mean n·D²₁ = ${value.toFixed(4)} < ${C_OUTSIDE_SECOND} (${detail})`);
  },
});
