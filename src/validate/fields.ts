import { HamcheckInputError } from '../errors.ts';

/**
 * Field readers for untrusted JSON: each returns the value or throws a {@link HamcheckInputError}
 * naming the field and the allowed range.
 */
export type Json = Record<string, unknown>;

export function asObject(value: unknown, field: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HamcheckInputError(field, 'a JSON object', value);
  }
  return value as Json;
}

export interface NumberRange {
  /** Exclusive lower bound. */
  gt?: number;
  /** Inclusive lower bound. */
  ge?: number;
  /** Inclusive upper bound. */
  le?: number;
  /** Exclusive upper bound. */
  lt?: number;
}

function rangeText(kind: string, r: NumberRange): string {
  const parts: string[] = [];
  if (r.gt !== undefined) parts.push(`> ${r.gt}`);
  if (r.ge !== undefined) parts.push(`≥ ${r.ge}`);
  if (r.lt !== undefined) parts.push(`< ${r.lt}`);
  if (r.le !== undefined) parts.push(`≤ ${r.le}`);
  return parts.length ? `${kind} ${parts.join(' and ')}` : kind;
}

function inRange(v: number, r: NumberRange): boolean {
  return (
    (r.gt === undefined || v > r.gt) &&
    (r.ge === undefined || v >= r.ge) &&
    (r.lt === undefined || v < r.lt) &&
    (r.le === undefined || v <= r.le)
  );
}

/** A finite number in the range; `fallback` when the field is absent (undefined). */
export function finiteNumber(value: unknown, field: string, range: NumberRange = {}, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const allowed = rangeText('a finite number', range);
  if (typeof value !== 'number' || !Number.isFinite(value) || !inRange(value, range)) {
    throw new HamcheckInputError(field, allowed, value);
  }
  return value;
}

/** An integer in the range; `fallback` when the field is absent. */
export function integer(value: unknown, field: string, range: NumberRange = {}, fallback?: number): number {
  if (value === undefined && fallback !== undefined) return fallback;
  const allowed = rangeText('an integer', range);
  if (typeof value !== 'number' || !Number.isInteger(value) || !inRange(value, range)) {
    throw new HamcheckInputError(field, allowed, value);
  }
  return value;
}

/** One of the listed strings; `fallback` when absent. */
export function oneOf<T extends string>(value: unknown, field: string, options: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw new HamcheckInputError(field, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, value);
  }
  return value as T;
}

/** An array of finite numbers of exactly `length` entries, copied into a Float64Array. */
export function finiteArray(value: unknown, field: string, length: number): Float64Array {
  if (!Array.isArray(value) || value.length !== length) {
    throw new HamcheckInputError(field, `an array of ${length} finite numbers`, value);
  }
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const x = value[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new HamcheckInputError(`${field}[${i}]`, 'a finite number', x);
    }
    out[i] = x;
  }
  return out;
}

/** Rejects keys not in `known`, so a typo does not silently fall back to a default; suggests the nearest known key. */
export function noUnknownKeys(obj: Json, field: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) {
      const near = nearestKey(key, known);
      throw new HamcheckInputError(
        `${field}.${key}`,
        `no such field (known: ${known.join(', ')})`,
        obj[key],
        near === undefined ? undefined : `did you mean "${near}"?`,
      );
    }
  }
}

/**
 * The known key closest to `key` in edit distance (case-insensitive), if it is close enough to be a typo:
 * at most max(1, ⌊length/3⌋) insertions, deletions, substitutions or adjacent swaps.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3));
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < editDistance(key.toLowerCase(), best.toLowerCase()))) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
