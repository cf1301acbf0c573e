/**
 * Plain JSON for verify outputs: what a counterexample or a request becomes before it is written.
 *
 * @remarks
 * `JSON.stringify` silently corrupts the values a property may hold: a `Float64Array` becomes
 * `{"0":…,"1":…}`, `NaN` and `±Infinity` become `null`, a `bigint` throws. {@link toPlainJson} maps
 * typed arrays to arrays, non-finite numbers to the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (so a
 * reader sees what the input was instead of a `null` that was never sent), bigints to decimal strings,
 * `undefined` array slots to `null` and drops `undefined` object fields and functions, as JSON does.
 * Plain JSON values are returned structurally unchanged (−0 becomes 0, as in JSON), so
 * `JSON.parse(JSON.stringify(toPlainJson(v)))` deep-equals `toPlainJson(v)`.
 */
export type PlainJson = null | boolean | number | string | PlainJson[] | { [key: string]: PlainJson };

export function toPlainJson(value: unknown): PlainJson {
  return convert(value, new Set());
}

function convert(value: unknown, seen: Set<object>): PlainJson {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      if (Number.isNaN(value)) return 'NaN';
      if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
      return value === 0 ? 0 : value;
    case 'bigint':
      return value.toString();
    case 'function':
    case 'symbol':
      return null;
  }
  const obj = value as object;
  if (seen.has(obj)) throw new Error('toPlainJson: circular structure');
  if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
    return Array.from(obj as unknown as ArrayLike<number | bigint>, (x) => convert(x, seen));
  }
  const toJSON = (obj as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return convert(toJSON.call(obj), seen);
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return Array.from(obj, (x) => convert(x, seen));
    if (obj instanceof Map) return convert(Object.fromEntries(obj), seen);
    if (obj instanceof Set) return convert([...obj], seen);
    const out: { [key: string]: PlainJson } = {};
    for (const [k, v] of Object.entries(obj)) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      // defineProperty, not `out[k] =`: a key "__proto__" must stay a plain field, not set the prototype
      Object.defineProperty(out, k, { value: convert(v, seen), enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}
