import { describe, expect, it } from 'vitest';
import { locateJsonSyntaxError } from '../../src/validate/jsonSyntaxError.ts';
import { nearestKey } from '../../src/validate/fields.ts';

describe('locateJsonSyntaxError', () => {
  it('accepts exactly what JSON.parse accepts on a sample of valid and invalid texts', () => {
    const texts = ['{}', '[]', '1', '-0.5e-3', '"a\\u00e9\\n"', '{"a": [1, {"b": null}], "c": true}', ' \n[false]\n',
      '{', '[1,]', '{"a":1,}', '01', '.5', '1.', '"\\x"', "'a'", 'NaN', '[1 2]', '{"a" 1}', '"\t"', 'tru', '[] x', ''];
    for (const t of texts) {
      let valid = true;
      try {
        JSON.parse(t);
      } catch {
        valid = false;
      }
      expect(locateJsonSyntaxError(t) === undefined, JSON.stringify(t)).toBe(valid);
    }
  });

  it('gives the 1-based line and column of the first offending character, and what was expected there', () => {
    expect(locateJsonSyntaxError('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({ line: 3, column: 7, expected: '":"', found: '2' });
    expect(locateJsonSyntaxError('[1, 2')).toMatchObject({ line: 1, column: 6, expected: '"," or "]"', found: 'end of input' });
  });

  it('hints that JSON has no NaN or ±Infinity (what Python json.dump writes)', () => {
    for (const token of ['NaN', 'Infinity', '-Infinity']) {
      const at = locateJsonSyntaxError(`{"x": [1, ${token}]}`);
      expect(at).toMatchObject({ line: 1, column: 11 });
      expect(at?.hint).toContain(`JSON has no ${token}`);
    }
    expect(locateJsonSyntaxError('[1 2]')?.hint).toBeUndefined();
  });
});

describe('nearestKey', () => {
  it('finds a typo within ⌊length/3⌋ edits (case, swaps, one letter) and nothing for an unrelated word', () => {
    const known = ['sites', 'levels', 'bandWidth', 'gap', 'coupling', 'ensemble', 'seed', 'explicit'];
    expect(nearestKey('bandwidth', known)).toBe('bandWidth');
    expect(nearestKey('copuling', known)).toBe('coupling');
    expect(nearestKey('level', known)).toBe('levels');
    expect(nearestKey('seeds', known)).toBe('seed');
    expect(nearestKey('temperature', known)).toBeUndefined();
    expect(nearestKey('N', known)).toBeUndefined();
  });
});
