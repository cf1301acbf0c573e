import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { formatNumber, markdownTable } from '../../src/report/markdownTable.ts';

describe('formatNumber', () => {
  it('uses fixed notation in [1e-3, 1e4) and exponent notation outside', () => {
    expect(formatNumber(0.5, 4)).toBe('0.5000');
    expect(formatNumber(0.0012345, 3)).toBe('0.00123');
    expect(formatNumber(0.001, 2)).toBe('0.0010');
    expect(formatNumber(1.5708e-4, 4)).toBe('1.571e-4');
    expect(formatNumber(-8.4e-5, 2)).toBe('-8.4e-5');
    expect(formatNumber(31830.99, 4)).toBe('3.183e4');
    expect(formatNumber(1234.5, 2)).toBe('1200');
    expect(formatNumber(9999.96, 4)).toBe('1.000e4');
    expect(formatNumber(3.14159, 3)).toBe('3.14');
  });

  it('prints small integers exactly and special values readably', () => {
    expect(formatNumber(500, 4)).toBe('500');
    expect(formatNumber(-3, 2)).toBe('-3');
    expect(formatNumber(20000, 3)).toBe('2.00e4');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
    expect([NaN, Infinity, -Infinity].map((x) => formatNumber(x))).toEqual(['NaN', '∞', '-∞']);
  });

  it('rejects a digit count outside 1 … 21', () => {
    expect(() => formatNumber(1.5, 0)).toThrow(HamcheckInputError);
    expect(() => formatNumber(1.5, 2.5)).toThrow(/digits/);
  });
});

describe('markdownTable', () => {
  it('renders padded GFM with numeric columns right-aligned', () => {
    const table = markdownTable(
      ['config', 'N', 'κ', 'D²₁'],
      [
        ['F2', 3, 1.5708e-4, 0.000084],
        ['F4 | median', 2, 1.5708e-4, null],
      ],
      3,
    );
    expect(table).toBe(
      [
        '| config       |   N |       κ |     D²₁ |',
        '|--------------|----:|--------:|--------:|',
        '| F2           |   3 | 1.57e-4 | 8.40e-5 |',
        '| F4 \\| median |   2 | 1.57e-4 |       – |',
        '',
      ].join('\n'),
    );
  });

  it('rejects rows of the wrong length', () => {
    expect(() => markdownTable(['a', 'b'], [[1]])).toThrow(/rows\[0\]/);
  });
});
