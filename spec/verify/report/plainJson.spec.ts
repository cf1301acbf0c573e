import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainJson } from '../../../src/verify/report/plainJson.ts';

describe('toPlainJson', () => {
  it('leaves plain JSON unchanged (up to −0 → 0) and survives a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const plain = toPlainJson(v);
        expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
        expect(JSON.stringify(plain)).toBe(JSON.stringify(v));
      }),
      { numRuns: 300 },
    );
  });

  it('maps typed arrays to arrays and non-finite numbers to their names', () => {
    expect(toPlainJson({ a: new Float64Array([1, -0.5]), b: new Int32Array([3]) })).toEqual({ a: [1, -0.5], b: [3] });
    expect(toPlainJson([NaN, Infinity, -Infinity, 1n])).toEqual(['NaN', 'Infinity', '-Infinity', '1']);
    expect(toPlainJson(new Float64Array([NaN]))).toEqual(['NaN']);
  });

  it('drops undefined fields and functions like JSON, keeps array slots as null, honours toJSON', () => {
    expect(toPlainJson({ a: undefined, f: () => 1, b: [undefined, 2] })).toEqual({ b: [null, 2] });
    expect(toPlainJson({ d: new Date(0) })).toEqual({ d: '1970-01-01T00:00:00.000Z' });
    expect(toPlainJson(new Map([['k', new Set([1])]]))).toEqual({ k: [1] });
  });

  it('keeps a "__proto__" key as a plain field', () => {
    const plain = toPlainJson(JSON.parse('{"__proto__":{"x":1}}')) as Record<string, unknown>;
    expect(Object.keys(plain)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });

  it('rejects a circular structure with a plain Error, but allows shared substructures', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => toPlainJson(a)).toThrow(/circular/);
    const shared = [1];
    expect(toPlainJson({ x: shared, y: shared })).toEqual({ x: [1], y: [1] });
  });
});
