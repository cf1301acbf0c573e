import type { ComplexVector } from '../../linalg/complexVector.ts';
import { eigenSystem } from '../../exact/eigenPropagator.ts';
import { propagate } from '../../exact/propagate.ts';
import { initialState } from '../../model/initialState.ts';
import type { BenchTask } from '../benchTask.ts';
import type { TimingPlan } from '../timeCalls.ts';
import { versionHash } from '../versionHash.ts';
import { benchChain, benchChainInputs, type BenchChain } from './benchChain.ts';

/** A hamcheck workload that the peers also run, with the populations of its last call. */
export interface PeerWorkload {
  task: BenchTask;
  chain: BenchChain;
  /** F4 only: the band-1 initial states (full N·n vectors, zero outside band 1). */
  states: ComplexVector[] | null;
  /** F2: `[time][site]`; F4: `[state][time]` (P₁) — the shape the peers write. */
  populations(): Float64Array[] | null;
}

/**
 * F2: one trajectory, 201 times over 5/κ, by Chebyshev (`propagate`). With N = 3, n = 500 the chain is
 * paper configuration F2 itself (c₁ = 0.5 ⇒ λ = 5·10⁻⁵, GUE seed 1, ψ(0) on site 1 seed 7).
 */
export function f2Workload(sites: number, levels: number, plan: TimingPlan): PeerWorkload {
  const chain = benchChain(sites, levels);
  let last: Float64Array[] | null = null;
  const task: BenchTask = {
    id: `F2 chebyshev N=${sites} n=${levels} T=201`,
    kind: 'peer-F2',
    sizes: { sites, levels },
    version: versionHash(import.meta.url, { workload: 'F2', ...benchChainInputs(sites, levels) }),
    plan,
    prepare: () => () => {
      last = propagate(chain.model, chain.psi0, chain.times, { method: 'chebyshev' }).populations;
    },
  };
  return { task, chain, states: null, populations: () => last };
}

/** Seeds of the F4 ensemble's band-1 states: 1001 … 1000 + S (disjoint from the coupling seeds). */
export function f4StateSeeds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => 1001 + i);
}

/**
 * F4: S random initial states in band 1 (N = 2), P₁ at 201 times over 5/κ — the workload of Fig. 4 —
 * by one dense diagonalization ({@link eigenSystem}) and {@link EigenSystem.bandPopulation}, which forms
 * W(t) = P̂₁e^{−iHt}P̂₁ with complexGemm when that is cheaper (S > 2n for N = 2).
 */
export function f4Workload(levels: number, stateCount: number, plan: TimingPlan): PeerWorkload {
  const sites = 2;
  const chain = benchChain(sites, levels);
  const states = f4StateSeeds(stateCount).map((seed) => initialState({ site: 1, seed }, sites, levels));
  let last: Float64Array[] | null = null;
  const task: BenchTask = {
    id: `F4 eigen+bandPopulation N=2 n=${levels} S=${stateCount} T=201`,
    kind: 'peer-F4',
    sizes: { sites, levels },
    version: versionHash(import.meta.url, { workload: 'F4', ...benchChainInputs(sites, levels), stateSeeds: f4StateSeeds(stateCount) }),
    plan,
    prepare: () => () => {
      last = eigenSystem(chain.model).bandPopulation(0, states, chain.times);
    },
  };
  return { task, chain, states, populations: () => last };
}
