/**
 * The WebAssembly loops of the Chebyshev kernel (src/linalg/wasm/chebyshevKernels.wat) against their
 * TypeScript twins: the scatter of fusedBlockRows and the output accumulation bit for bit, the row sums
 * (two lanes, a different order) within the rounding bound of two orders of one sum.
 */
import { describe, expect, it } from 'vitest';
import { fusedBlockRows } from '../../src/linalg/fusedBlockRows.ts';
import { address, chebyshevKernelsFor, chebyshevSharedMemory } from '../../src/linalg/wasm/chebyshevKernelsWasm.ts';
import { MemoryViews } from '../../src/linalg/wasm/memoryViews.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { withEnv } from '../support/withEnv.ts';

/** A shared memory of the WebAssembly loops whatever HAMCHECK_KERNEL says outside (the mutation runs set ts). */
const memoryOf = (bytes: number) => withEnv({ HAMCHECK_KERNEL: 'wasm' }, () => chebyshevSharedMemory(bytes));

function kernelsWithViews(lengths: number[]) {
  const memory = memoryOf(MemoryViews.bytesFor(lengths));
  if (memory === null) throw new Error('no WebAssembly SIMD with shared memory in this Node');
  return { k: chebyshevKernelsFor(memory), views: new MemoryViews(memory), memory };
}

const bitsOf = (a: Float64Array) => new BigUint64Array(Float64Array.from(a).buffer);

describe('the WebAssembly Chebyshev loops', () => {
  it('are available here (every supported Node has WebAssembly SIMD and shared memory), and not with HAMCHECK_KERNEL=ts', () => {
    expect(memoryOf(1024)?.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(withEnv({ HAMCHECK_KERNEL: 'ts' }, () => chebyshevSharedMemory(1024))).toBeNull();
    expect(memoryOf(2 ** 32)).toBeNull();
  });

  it.each([
    [7, 9, 0, 7], // odd rows and odd columns: every tail of the loop
    [6, 8, 1, 5], // a row range that starts at an odd row (a participant's share)
    [1, 1, 0, 1],
    [40, 33, 3, 40],
  ])('fusedBlockRows on a %i×%i block, rows %i … %i: the scatter bit for bit, the row sums within 2·cols·ε·Σ|C x|', (rows, cols, i0, i1) => {
    const g = new NormalDeviates(new Xoshiro128(rows * 1000 + cols * 10 + i0));
    const r = (n: number) => Float64Array.from({ length: n }, () => g.next());
    const cOff = 3; // the block starts inside a larger array, as in a block-tridiagonal operator
    const [cRe, cIm] = [r(cOff + rows * cols), r(cOff + rows * cols)];
    const top = 2;
    const bot = top + rows;
    const [xRe, xIm] = [r(bot + cols + 1), r(bot + cols + 1)];
    const [d0Re, d0Im, s0Re, s0Im] = [r(rows), r(rows), r(cols), r(cols)]; // accumulated into, not overwritten
    const alpha = -0.75;
    const ts = { dRe: d0Re.slice(), dIm: d0Im.slice(), sRe: s0Re.slice(), sIm: s0Im.slice() };
    fusedBlockRows(cRe, cIm, cOff, cols, i0, i1, alpha, xRe, xIm, top, bot, ts.dRe, ts.dIm, 0, ts.sRe, ts.sIm, 0);
    const { k, views } = kernelsWithViews([cRe.length, cIm.length, xRe.length, xIm.length, rows, rows, cols, cols]);
    const w = [cRe, cIm, xRe, xIm, d0Re, d0Im, s0Re, s0Im].map((a) => {
      const v = views.f64(a.length);
      v.set(a);
      return v;
    });
    const [wcRe, wcIm, wxRe, wxIm, wdRe, wdIm, wsRe, wsIm] = w;
    k.fusedBlockRows(address(wcRe, cOff), address(wcIm, cOff), cols, i0, i1, alpha, address(wxRe, top), address(wxIm, top), address(wxRe, bot), address(wxIm, bot), address(wdRe, 0), address(wdIm, 0), address(wsRe, 0), address(wsIm, 0));
    expect(bitsOf(wsRe)).toEqual(bitsOf(ts.sRe));
    expect(bitsOf(wsIm)).toEqual(bitsOf(ts.sIm));
    for (let i = 0; i < rows; i++) {
      let mag = 0;
      for (let j = 0; j < cols; j++) mag += Math.hypot(cRe[cOff + i * cols + j], cIm[cOff + i * cols + j]) * Math.hypot(xRe[bot + j], xIm[bot + j]);
      // tol = 2·cols·ε·|α|·Σ_j|C_ij||x_j| (+ ε·|d| for the final add): each order of the sum is within cols·ε·Σ|terms| of the exact sum
      const tol = 2 * cols * Number.EPSILON * Math.abs(alpha) * mag + Number.EPSILON * (Math.abs(ts.dRe[i]) + Math.abs(ts.dIm[i]));
      const inRange = i >= i0 && i < i1;
      expect(Math.abs(wdRe[i] - ts.dRe[i])).toBeLessThanOrEqual(inRange ? tol : 0);
      expect(Math.abs(wdIm[i] - ts.dIm[i])).toBeLessThanOrEqual(inRange ? tol : 0);
      if (inRange && cols > 1) expect(Math.abs(wdRe[i] - d0Re[i])).toBeGreaterThan(0); // the row was really added to
    }
  });

  it.each([
    [9, 0],
    [9, 1],
    [16, 1],
    [1, 0],
  ])('accumulate over %i entries (imaginary = %i) is the TypeScript loop bit for bit', (n, imaginary) => {
    const g = new NormalDeviates(new Xoshiro128(n * 7 + imaginary));
    const r = (len: number) => Float64Array.from({ length: len }, () => g.next());
    const [accRe, accIm, xRe, xIm] = [r(n), r(n), r(n), r(n)];
    const w = 0.3125 + g.next();
    const eRe = accRe.slice();
    const eIm = accIm.slice();
    for (let i = 0; i < n; i++) {
      if (imaginary === 0) {
        eRe[i] += w * xRe[i];
        eIm[i] += w * xIm[i];
      } else {
        eRe[i] -= w * xIm[i];
        eIm[i] += w * xRe[i];
      }
    }
    const { k, views } = kernelsWithViews([n, n, n, n]);
    const [vaRe, vaIm, vxRe, vxIm] = [accRe, accIm, xRe, xIm].map((a) => {
      const v = views.f64(n);
      v.set(a);
      return v;
    });
    k.accumulate(address(vaRe, 0), address(vaIm, 0), address(vxRe, 0), address(vxIm, 0), n, w, imaginary);
    expect(bitsOf(vaRe)).toEqual(bitsOf(eRe));
    expect(bitsOf(vaIm)).toEqual(bitsOf(eIm));
  });
});
