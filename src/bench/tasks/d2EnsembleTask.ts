import { propagate } from '../../exact/propagate.ts';
import { hamPopulations } from '../../ham/hamPopulations.ts';
import { squaredDeviation } from '../../ham/squaredDeviation.ts';
import type { TaskKind } from '../benchTask.ts';
import { versionHash } from '../versionHash.ts';
import { benchChain, benchChainInputs } from './benchChain.ts';

/** Coupling realizations of the D² ensemble: seeds 1 … R. */
export function ensembleSeeds(realizations: number): number[] {
  return Array.from({ length: realizations }, (_, i) => i + 1);
}

/**
 * D²_µ (33) of HAM against the exact (Chebyshev) dynamics over T_D = 5/κ for the coupling seeds 1 … R:
 * `result[r][µ]`. Each realization builds its chain, propagates it and integrates (33) by the trapezoid
 * on 201 points.
 */
export function d2Ensemble(sites: number, levels: number, realizations: number): Float64Array[] {
  return ensembleSeeds(realizations).map((seed) => {
    const { model, psi0, kappa, times } = benchChain(sites, levels, seed);
    const exact = propagate(model, psi0, times, { method: 'chebyshev' }).populations;
    return squaredDeviation(times, hamPopulations(exact[0], kappa, times), exact);
  });
}

/** Last D² ensemble of each task, by id (read by the accuracy figures). */
export const lastD2 = new Map<string, Float64Array[]>();

/** The D² ensemble over R realizations: model build + propagation + HAM + (33), so t ∝ R·N·n³. */
export function d2EnsembleKind(realizations: number): TaskKind {
  return {
    kind: 'd2-ensemble',
    expected: { levels: 3, sites: 1 },
    make(sites, levels, plan) {
      const inputs = { ...benchChainInputs(sites, levels), seeds: ensembleSeeds(realizations) };
      const id = `d2-ensemble N=${sites} n=${levels} R=${realizations}`;
      return {
        id,
        kind: 'd2-ensemble',
        sizes: { sites, levels },
        version: versionHash(import.meta.url, inputs),
        plan,
        prepare: () => () => void lastD2.set(id, d2Ensemble(sites, levels, realizations)),
        details(): Record<string, number> {
          const d = lastD2.get(id);
          return d ? { meanD2Site1: d.reduce((s, r) => s + r[0], 0) / d.length } : {};
        },
      };
    },
  };
}
