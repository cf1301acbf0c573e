// Stryker disable all: bandPopulation's time loop in WebAssembly, left out of the mutation scope with the TypeScript loop (see bandPopulationKernel.ts); guarded bit for bit against it by spec/exact/bandPopulationWasm.spec.ts
import { ComplexGemmArena, quadsFrom, WASM_ARENA_MAX_BYTES } from '../linalg/wasm/complexGemmArena.ts';
import { bandNorm, type BandPopulationBuffers, checkAbort, formPropagatedRows, participantTimes, timeDone } from './bandPopulationBuffers.ts';

/** States per product ψ_b = L Rᵀ in the WebAssembly kernel (a multiple of its 4-column quads; ψ is n×256). */
export const WASM_STATE_BLOCK = 256;

/** The arena's parts for a band of n levels in dimension D with S states (lengths in doubles). */
function arenaLayout(n: number, dim: number, S: number, shortcut: boolean) {
  const rows = n + (n % 2); // the kernel takes rows in pairs; the padding row of X stays zero
  const wCols = 4 * Math.ceil(n / 4);
  const inner = shortcut ? n : dim;
  const block = Math.min(WASM_STATE_BLOCK, 4 * Math.ceil(S / 4));
  return {
    rows,
    wCols,
    inner,
    block,
    lengths: [
      rows * dim, // X re
      rows * dim, // X im
      dim, // phases re
      dim, // phases im
      shortcut ? ComplexGemmArena.packedLength(n, dim) : 0, // V_b† packed
      shortcut ? rows * wCols : 0, // W re
      shortcut ? rows * wCols : 0, // W im
      ComplexGemmArena.packedLength(S, inner), // R packed
      rows * block, // ψ re
      rows * block, // ψ im
    ],
  };
}

/** Bytes of one participant's WebAssembly arena, or undefined when the TypeScript kernel runs instead. */
export function wasmArenaBytes(n: number, dim: number, S: number, shortcut: boolean): number | undefined {
  const bytes = ComplexGemmArena.bytesFor(...arenaLayout(n, dim, S, shortcut).lengths);
  return bytes <= WASM_ARENA_MAX_BYTES && ComplexGemmArena.available() ? bytes : undefined;
}

/**
 * The time loop of runBandPopulationParticipant on the WebAssembly SIMD kernel: the same X, W = X V_b†
 * and ψ_b = L Rᵀ, in an arena of this participant (V_b† and R packed once, X formed in place), with
 * states in blocks of {@link WASM_STATE_BLOCK}. Returns false, having done nothing, when no arena can be
 * had (HAMCHECK_KERNEL=ts, no WebAssembly SIMD, or more than WASM_ARENA_MAX_BYTES).
 */
export function runBandPopulationWasm(b: BandPopulationBuffers, rank: number): boolean {
  const { levels: n, dim, states: S, shortcut, out } = b;
  const layout = arenaLayout(n, dim, S, shortcut);
  const arena = ComplexGemmArena.create(ComplexGemmArena.bytesFor(...layout.lengths));
  if (arena === null) return false;
  const { rows, wCols, inner, block } = layout;
  const T = b.times.length;
  const [t0, t1] = participantTimes(b, rank);
  const xRe = arena.alloc(rows * dim);
  const xIm = arena.alloc(rows * dim);
  const ph = { re: arena.alloc(dim), im: arena.alloc(dim) };
  const vbDagger = shortcut ? arena.packColumns(b.vbRe, b.vbIm, n, dim, dim, true) : undefined;
  const wRe = shortcut ? arena.alloc(rows * wCols) : xRe;
  const wIm = shortcut ? arena.alloc(rows * wCols) : xIm;
  const lda = shortcut ? wCols : dim;
  const r = arena.packColumns(b.rRe, b.rIm, S, inner, inner, false);
  const psiRe = arena.alloc(rows * block);
  const psiIm = arena.alloc(rows * block);
  for (let t = t0; t < t1; t++) {
    checkAbort(b);
    formPropagatedRows(b, t, ph, xRe, xIm);
    if (vbDagger !== undefined) arena.gemmNT(xRe, xIm, dim, rows, vbDagger, wRe, wIm);
    for (let s0 = 0; s0 < S; s0 += block) {
      const sb = Math.min(block, S - s0);
      const quads = Math.ceil(sb / 4);
      arena.gemmNT(wRe, wIm, lda, rows, quadsFrom(r, s0 / 4, quads), psiRe, psiIm);
      for (let c = 0; c < sb; c++) out[(s0 + c) * T + t] = bandNorm(psiRe, psiIm, n, 4 * quads, c);
    }
    timeDone(b);
  }
  return true;
}
