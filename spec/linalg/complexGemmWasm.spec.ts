import { describe, expect, it } from 'vitest';
import { complexGemmNT } from '../../src/linalg/complexGemm.ts';
import { ComplexGemmArena, quadsFrom } from '../../src/linalg/wasm/complexGemmArena.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { withEnv } from '../support/withEnv.ts';

/** An arena of the WebAssembly kernel whatever HAMCHECK_KERNEL says outside (the mutation runs set ts). */
const arenaOf = (bytes: number) => withEnv({ HAMCHECK_KERNEL: 'wasm' }, () => ComplexGemmArena.create(bytes));

/** A, B random and the TypeScript kernel's C = A·Bᵀ (A m×k, B p×k, row-major, no padding). */
function caseOf(m: number, p: number, k: number) {
  const g = new NormalDeviates(new Xoshiro128(m * 1_000_003 + p * 1009 + k));
  const r = (len: number) => Float64Array.from({ length: len }, () => g.next());
  const [aRe, aIm, bRe, bIm] = [r(m * k), r(m * k), r(p * k), r(p * k)];
  const cRe = new Float64Array(m * p);
  const cIm = new Float64Array(m * p);
  complexGemmNT(aRe, aIm, m, bRe, bIm, p, k, cRe, cIm);
  return { aRe, aIm, bRe, bIm, cRe, cIm };
}

describe('ComplexGemmArena (the WebAssembly SIMD twin of complexGemmNT)', () => {
  it('is available on every supported Node (20.19 and later have WebAssembly SIMD), and not with HAMCHECK_KERNEL=ts', () => {
    expect(arenaOf(1024)).toBeInstanceOf(ComplexGemmArena);
    expect(withEnv({ HAMCHECK_KERNEL: 'ts' }, () => [ComplexGemmArena.create(1024), ComplexGemmArena.available()])).toEqual([null, false]);
  });

  it.each([
    [1, 1, 1],
    [2, 3, 300], // several inner chunks (KB = 128) and a partial column quad
    [5, 67, 131], // an odd row count (one padding row), 17 quads: two panels of QB = 16
    [8, 2, 7],
    [6, 130, 257], // both chunk and panel edges
  ])('gives C = A·Bᵀ bit for bit as the TypeScript kernel (m = %i, p = %i, k = %i, row stride k + 3)', (m, p, k) => {
    const { aRe, aIm, bRe, bIm, cRe, cIm } = caseOf(m, p, k);
    const mPad = m + (m % 2);
    const lda = k + 3; // a row stride wider than k: the kernel must not read the gap
    const quads = Math.ceil(p / 4);
    const arena = arenaOf(
      ComplexGemmArena.bytesFor(mPad * lda, mPad * lda, ComplexGemmArena.packedLength(p, k), mPad * 4 * quads, mPad * 4 * quads),
    );
    if (arena === null) throw new Error('no WebAssembly SIMD in this Node');
    const xRe = arena.alloc(mPad * lda);
    const xIm = arena.alloc(mPad * lda);
    for (let i = 0; i < m; i++) {
      xRe.set(aRe.subarray(i * k, (i + 1) * k), i * lda);
      xIm.set(aIm.subarray(i * k, (i + 1) * k), i * lda);
      xRe.fill(Number.NaN, i * lda + k, (i + 1) * lda); // the gap: a read of it would poison C
    }
    const b = arena.packColumns(bRe, bIm, p, k, k, false);
    const oRe = arena.alloc(mPad * 4 * quads).fill(Number.NaN); // overwritten, not accumulated into
    const oIm = arena.alloc(mPad * 4 * quads).fill(Number.NaN);
    arena.gemmNT(xRe, xIm, lda, mPad, b, oRe, oIm);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < p; j++) {
        expect(Object.is(oRe[i * 4 * quads + j], cRe[i * p + j])).toBe(true);
        expect(Object.is(oIm[i * 4 * quads + j], cIm[i * p + j])).toBe(true);
      }
    }
    // padding columns: sums of a·0 are exactly zero
    for (let j = p; j < 4 * quads; j++) expect(Math.abs(oRe[j]) + Math.abs(oIm[j])).toBe(0);
  });

  it('conjugates B on request and runs a block of quads (the states of one block) alone', () => {
    const [m, p, k] = [4, 13, 40];
    const { aRe, aIm, bRe, bIm } = caseOf(m, p, k);
    const negIm = bIm.map((x) => -x);
    const cRe = new Float64Array(m * p);
    const cIm = new Float64Array(m * p);
    complexGemmNT(aRe, aIm, m, bRe, negIm, p, k, cRe, cIm);
    const arena = arenaOf(ComplexGemmArena.bytesFor(2 * m * k, ComplexGemmArena.packedLength(p, k), 2 * m * 8));
    if (arena === null) throw new Error('no WebAssembly SIMD in this Node');
    const xRe = arena.alloc(m * k);
    const xIm = arena.alloc(m * k);
    xRe.set(aRe);
    xIm.set(aIm);
    const b = arena.packColumns(bRe, bIm, p, k, k, true);
    const oRe = arena.alloc(m * 8);
    const oIm = arena.alloc(m * 8);
    arena.gemmNT(xRe, xIm, k, m, quadsFrom(b, 1, 2), oRe, oIm); // columns 4 … 11
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < 8; j++) {
        expect(Object.is(oRe[i * 8 + j], cRe[i * p + 4 + j])).toBe(true);
        expect(Object.is(oIm[i * 8 + j], cIm[i * p + 4 + j])).toBe(true);
      }
    }
  });

  it('refuses views from outside the arena, odd row counts and allocations beyond its size, before any compute', () => {
    const arena = arenaOf(ComplexGemmArena.bytesFor(64, 64, 64, 64, 64));
    if (arena === null) throw new Error('no WebAssembly SIMD in this Node');
    const a = arena.alloc(64);
    const b = arena.packColumns(new Float64Array(16), new Float64Array(16), 4, 4, 4, false);
    const c = arena.alloc(64);
    expect(() => arena.gemmNT(new Float64Array(64), a, 4, 2, b, c, c)).toThrow(/A re must be an aligned arena view/);
    expect(() => arena.gemmNT(a, a, 4, 3, b, c, c)).toThrow(/m must be even, got 3/);
    expect(() => arena.alloc(1e6)).toThrow(/bytes needed, the memory holds/);
    expect(arenaOf(2 ** 32)).toBeNull();
  });
});
