/**
 * n·D²₁ (33) of each initial state of a case, as the suites measure it: the implementation supplies κ,
 * the exact and the HAM populations on 201 even points over T_D = 5/κ₂₇ (κ₂₇ = 2πλ²n/δε, the suite's
 * own (27), so a wrong κ of the implementation cannot stretch the window); the suite integrates.
 */
import type { WireModel } from '../../src/protocol/capabilities.ts';
import { request, type Implementation } from '../../src/protocol/implementation.ts';
import { evenTimes } from '../../src/runs/propagationSpec.ts';
import type { ChainCase } from '../arbitraries/dynamicsModels.ts';
import { evenGridSquaredDeviation } from '../framework/deviation.ts';
import { bandState, wireModel } from '../framework/suiteInputs.ts';

/** κ of (27), the suite's own. */
export function kappa27(m: { coupling: number; levels: number; bandWidth: number }): number {
  return (2 * Math.PI * m.coupling ** 2 * m.levels) / m.bandWidth;
}

/** n·D²₁ per initial state of the case; `model` (default: the case's seeded arrays) is what is sent. */
export async function scaledDeviations(impl: Implementation, c: ChainCase, model: WireModel = wireModel(c.model)): Promise<number[]> {
  const { kappa } = await request(impl, 'model.kappa', { model });
  const times = Array.from(evenTimes(201, 5 / kappa27(c.model)));
  const out: number[] = [];
  for (const seed of c.initialSeeds) {
    const { populations: exact } = await request(impl, 'exact.populations', { model, initial: bandState(c.model, seed), times });
    const { populations: ham } = await request(impl, 'ham.populations', { p0: exact[0], kappa, times });
    out.push(c.model.levels * evenGridSquaredDeviation(ham, exact));
  }
  return out;
}

export function describeCase(c: ChainCase): string {
  const m = c.model;
  const c1 = (m.coupling * m.levels) / m.bandWidth;
  return `N = ${m.sites}, n = ${m.levels}, c₁ = ${c1.toPrecision(3)}, c₂ = ${((c1 * c1) / m.levels).toPrecision(3)}, ${m.ensemble} seed ${m.seed}`;
}
