import type { ComplexVector } from '../../linalg/complexVector.ts';
import type { GeneralModel, GeneralModelSpec } from './generalModel.ts';

/**
 * The explicit general model written by `hamcheck propagate --dump-model FILE` when the spec's model has a
 * `topology` (format `hamcheck-model/2`; chain specs keep writing `hamcheck-model/1`, and both still load).
 *
 * @remarks
 * The parameters of {@link GeneralModelSpec} (which, seed included, rebuild the same arrays bit for bit), then
 * the arrays for programs that do not draw: `levels` N arrays of n_µ energies; `couplings` one block ⟨µ|H|ν⟩ per
 * bond in bond order, `{sites: [µ, ν], re, im}` row-major n_µ × n_ν (λ_b included); `initial` ψ(0) of length
 * Σn_µ, site blocks in site order (|µ, k⟩ at Σ_{ν<µ} n_ν + k). Numbers in JSON's shortest round-trip form.
 */
export interface GeneralModelDump extends GeneralModelSpec {
  format: 'hamcheck-model/2';
  levels: number[][];
  couplings: { sites: [number, number]; re: number[]; im: number[] }[];
  initial: { re: number[]; im: number[] };
}

export function dumpGeneralModel(model: GeneralModel, psi0: ComplexVector): Omit<GeneralModelDump, 'format'> {
  const { spec } = model;
  return {
    topology: spec.topology,
    sites: spec.sites.map((s) => ({ ...s })),
    bonds: spec.bonds.map((b) => ({ sites: [b.sites[0], b.sites[1]], coupling: b.coupling, ...(b.structure ? { structure: { ...b.structure } } : {}) })),
    gap: spec.gap,
    ensemble: spec.ensemble,
    seed: spec.seed,
    levels: Array.from({ length: model.siteCount }, (_, mu) => Array.from(model.energies.subarray(model.offsets[mu], model.offsets[mu + 1]))),
    couplings: model.bonds.map((b) => ({ sites: [b.a + 1, b.b + 1], re: Array.from(b.re), im: Array.from(b.im) })),
    initial: { re: Array.from(psi0.re), im: Array.from(psi0.im) },
  };
}
