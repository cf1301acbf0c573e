import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel, ExplicitArrays } from './modelSpec.ts';

/**
 * The explicit model written by `hamcheck propagate --dump-model FILE`.
 *
 * @remarks
 * `levels`: N arrays of n energies; `couplings`: N−1 blocks ⟨µ|H|µ+1⟩ (λ included), each row-major
 * n×n as `{re, im}`; `initial`: ψ(0) as `{re, im}` of length N·n (basis order µ-major, |µ, k⟩ at µ·n+k).
 * Numbers are written with JSON's shortest round-trip form, so reading them back gives the identical
 * doubles: a spec carrying these arrays reproduces the run exactly.
 */
export interface ModelDump {
  format: 'hamcheck-model/1';
  sites: number;
  levelsPerSite: number;
  bandWidth: number;
  gap: number;
  coupling: number;
  ensemble: string;
  levels: number[][];
  couplings: { re: number[]; im: number[] }[];
  initial: { re: number[]; im: number[] };
}

export function dumpModel(model: ChainModel, psi0: ComplexVector): ModelDump {
  const n = model.levels;
  const levels: number[][] = [];
  for (let mu = 0; mu < model.sites; mu++) levels.push(Array.from(model.energies.subarray(mu * n, (mu + 1) * n)));
  return {
    format: 'hamcheck-model/1',
    sites: model.sites,
    levelsPerSite: n,
    bandWidth: model.bandWidth,
    gap: model.gap,
    coupling: model.coupling,
    ensemble: model.ensemble,
    levels,
    couplings: model.couplingRe.map((re, mu) => ({ re: Array.from(re), im: Array.from(model.couplingIm[mu]) })),
    initial: { re: Array.from(psi0.re), im: Array.from(psi0.im) },
  };
}

/** The `model.explicit` / `initial.amplitudes` parts of a spec that reproduce a dump exactly. */
export function dumpToSpecParts(dump: ModelDump): { explicit: ExplicitArrays; amplitudes: { re: number[]; im: number[] } } {
  return { explicit: { levels: dump.levels, couplings: dump.couplings }, amplitudes: dump.initial };
}
