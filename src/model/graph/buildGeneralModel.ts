import { bandLevels } from '../bandLevels.ts';
import { drawCouplingBlock } from '../couplingDraw.ts';
import { applyCouplingStructure } from './couplingStructure.ts';
import { NormalDeviates } from '../rng/normalDeviates.ts';
import { Xoshiro128 } from '../rng/xoshiro128.ts';
import type { BuiltBond, GeneralModel, GeneralModelSpec } from './generalModel.ts';
import { validateGeneralModel } from './validateGeneralModel.ts';

/**
 * Builds the single-excitation Hamiltonian of a {@link GeneralModelSpec} (validated here first).
 *
 * @remarks
 * Levels per site from {@link bandLevels}(n_µ, δε_µ, ΔE + o_µ). Seeded draw: one {@link Xoshiro128}(seed) feeds one
 * {@link NormalDeviates} stream; for each bond in the listed order one n_µ × n_ν block λ_b·v by
 * {@link drawCouplingBlock} (row-major, GUE x then y), masked by its `structure` if it has one
 * ({@link applyCouplingStructure}). A `"chain"` of equal sites and couplings therefore
 * draws exactly the blocks of `buildChainModel` with the same seed (docs/conventions.md, "Seeded draws").
 */
export function buildGeneralModel(input: GeneralModelSpec): GeneralModel {
  const spec = validateGeneralModel(input);
  const N = spec.sites.length;
  const levels = Int32Array.from(spec.sites, (s) => s.levels);
  const bandWidths = Float64Array.from(spec.sites, (s) => s.bandWidth);
  const offsets = new Int32Array(N + 1);
  for (let mu = 0; mu < N; mu++) offsets[mu + 1] = offsets[mu] + levels[mu];
  const dim = offsets[N];
  const energies = new Float64Array(dim);
  for (let mu = 0; mu < N; mu++) energies.set(bandLevels(levels[mu], bandWidths[mu], spec.gap + (spec.sites[mu].offset ?? 0)), offsets[mu]);
  const normals = new NormalDeviates(new Xoshiro128(spec.seed));
  const bonds = spec.bonds.map((b, index): BuiltBond => {
    const a = b.sites[0] - 1;
    const c = b.sites[1] - 1;
    const block = drawCouplingBlock(normals, levels[a], levels[c], b.coupling, spec.ensemble);
    if (b.structure) applyCouplingStructure(block, levels[a], levels[c], b.structure, spec.seed, index);
    return { a, b: c, coupling: b.coupling, re: block.re, im: block.im };
  });
  return { spec, siteCount: N, levels, bandWidths, offsets, dim, energies, bonds };
}

/** Whether the model is the paper's uniform chain (equal n, δε on every site, equal λ on every bond, chain topology). */
export function isUniformChain(model: GeneralModel): boolean {
  const { spec } = model;
  return (
    spec.topology === 'chain' &&
    spec.sites.every((s) => s.levels === spec.sites[0].levels && s.bandWidth === spec.sites[0].bandWidth && !s.offset) &&
    spec.bonds.every((b) => b.coupling === spec.bonds[0].coupling && !b.structure)
  );
}
