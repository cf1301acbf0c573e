/**
 * What a JSON Schema cannot say about a result: that its lengths match the request.
 *
 * @remarks
 * The schemas of `protocol/v1/` check types (numbers, arrays, required fields); this checks sizes
 * against the request that was sent (N numbers per time, N·n × N·n matrices, …) and returns the first
 * mismatch as a path and a statement, or `undefined` when every length fits.
 */
import type { Capability, CapabilityArgs, WireMatrix, WireModel } from './capabilities.ts';

export interface LengthMismatch {
  path: string;
  expected: string;
  got: string;
}

type Checker<C extends Capability> = (args: CapabilityArgs[C], result: any) => LengthMismatch | undefined;

function length(path: string, value: unknown, expected: number): LengthMismatch | undefined {
  const got = Array.isArray(value) ? value.length : -1;
  return got === expected ? undefined : { path, expected: `an array of ${expected}`, got: Array.isArray(value) ? `${got} entries` : typeof value };
}

function rows(path: string, table: unknown, count: number, width: number): LengthMismatch | undefined {
  const outer = length(path, table, count);
  if (outer) return outer;
  for (let j = 0; j < count; j++) {
    const inner = length(`${path}[${j}]`, (table as unknown[])[j], width);
    if (inner) return inner;
  }
  return undefined;
}

function matrix(path: string, m: WireMatrix, dim: number): LengthMismatch | undefined {
  if (m.rows !== dim || m.cols !== dim) return { path, expected: `a ${dim}×${dim} matrix`, got: `${m.rows}×${m.cols}` };
  return length(`${path}.re`, m.re, dim * dim) ?? length(`${path}.im`, m.im, dim * dim);
}

const dimension = (m: WireModel) => m.sites * m.levels;

const checkers: { [C in Capability]: Checker<C> } = {
  'model.build': ({ model }, r) => {
    const n = model.levels;
    const levels = rows('result.levels', r.levels, model.sites, n);
    if (levels) return levels;
    const outer = length('result.couplings', r.couplings, model.sites - 1);
    if (outer) return outer;
    for (let b = 0; b < model.sites - 1; b++) {
      const bad = length(`result.couplings[${b}].re`, r.couplings[b].re, n * n) ?? length(`result.couplings[${b}].im`, r.couplings[b].im, n * n);
      if (bad) return bad;
    }
    return undefined;
  },
  'model.kappa': () => undefined,
  'model.criteria': () => undefined,
  'ham.populations': ({ p0, times }, r) => rows('result.populations', r.populations, times.length, p0.length),
  'exact.populations': ({ model, times }, r) => rows('result.populations', r.populations, times.length, model.sites),
  'dyson.operators': ({ model }, r) => {
    const d = dimension(model);
    for (const key of ['first', 'second', 'secondDiag', 'secondOff'] as const) {
      const bad = matrix(`result.${key}`, r[key], d);
      if (bad) return bad;
    }
    return undefined;
  },
  'dyson.bondTraces': ({ model }, r) => length('result.traces', r.traces, model.sites - 1),
  'transport.heatCapacity': ({ temperatures }, r) => length('result.c', r.c, temperatures.length),
  'transport.kappaTh': ({ temperatures }, r) => length('result.kappaTh', r.kappaTh, temperatures.length),
  'ham.graphPopulations': ({ model, times }, r) => rows('result.populations', r.populations, times.length, model.sites.length),
};

export function resultLengthMismatch<C extends Capability>(cmd: C, args: CapabilityArgs[C], result: unknown): LengthMismatch | undefined {
  return (checkers[cmd] as Checker<C>)(args, result);
}
