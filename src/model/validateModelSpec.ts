import { HamcheckInputError } from '../errors.ts';
import { asObject, integer, noUnknownKeys } from '../validate/fields.ts';
import { assertFitsInMemory, chainModelBytes } from './memoryLimit.ts';
import { bandWidthField, couplingField, ensembleField, gapField, levelsField, seedField } from './modelFields.ts';
import type { ExplicitArrays, InitialSpec, ModelSpec } from './modelSpec.ts';

const MODEL_KEYS = ['sites', 'levels', 'bandWidth', 'gap', 'coupling', 'ensemble', 'seed', 'explicit'] as const;
const INITIAL_KEYS = ['site', 'seed', 'amplitudes'] as const;

/**
 * Validates an untrusted model description (paper Sec. II) and fills in defaults.
 *
 * @remarks
 * Ranges: N = `sites` integer ≥ 2, n = `levels` integer ≥ 1, δε = `bandWidth` > 0, ΔE = `gap` > 0
 * (default 1), λ = `coupling` ≥ 0, `ensemble` "GUE" | "GOE" (default "GUE"), `seed` integer in
 * [0, 2³²) (default 1). With `explicit` arrays, N and n follow from them (`sites`/`levels` may be omitted;
 * given, they must agree); `bandWidth` and `coupling` stay required, as they define κ (27) and the
 * criteria (29). A user's spec file also gets {@link refuseDrawBesideExplicit}. Explicit arrays
 * are checked for shape here and for finiteness when built.
 * The coupling blocks must fit the memory budget ({@link assertFitsInMemory}).
 * @throws HamcheckInputError naming the field and the allowed range.
 */
export function validateModelSpec(input: unknown, field = 'model'): ModelSpec {
  const o = asObject(input, field);
  noUnknownKeys(o, field, MODEL_KEYS);
  const shape = o.explicit === undefined ? undefined : explicitShape(o, field);
  const sites = shape?.sites ?? integer(o.sites, `${field}.sites`, { ge: 2 });
  const levels = shape?.levels ?? levelsField(o.levels, `${field}.levels`);
  const bandWidth = bandWidthField(o.bandWidth, `${field}.bandWidth`);
  const gap = gapField(o.gap, `${field}.gap`);
  const coupling = couplingField(o.coupling, `${field}.coupling`);
  const ensemble = ensembleField(o.ensemble, `${field}.ensemble`);
  const seed = seedField(o.seed, `${field}.seed`);
  assertFitsInMemory(`${field}.levels`, chainModelBytes(sites, levels), `N = ${sites} sites of n = ${levels} levels`);
  const spec: ModelSpec = { sites, levels, bandWidth, gap, coupling, ensemble, seed };
  if (o.explicit !== undefined) spec.explicit = validateExplicitShape(o.explicit, `${field}.explicit`, sites, levels);
  return spec;
}

/**
 * Refuses `seed`/`ensemble` beside `explicit` arrays in a user's spec: nothing is drawn then, so they
 * would be silently ignored.
 *
 * @remarks Only for spec files a user writes (`hamcheck propagate`); programmatic callers (the property
 * suites, the protocol) pass complete ModelSpecs whose draw parameters are simply unused.
 * @throws HamcheckInputError naming the contradictory field.
 */
export function refuseDrawBesideExplicit(input: unknown, field = 'model'): void {
  const o = asObject(input, field);
  if (o.explicit === undefined) return;
  for (const key of ['seed', 'ensemble'] as const) {
    if (o[key] !== undefined) {
      throw new HamcheckInputError(`${field}.${key}`, `no "${key}" beside ${field}.explicit (explicit arrays replace the seeded draw)`, o[key]);
    }
  }
}

/**
 * N and n of `explicit` arrays (N = number of level arrays, n = length of the first), checked against
 * `sites`/`levels` when those are given.
 */
