import { HamcheckInputError } from '../errors.ts';
import { asObject, finiteNumber, integer, noUnknownKeys, oneOf } from '../validate/fields.ts';
import { assertFitsInMemory, chainModelBytes } from './memoryLimit.ts';
import type { ExplicitArrays, InitialSpec, ModelSpec } from './modelSpec.ts';

const MODEL_KEYS = ['sites', 'levels', 'bandWidth', 'gap', 'coupling', 'ensemble', 'seed', 'explicit'] as const;
const INITIAL_KEYS = ['site', 'seed', 'amplitudes'] as const;

/**
 * Validates an untrusted model description (paper Sec. II) and fills in defaults.
 *
 * @remarks
 * Ranges: N = `sites` integer ≥ 2, n = `levels` integer ≥ 1, δε = `bandWidth` > 0, ΔE = `gap` > 0
 * (default 1), λ = `coupling` ≥ 0, `ensemble` "GUE" | "GOE" (default "GUE"), `seed` integer in
 * [0, 2³²) (default 1). Explicit arrays are checked for shape here and for finiteness when built.
 * The coupling blocks must fit the memory budget ({@link assertFitsInMemory}).
 * @throws HamcheckInputError naming the field and the allowed range.
 */
export function validateModelSpec(input: unknown, field = 'model'): ModelSpec {
  const o = asObject(input, field);
  noUnknownKeys(o, field, MODEL_KEYS);
  const sites = integer(o.sites, `${field}.sites`, { ge: 2 });
  const levels = integer(o.levels, `${field}.levels`, { ge: 1 });
  const bandWidth = finiteNumber(o.bandWidth, `${field}.bandWidth`, { gt: 0 });
  const gap = finiteNumber(o.gap, `${field}.gap`, { gt: 0 }, 1);
  const coupling = finiteNumber(o.coupling, `${field}.coupling`, { ge: 0 });
  const ensemble = oneOf(o.ensemble, `${field}.ensemble`, ['GUE', 'GOE'] as const, 'GUE');
  const seed = integer(o.seed, `${field}.seed`, { ge: 0, le: 2 ** 32 - 1 }, 1);
  assertFitsInMemory(`${field}.levels`, chainModelBytes(sites, levels), `N = ${sites} sites of n = ${levels} levels`);
  const spec: ModelSpec = { sites, levels, bandWidth, gap, coupling, ensemble, seed };
  if (o.explicit !== undefined) spec.explicit = validateExplicitShape(o.explicit, `${field}.explicit`, sites, levels);
  return spec;
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
