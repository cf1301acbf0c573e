import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { parseShard, selectShard } from '../../src/verify/shard.ts';

describe('selectShard', () => {
  it('deals the sorted ids round-robin', () => {
    const ids = ['e', 'a', 'd', 'b', 'c'];
    expect([1, 2].map((i) => selectShard(ids, i, 2))).toEqual([['a', 'c', 'e'], ['b', 'd']]);
    expect(selectShard(ids, 1, 1)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(selectShard(['a'], 3, 3)).toEqual([]);
  });

  it('partitions the ids exactly, balanced within one, independent of input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.nat(), (ids, count, salt) => {
        const shards = Array.from({ length: count }, (_, i) => selectShard(ids, i + 1, count));
        const union = shards.flat();
        expect(union).toHaveLength(ids.length);
        expect(new Set(union)).toEqual(new Set(ids));
        const sizes = shards.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        const reversed = [...ids].reverse();
        const shuffled = reversed.map((_, i) => reversed[(i + salt) % reversed.length]);
        for (let i = 0; i < count; i++) expect(selectShard(shuffled, i + 1, count)).toEqual(shards[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a bad index and duplicate ids as programming errors', () => {
    expect(() => selectShard(['a'], 0, 2)).toThrow(/1 ≤ index ≤ count/);
    expect(() => selectShard(['a'], 3, 2)).toThrow(Error);
    expect(() => selectShard(['a', 'a'], 1, 2)).toThrow(/duplicate id a/);
  });
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('03/10')).toEqual({ index: 3, count: 10 });
  });

  it('rejects anything else with a typed error naming the flag and the range', () => {
    for (const bad of ['0/2', '3/2', '1/0', '1', '1/2/3', '-1/2', '1.5/2', 'a/b', '', 2]) {
      expect(() => parseShard(bad), String(bad)).toThrow(HamcheckInputError);
    }
    expect(() => parseShard('3/2')).toThrow(/^--shard: expected i\/n with integers 1 ≤ i ≤ n \(e\.g\. 2\/4\), got "3\/2"$/);
  });
});
