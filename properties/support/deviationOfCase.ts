import { squaredDeviation } from '../../src/ham/squaredDeviation.ts';
import { evenTimes } from '../../src/runs/propagationSpec.ts';
import type { ChainCase } from '../arbitraries/dynamicsModels.ts';
import type { DynamicsImplementation } from './dynamicsImplementation.ts';

/**
 * n·D²₁ (33) of each initial state of a case, judged by the suite: the implementation supplies exact
 * and HAM populations on 201 even points over T_D = 5/κ; the suite integrates the squared difference.
 */
export async function scaledDeviations(impl: DynamicsImplementation, c: ChainCase): Promise<number[]> {
  const kappa = await impl.kappa(c.model);
  const times = Array.from(evenTimes(201, 5 / kappa));
  const out: number[] = [];
  for (const seed of c.initialSeeds) {
    const exact = await impl.exactPopulations(c.model, { site: 1, seed }, times);
    const ham = await impl.hamPopulations(exact[0], kappa, times);
    out.push(c.model.levels * squaredDeviation(times, ham, exact)[0]);
  }
  return out;
}

export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function describeCase(c: ChainCase): string {
  const m = c.model;
  const c1 = (m.coupling * m.levels) / m.bandWidth;
  return `N = ${m.sites}, n = ${m.levels}, c₁ = ${c1.toPrecision(3)}, c₂ = ${((c1 * c1) / m.levels).toPrecision(3)}, ${m.ensemble} seed ${m.seed}`;
}