function explicitShape(o: Record<string, unknown>, field: string): { sites: number; levels: number } {
  const e = asObject(o.explicit, `${field}.explicit`);
  const lv = e.levels;
  if (!Array.isArray(lv) || lv.length < 2 || !Array.isArray(lv[0]) || lv[0].length < 1) {
    throw new HamcheckInputError(`${field}.explicit.levels`, 'an array of N ≥ 2 arrays of n ≥ 1 energies', lv);
  }
  const shape = { sites: lv.length, levels: (lv[0] as unknown[]).length };
  if (o.sites !== undefined && o.sites !== shape.sites) {
    throw new HamcheckInputError(`${field}.sites`, `N = ${shape.sites}, the number of arrays in ${field}.explicit.levels (or omit it)`, o.sites);
  }
  if (o.levels !== undefined && o.levels !== shape.levels) {
    throw new HamcheckInputError(`${field}.levels`, `n = ${shape.levels}, the length of ${field}.explicit.levels[0] (or omit it)`, o.levels);
  }
  return shape;
}

function validateExplicitShape(input: unknown, field: string, sites: number, levels: number): ExplicitArrays {
  const o = asObject(input, field);
  noUnknownKeys(o, field, ['levels', 'couplings', 'lowerCouplings']);
  const lv = o.levels;
  if (!Array.isArray(lv) || lv.length !== sites) {
    throw new HamcheckInputError(`${field}.levels`, `an array of N = ${sites} arrays of n = ${levels} energies`, lv);
  }
  lv.forEach((row, mu) => {
    if (!Array.isArray(row) || row.length !== levels) {
      throw new HamcheckInputError(`${field}.levels[${mu}]`, `an array of n = ${levels} energies`, row);
    }
  });
  checkBlocks(o.couplings, `${field}.couplings`, sites, levels);
  if (o.lowerCouplings !== undefined) checkBlocks(o.lowerCouplings, `${field}.lowerCouplings`, sites, levels);
  return o as unknown as ExplicitArrays;
}

function checkBlocks(cp: unknown, field: string, sites: number, levels: number): void {
  if (!Array.isArray(cp) || cp.length !== sites - 1) {
    throw new HamcheckInputError(field, `an array of N−1 = ${sites - 1} blocks {re, im}`, cp);
  }
  cp.forEach((block, mu) => {
    const b = asObject(block, `${field}[${mu}]`);
    for (const part of ['re', 'im'] as const) {
      const arr = b[part];
      if (!Array.isArray(arr) || arr.length !== levels * levels) {
        throw new HamcheckInputError(`${field}[${mu}].${part}`, `an array of n² = ${levels * levels} numbers`, arr);
      }
    }
  });
}

/**
 * Validates an initial-state description against a model with `sites` sites of `levels` levels.
 *
 * @remarks `site` integer in [1, N] (default 1), `seed` integer in [0, 2³²) (default 1), or explicit
 * `amplitudes` {re, im} of length N·n, not all zero.
 */
export function validateInitialSpec(input: unknown, sites: number, levels: number, field = 'initial'): InitialSpec {
  const o = input === undefined ? {} : asObject(input, field);
  noUnknownKeys(o, field, INITIAL_KEYS);
  const site = integer(o.site, `${field}.site`, { ge: 1, le: sites }, 1);
  const seed = integer(o.seed, `${field}.seed`, { ge: 0, le: 2 ** 32 - 1 }, 1);
  const spec: InitialSpec = { site, seed };
  if (o.amplitudes !== undefined) {
    const a = asObject(o.amplitudes, `${field}.amplitudes`);
    noUnknownKeys(a, `${field}.amplitudes`, ['re', 'im']);
    for (const part of ['re', 'im'] as const) {
      const arr = a[part];
      if (!Array.isArray(arr) || arr.length !== sites * levels) {
        throw new HamcheckInputError(`${field}.amplitudes.${part}`, `an array of N·n = ${sites * levels} numbers`, arr);
      }
    }
    spec.amplitudes = a as unknown as { re: number[]; im: number[] };
  }
  return spec;
}
