import { HamcheckInputError } from '../errors.ts';
import { bandLevels } from '../model/bandLevels.ts';
import { drawCouplingBlock } from '../model/couplingDraw.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import { NormalDeviates } from '../model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../model/rng/xoshiro128.ts';
import { bandWidthField, couplingField, ensembleField, gapField, levelsField, seedField } from '../model/modelFields.ts';
import { asObject, integer, noUnknownKeys } from '../validate/fields.ts';
import { subBandsOfSector, type SubBand, type TransportParameters } from './multiBand.ts';
import { subunitSpectrum, type SubunitSpectrum } from './thermal.ts';

/**
 * The two-subunit multi-band model of Sec. VII (Fig. 6) as a user writes it in JSON.
 *
 * @remarks
 * Each subunit: a non-degenerate ground state E₀ = 0 and bands i = 1 … B at E_i = i·ΔE, band i holding
 * n_i levels spread evenly over the width δε, E_{i,k} = iΔE − δε/2 + (k + ½)δε/n_i (as {@link bandLevels};
 * B = 1 is the single-band subunit of Fig. 1). Both subunits are identical.
 */
export interface TransportModelSpec {
  /** B ≥ 1 excited bands per subunit. */
  bands: number;
  /** n_i: one integer for all bands, or B integers. */
  levels: number | number[];
  /** δε > 0. */
  bandWidth: number;
  /** ΔE > 0 (default 1). */
  gap: number;
  /** λ ≥ 0. */
  coupling: number;
  /** "GUE" (default) or "GOE". */
  ensemble: 'GUE' | 'GOE';
  /** Seed of the couplings, integer in [0, 2³²) (default 1). */
  seed: number;
}

const MODEL_KEYS = ['bands', 'levels', 'bandWidth', 'gap', 'coupling', 'ensemble', 'seed'] as const;

/**
 * Validates an untrusted model description: B, then the field rules the chain model uses
 * (src/model/modelFields.ts).
 * @throws HamcheckInputError naming the field and the allowed range.
 */
export function validateTransportModelSpec(input: unknown, field = 'model'): TransportModelSpec {
  const o = asObject(input, field);
  noUnknownKeys(o, field, MODEL_KEYS);
  const bands = integer(o.bands, `${field}.bands`, { ge: 1, le: 64 }, 1);
  let levels: number | number[];
  if (Array.isArray(o.levels)) {
    if (o.levels.length !== bands) {
      throw new HamcheckInputError(`${field}.levels`, `an integer ≥ 1 or an array of B = ${bands} integers ≥ 1`, o.levels);
    }
    levels = o.levels.map((n, i) => levelsField(n, `${field}.levels[${i}]`));
  } else {
    levels = levelsField(o.levels, `${field}.levels`);
  }
  const bandWidth = bandWidthField(o.bandWidth, `${field}.bandWidth`);
  const gap = gapField(o.gap, `${field}.gap`);
  const coupling = couplingField(o.coupling, `${field}.coupling`);
  const ensemble = ensembleField(o.ensemble, `${field}.ensemble`);
  const seed = seedField(o.seed, `${field}.seed`);
  return { bands, levels, bandWidth, gap, coupling, ensemble, seed };
}

/** The spectrum and rate parameters of a spec, for the formulas of {@link ./multiBand.ts}. */
export function transportParameters(spec: TransportModelSpec): TransportParameters {
  return { spectrum: subunitSpectrum(spec.levels, spec.gap, spec.bands), bandWidth: spec.bandWidth, coupling: spec.coupling };
}

/** One coupling block ⟨sub-band s|H|sub-band s+1⟩ (λ included), row-major rows × cols. */
export interface SectorBlock {
  rows: number;
  cols: number;
  re: Float64Array;
  im: Float64Array;
}

/**
 * One total-excitation sector E = i + j with at least two sub-bands: an invariant subspace of H.
 *
 * @remarks Basis: sub-bands in the order of {@link subBandsOfSector} (i descending), inside sub-band (i, j)
 * the product states |i, a⟩|j, b⟩ at index offset + a·n_j + b. H restricted to the sector is block
 * tridiagonal: diagonal energies E_{i,a} + E_{j,b}, blocks[s] = ⟨s|H|s+1⟩ and its adjoint.
 */
export interface Sector {
  index: number;
  subBands: SubBand[];
  /** offsets[s] = first basis index of sub-band s; offsets[S] = dim. */
  offsets: number[];
  dim: number;
  energies: Float64Array;
  blocks: SectorBlock[];
}

