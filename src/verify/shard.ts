/**
 * `--shard i/n`: splitting a run's properties across CI jobs (a GitHub Actions matrix).
 */
import { HamcheckInputError } from '../errors.ts';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * The ids of shard `index` of `count` (1-based): the ids sorted (code-unit order), then every
 * `count`-th one starting at position `index − 1`.
 *
 * @remarks
 * Deterministic (independent of the input order, so every job computes the same split), a partition
 * (each id in exactly one shard) and balanced (shard sizes differ by at most one). Duplicate ids are a
 * programming error.
 */
export function selectShard(ids: readonly string[], index: number, count: number): string[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count) {
    throw new Error(`selectShard: need integers 1 ≤ index ≤ count, got ${index}/${count}`);
  }
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) throw new Error(`selectShard: duplicate id ${sorted[i]}`);
  return sorted.filter((_, position) => position % count === index - 1);
}

/** Parses `i/n` (decimal integers, 1 ≤ i ≤ n); `field` names the flag in errors. */
export function parseShard(text: unknown, field = '--shard'): Shard {
  const allowed = 'i/n with integers 1 ≤ i ≤ n (e.g. 2/4)';
  if (typeof text !== 'string') throw new HamcheckInputError(field, allowed, text);
  const m = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text);
  if (!m) throw new HamcheckInputError(field, allowed, text);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new HamcheckInputError(field, allowed, text);
  return { index, count };
}
