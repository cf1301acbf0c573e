// Stryker disable all: this is bandPopulation's time loop (dense O(n·D·S) per time), left out of the mutation scope with bandPopulation itself (stryker.config.mjs: the dense eigen path); guarded by spec/exact/eigenPropagator.spec.ts, spec/exact/bandPopulationThreads.spec.ts and spec/exact/bandPopulationWasm.spec.ts
import { complexGemmNT } from '../linalg/complexGemm.ts';
import { bandNorm, type BandPopulationBuffers, checkAbort, formPropagatedRows, participantTimes, timeDone } from './bandPopulationBuffers.ts';
import { runBandPopulationWasm, wasmArenaBytes } from './bandPopulationWasmKernel.ts';

export type { BandPopulationBuffers } from './bandPopulationBuffers.ts';

/** States whose band amplitudes ψ_b(t) are formed together by the TypeScript kernel (an n×64 complex block). */
export const STATE_BLOCK = 64;

/**
 * Runs participant `rank` of {@link BandPopulationBuffers}: for each of its output times, X = V_b e^{−iMt},
 * then L = X (direct) or W = X V_b† (shortcut), then ψ_b = L Rᵀ per block of states and P = ‖ψ_b‖² per
 * state. The products run in the WebAssembly SIMD kernel (bandPopulationWasmKernel.ts) when its arena
 * can be had, else in complexGemmNT; the two sum every entry in the same order, and the operations of
 * one time do not depend on which participant runs it, so the result is bit for bit that of the serial
 * TypeScript path whatever the kernel and the number of threads. Stops with an error when another
 * participant raised the abort flag.
 */
export function runBandPopulationParticipant(b: BandPopulationBuffers, rank: number): void {
  if (runBandPopulationWasm(b, rank)) return;
  const { levels: n, dim, states: S, rRe, rIm, out } = b;
  const [t0, t1] = participantTimes(b, rank);
  const T = b.times.length;
  const inner = b.shortcut ? n : dim;
  const xRe = new Float64Array(n * dim);
  const xIm = new Float64Array(n * dim);
  const ph = { re: new Float64Array(dim), im: new Float64Array(dim) };
  const psiRe = new Float64Array(n * STATE_BLOCK);
  const psiIm = new Float64Array(n * STATE_BLOCK);
  const wRe = b.shortcut ? new Float64Array(n * n) : xRe;
  const wIm = b.shortcut ? new Float64Array(n * n) : xIm;
  for (let t = t0; t < t1; t++) {
    checkAbort(b);
    formPropagatedRows(b, t, ph, xRe, xIm);
    // Left operand L: X (direct) or W = X V_b† (shortcut).
    if (b.shortcut) complexGemmNT(xRe, xIm, n, b.vbRe, b.vbConjIm, n, dim, wRe, wIm);
    for (let s0 = 0; s0 < S; s0 += STATE_BLOCK) {
      const sb = Math.min(STATE_BLOCK, S - s0);
      // ψ_b[a, s] = Σ_l L[a, l] R[s, l] for the states of this block.
      complexGemmNT(wRe, wIm, n, rRe.subarray(s0 * inner), rIm.subarray(s0 * inner), sb, inner, psiRe, psiIm);
      for (let c = 0; c < sb; c++) out[(s0 + c) * T + t] = bandNorm(psiRe, psiIm, n, sb, c);
    }
    timeDone(b);
  }
}

/** Bytes one participant allocates (the WebAssembly arena where it is used, else the TypeScript kernel's arrays). */
export function participantBytes(levels: number, dim: number, states: number, shortcut: boolean): number {
  const wasm = wasmArenaBytes(levels, dim, states, shortcut);
  return wasm ?? 16 * levels * dim + 16 * levels * STATE_BLOCK + (shortcut ? 16 * levels * levels : 0) + 16 * dim;
}
