import type { ComplexVector } from '../../linalg/complexVector.ts';
import { decayConstant } from '../../ham/decayConstant.ts';
import { buildChainModel } from '../../model/buildChainModel.ts';
import { initialState } from '../../model/initialState.ts';
import type { ChainModel } from '../../model/modelSpec.ts';
import { validateInitialSpec, validateModelSpec } from '../../model/validateModelSpec.ts';
import { evenTimes } from '../../runs/propagationSpec.ts';

/** c₁ = λn/δε (29) of every benchmark chain: F2's value, so κ = 2πc₁²δε/n and 5/κ grows ∝ n. */
export const BENCH_C1 = 0.5;
/** δε of every benchmark chain (F2's). */
export const BENCH_BAND_WIDTH = 0.05;
/** Output times over [0, T_D = 5/κ] (docs/conventions.md). */
export const BENCH_TIMES = 201;

/** The inputs of a benchmark chain (hashed into the task versions). */
export function benchChainInputs(sites: number, levels: number, seed = 1) {
  return { sites, levels, bandWidth: BENCH_BAND_WIDTH, coupling: (BENCH_C1 * BENCH_BAND_WIDTH) / levels, seed, initial: { site: 1, seed: 7 }, times: BENCH_TIMES, untilKappa: 5 };
}

export interface BenchChain {
  model: ChainModel;
  psi0: ComplexVector;
  kappa: number;
  times: Float64Array;
}

/**
 * The chain of N sites, n levels at fixed c₁ = {@link BENCH_C1} (λ = c₁δε/n; c₂ = c₁²/n ≤ 0.005 for n ≥ 50,
 * inside (29)), GUE couplings of `seed`, ψ(0) a random band state on site 1 (seed 7), 201 times over 5/κ.
 */
export function benchChain(sites: number, levels: number, seed = 1): BenchChain {
  const inp = benchChainInputs(sites, levels, seed);
  const spec = validateModelSpec({ sites, levels, bandWidth: inp.bandWidth, coupling: inp.coupling, seed, ensemble: 'GUE' });
  const model = buildChainModel(spec);
  const psi0 = initialState(validateInitialSpec({ ...inp.initial }, sites, levels), sites, levels);
  const kappa = decayConstant(model);
  return { model, psi0, kappa, times: evenTimes(BENCH_TIMES, inp.untilKappa / kappa) };
}
