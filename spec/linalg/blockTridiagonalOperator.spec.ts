import { describe, expect, it } from 'vitest';
import { blockTridiagonalOperator } from '../../src/linalg/blockTridiagonalOperator.ts';
import { sharedBlockViews } from '../../src/linalg/sharedArrays.ts';

/** Blocks of a 2-, 3-, 1-row chain: 2×3 and 3×1, entries numbered so every position is distinct. */
const sizes = [2, 3, 1];
const fill = (blocks: Float64Array[], sign: number) => blocks.forEach((b, g) => b.forEach((_, e) => (b[e] = sign * (10 * g + e + 1))));

describe('blockTridiagonalOperator', () => {
  it('uses consecutive views of one buffer in place and concatenates separate arrays, with the same entries', () => {
    const sharedRe = [new Float64Array(6), new Float64Array(3)];
    const spanRe = new Float64Array(9);
    const spanIm = new Float64Array(9);
    const together = [spanRe.subarray(0, 6), spanRe.subarray(6)];
    const togetherIm = [spanIm.subarray(0, 6), spanIm.subarray(6)];
    fill(sharedRe, 1);
    fill(together, 1);
    fill(togetherIm, -1);
    const separate = blockTridiagonalOperator(new Float64Array(6), sizes, sharedRe, sharedRe.map((b) => b.map((x) => -x)));
    const inPlace = blockTridiagonalOperator(new Float64Array(6), sizes, together, togetherIm);
    expect(inPlace.blockRe.buffer).toBe(spanRe.buffer);
    expect(inPlace.blockIm.buffer).toBe(spanIm.buffer);
    expect(separate.blockRe.buffer).not.toBe(sharedRe[0].buffer);
    expect(Array.from(inPlace.blockRe)).toEqual(Array.from(separate.blockRe));
    expect(Array.from(inPlace.blockIm)).toEqual(Array.from(separate.blockIm));
  });

  it('copies views of one buffer that are not laid out block after block', () => {
    const span = new Float64Array(12);
    const gapped = [span.subarray(0, 6), span.subarray(9, 12)]; // a gap of 3 entries between the blocks
    fill(gapped, 1);
    const op = blockTridiagonalOperator(new Float64Array(6), sizes, gapped, [new Float64Array(6), new Float64Array(3)]);
    expect(op.blockRe.buffer).not.toBe(span.buffer);
    expect(Array.from(op.blockRe)).toEqual([...gapped[0], ...gapped[1]]);
  });

  it('sharedBlockViews: consecutive, zero-filled views of one SharedArrayBuffer', () => {
    const views = sharedBlockViews(3, 4);
    expect(views.map((v) => [v.byteOffset, v.length])).toEqual([[0, 4], [32, 4], [64, 4]]);
    expect(views.every((v) => v.buffer === views[0].buffer && v.every((x) => x === 0))).toBe(true);
    expect(views[0].buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