/** A built model: the level energies and every dynamic sector. */
export interface TransportModel {
  spec: TransportModelSpec;
  spectrum: SubunitSpectrum;
  /** bandEnergies[i] = levels of band i of one subunit (bandEnergies[0] = [0]). */
  bandEnergies: Float64Array[];
  /**
   * Sectors E = 1 … 2B − 1, in order. Sectors 0 and 2B hold a single sub-band, on which the coupling
   * has no matrix elements: their band populations never change, so they carry no current and are not
   * built (for B = 1, sector 2 would hold n² static states).
   */
  sectors: Sector[];
}

/** Bytes of all coupling blocks and sector energies of a spec. */
export function transportModelBytes(spec: TransportModelSpec): number {
  const s = subunitSpectrum(spec.levels, spec.gap, spec.bands);
  let bytes = 0;
  for (let E = 1; E < 2 * spec.bands; E++) {
    const sb = subBandsOfSector(s, E);
    for (let k = 0; k < sb.length; k++) {
      bytes += sb[k].count * 8;
      if (k + 1 < sb.length) bytes += sb[k].count * sb[k + 1].count * 16;
    }
  }
  return bytes;
}

/**
 * Builds H for a validated spec.
 *
 * @remarks
 * **Coupling model (the paper's V̂(1,2), "energy exchanging", "random … allowing for any possible
 * transition").** H = H_loc(1) + H_loc(2) + λV with V = Σ_{pairs} (|a⟩v_ab⟨b| + h.c.), where the sum runs
 * over adjacent sub-bands a = (i, j), b = (i − 1, j + 1): V moves exactly one quantum ΔE from subunit 1 to
 * subunit 2 (or back, via h.c.) and may change the level inside each band arbitrarily. Every block v_ab
 * is a full n_in_j × n_{i−1}n_{j+1} matrix of independent entries with E|v|² = 1 — GUE-like
 * (x + iy)/√2 or GOE-like real x, x, y ~ N(0, 1) — NOT a product X ⊗ Y of single-subunit operators.
 * There is no term inside a sub-band (no (i, j) → (i, j) scattering) and none that changes i + j.
 * Consequently E = i + j is conserved and every sector evolves on its own; in the single-band model
 * (B = 1) sector 2 (both subunits excited) has no partner sub-band and is static, and sector 1 is exactly
 * the N = 2 chain of src/model (same seed ⇒ same block, see the spec).
 *
 * Seeded draw: one {@link Xoshiro128}(seed) feeding {@link NormalDeviates}; for E = 1 … 2B − 1, for each
 * adjacent pair in sub-band order, the next block of the model layer's {@link drawCouplingBlock}.
 * @throws HamcheckResourceError if the blocks exceed the memory budget.
 */
export function buildTransportModel(spec: TransportModelSpec): TransportModel {
  const spectrum = subunitSpectrum(spec.levels, spec.gap, spec.bands);
  assertFitsInMemory('model.levels', transportModelBytes(spec), `the sectors of B = ${spec.bands} bands of n = ${JSON.stringify(spec.levels)} levels`);
  const bandEnergies: Float64Array[] = spectrum.counts.map((n, i) =>
    i === 0 ? new Float64Array([0]) : bandLevels(n, spec.bandWidth, i * spec.gap),
  );
  const normals = new NormalDeviates(new Xoshiro128(spec.seed));
  const sectors: Sector[] = [];
  for (let E = 1; E < 2 * spec.bands; E++) {
    const subBands = subBandsOfSector(spectrum, E);
    const offsets = [0];
    for (const b of subBands) offsets.push(offsets[offsets.length - 1] + b.count);
    const dim = offsets[subBands.length];
    const energies = new Float64Array(dim);
    subBands.forEach((b, s) => {
      const e1 = bandEnergies[b.i];
      const e2 = bandEnergies[b.j];
      let k = offsets[s];
      for (let a = 0; a < e1.length; a++) for (let c = 0; c < e2.length; c++) energies[k++] = e1[a] + e2[c];
    });
    const blocks: SectorBlock[] = [];
    for (let s = 0; s + 1 < subBands.length; s++) {
      const rows = subBands[s].count;
      const cols = subBands[s + 1].count;
      blocks.push({ rows, cols, ...drawCouplingBlock(normals, rows, cols, spec.coupling, spec.ensemble) });
    }
    sectors.push({ index: E, subBands, offsets, dim, energies, blocks });
  }
  return { spec, spectrum, bandEnergies, sectors };
}
