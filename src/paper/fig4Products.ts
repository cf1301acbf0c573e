import { complexGemmNT } from '../linalg/complexGemm.ts';
import { ComplexGemmArena, quadsFrom } from '../linalg/wasm/complexGemmArena.ts';

/**
 * The three products of Fig. 4's time loop on the band-1 rows V₁ (n × D) of the eigenvectors and the
 * states Z (S × n): W = X V₁† with X = V₁e^{−iMt} (which the caller fills), G = W W† and Ψ = W Zᵀ per
 * block of states. Each matrix is row-major with the stated row stride (`ld`).
 *
 * @remarks In the WebAssembly arena (V₁† and Z packed once, W† repacked per time) when it can be had,
 * else through complexGemmNT; the two sum every entry in the same order, so Fig. 4 is the same bit for
 * bit either way (spec/paper/fig4Products.spec.ts).
 */
export interface Fig4Products {
  /** X, n rows of stride D, filled by the caller before {@link formW}. */
  readonly xRe: Float64Array;
  readonly xIm: Float64Array;
  readonly wRe: Float64Array;
  readonly wIm: Float64Array;
  readonly ldw: number;
  readonly gRe: Float64Array;
  readonly gIm: Float64Array;
  readonly ldg: number;
  readonly psiRe: Float64Array;
  readonly psiIm: Float64Array;
  readonly kernel: 'wasm' | 'ts';
  /** W = X V₁†. */
  formW(): void;
  /** G = W W† (after {@link formW}). */
  formG(): void;
  /** Ψ = W Zᵀ for states s0 … s0 + sb − 1 (sb ≤ the block); returns Ψ's row stride. */
  formPsi(s0: number, sb: number): number;
}

/** {@link Fig4Products} for `block` states at a time. */
export function fig4Products(vbRe: Float64Array, vbIm: Float64Array, n: number, dim: number, zRe: Float64Array, zIm: Float64Array, S: number, block: number): Fig4Products {
  const rows = n + (n % 2);
  const ld = 4 * Math.ceil(n / 4);
  const pb = 4 * Math.ceil(block / 4);
  const sq = rows * ld;
  const P = ComplexGemmArena.packedLength;
  const arena = ComplexGemmArena.create(ComplexGemmArena.bytesFor(rows * dim, rows * dim, P(n, dim), sq, sq, P(n, n), sq, sq, P(S, n), rows * pb, rows * pb));
  if (arena === null) return tsProducts(vbRe, vbIm, n, dim, zRe, zIm, block);
  const xRe = arena.alloc(rows * dim);
  const xIm = arena.alloc(rows * dim);
  const vbDagger = arena.packColumns(vbRe, vbIm, n, dim, dim, true);
  const wRe = arena.alloc(sq);
  const wIm = arena.alloc(sq);
  const wDagger = arena.reserveColumns(n, n); // W† is repacked per time (formG)
  const gRe = arena.alloc(sq);
  const gIm = arena.alloc(sq);
  const z = arena.packColumns(zRe, zIm, S, n, n, false);
  const psiRe = arena.alloc(rows * pb);
  const psiIm = arena.alloc(rows * pb);
  return {
    xRe,
    xIm,
    wRe,
    wIm,
    ldw: ld,
    gRe,
    gIm,
    ldg: ld,
    psiRe,
    psiIm,
    kernel: 'wasm',
    formW: () => arena.gemmNT(xRe, xIm, dim, rows, vbDagger, wRe, wIm),
    formG: () => {
      arena.repack(wDagger, wRe, wIm, n, ld, true);
      arena.gemmNT(wRe, wIm, ld, rows, wDagger, gRe, gIm);
    },
    formPsi: (s0, sb) => {
      const quads = Math.ceil(sb / 4);
      arena.gemmNT(wRe, wIm, ld, rows, quadsFrom(z, s0 / 4, quads), psiRe, psiIm);
      return 4 * quads;
    },
  };
}

function tsProducts(vbRe: Float64Array, vbIm: Float64Array, n: number, dim: number, zRe: Float64Array, zIm: Float64Array, block: number): Fig4Products {
  const vbConjIm = vbIm.map((x) => -x);
  const xRe = new Float64Array(n * dim);
  const xIm = new Float64Array(n * dim);
  const wRe = new Float64Array(n * n);
  const wIm = new Float64Array(n * n);
  const wConjIm = new Float64Array(n * n);
  const gRe = new Float64Array(n * n);
  const gIm = new Float64Array(n * n);
  const psiRe = new Float64Array(n * block);
  const psiIm = new Float64Array(n * block);
  return {
    xRe,
    xIm,
    wRe,
    wIm,
    ldw: n,
    gRe,
    gIm,
    ldg: n,
    psiRe,
    psiIm,
    kernel: 'ts',
    formW: () => complexGemmNT(xRe, xIm, n, vbRe, vbConjIm, n, dim, wRe, wIm),
    formG: () => {
      for (let i = 0; i < n * n; i++) wConjIm[i] = -wIm[i];
      complexGemmNT(wRe, wIm, n, wRe, wConjIm, n, n, gRe, gIm);
    },
    formPsi: (s0, sb) => {
      complexGemmNT(wRe, wIm, n, zRe.subarray(s0 * n), zIm.subarray(s0 * n), sb, n, psiRe, psiIm);
      return sb;
    },
  };
}
