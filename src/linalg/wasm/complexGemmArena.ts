import { COMPLEX_GEMM_WASM_BASE64 } from './complexGemmWasm.generated.ts';
import { MemoryViews } from './memoryViews.ts';
import { compileBase64, preferredKernel, type WasmApi, wasmApi, type WasmMemory } from './wasmApi.ts';

/**
 * The largest arena {@link ComplexGemmArena.create} allocates: 2 GiB, so every byte address and every
 * element index the 32-bit kernel forms stays below 2³¹ (larger problems run the TypeScript kernel).
 */
export const WASM_ARENA_MAX_BYTES = 2 ** 31 - 2 ** 16;

/** B of C = A·Bᵀ packed in column quads for the WebAssembly kernel (see complexGemm.wat). */
export interface PackedColumns {
  /** Byte offset in the arena. */
  readonly ptr: number;
  /** ⌈p/4⌉ column quads; C then has 4·quads columns. */
  readonly quads: number;
  /** Inner dimension k. */
  readonly k: number;
}

type GemmExport = (aRe: number, aIm: number, lda: number, m: number, b: number, quads: number, k: number, cRe: number, cIm: number) => void;

let compiled: object | null | undefined;

/** The compiled kernel module (once per thread), or null where this runtime lacks WebAssembly SIMD. */
function kernelModule(): object | null {
  if (compiled === undefined) compiled = compileBase64(COMPLEX_GEMM_WASM_BASE64);
  return compiled;
}

/**
 * A fixed-size WebAssembly memory with the f64x2 SIMD kernel of C = A·Bᵀ for complex matrices
 * (src/linalg/wasm/complexGemm.wat), bit for bit the same as {@link complexGemmNT}.
 *
 * @remarks
 * Operands live in the arena: {@link alloc} hands out Float64Array views (16-byte aligned, zeroed) that
 * the caller fills, {@link packColumns} packs B once (B usually stays fixed while A changes), and
 * {@link gemmNT} runs the kernel on views of this arena only. The size is fixed at creation because a
 * growing memory would detach the views. One arena per thread; the TypeScript kernel stays the checked
 * fallback (what each gains: docs/bench.md, Kernels): {@link create} returns null when
 * `HAMCHECK_KERNEL=ts`, when the runtime has no WebAssembly SIMD, or above {@link WASM_ARENA_MAX_BYTES}.
 */
export class ComplexGemmArena {
  private readonly memory: WasmMemory;
  private readonly views: MemoryViews;
  private readonly gemm: GemmExport;

  private constructor(api: WasmApi, module: object, bytes: number) {
    this.memory = new api.Memory({ initial: Math.ceil(bytes / 65536) });
    this.views = new MemoryViews(this.memory);
    const instance = new api.Instance(module, { env: { memory: this.memory } });
    this.gemm = instance.exports.complexGemmNT as GemmExport;
  }

  /** An arena of at least `bytes` (plus 16 per allocation for alignment), or null (see the class remarks). */
  static create(bytes: number): ComplexGemmArena | null {
    if (preferredKernel() === 'ts' || !(bytes >= 0) || bytes > WASM_ARENA_MAX_BYTES) return null;
    const module = kernelModule();
    return module === null || wasmApi === undefined ? null : new ComplexGemmArena(wasmApi, module, Math.max(bytes, 1));
  }

  /** Whether {@link create} can give an arena here (WebAssembly SIMD present, `HAMCHECK_KERNEL` not `ts`). */
  static available(): boolean {
    return preferredKernel() === 'wasm' && kernelModule() !== null;
  }

  /** Bytes an arena needs for allocations of these lengths (doubles), alignment included. */
  static bytesFor(...lengths: number[]): number {
    return MemoryViews.bytesFor(lengths);
  }

  /** Bytes of a {@link packColumns} result for p columns and inner dimension k. */
  static packedLength(p: number, k: number): number {
    return 8 * Math.ceil(p / 4) * k;
  }

  /** A zeroed view of `length` doubles in the arena (16-byte aligned); throws when the arena is full. */
  alloc(length: number): Float64Array {
    return this.views.f64(length);
  }

  /**
   * Packs the p×k matrix B (row j = column j of Bᵀ, row-major with row stride `ldb`) in column quads;
   * `conjugate` negates the imaginary part (for A·B†). Padding columns are zero.
   */
  packColumns(bRe: Float64Array, bIm: Float64Array, p: number, k: number, ldb: number, conjugate: boolean): PackedColumns {
    const b = this.reserveColumns(p, k);
    this.repack(b, bRe, bIm, p, ldb, conjugate);
    return b;
  }

  /** Room for a packed p×k B (zero), to be filled by {@link repack}, e.g. a B that changes per time. */
  reserveColumns(p: number, k: number): PackedColumns {
    const packed = this.alloc(ComplexGemmArena.packedLength(p, k));
    return { ptr: packed.byteOffset, quads: Math.ceil(p / 4), k };
  }

  /** Packs B into `b` (from {@link packColumns} or {@link reserveColumns}) of the same shape. */
  repack(b: PackedColumns, bRe: Float64Array, bIm: Float64Array, p: number, ldb: number, conjugate: boolean): void {
    const { k } = b;
    if (Math.ceil(p / 4) !== b.quads) throw new RangeError(`ComplexGemmArena.repack: ${p} columns do not fit ${b.quads} quads`);
    const packed = new Float64Array(this.memory.buffer, b.ptr, ComplexGemmArena.packedLength(p, k));
    const sign = conjugate ? -1 : 1;
    for (let j = 0; j < p; j++) {
      // [re lanes 0–3 | im lanes 0–3] per inner index l
      const base = (j >> 2) * k * 8 + (j & 3);
      const row = j * ldb;
      for (let l = 0; l < k; l++) {
        packed[base + 8 * l] = bRe[row + l];
        packed[base + 8 * l + 4] = sign * bIm[row + l];
      }
    }
  }

  /**
   * C ← A·Bᵀ on arena views: A has `m` rows (even; a padding row is the caller's, usually zero) of row
   * stride `lda`, B is packed (or a run of its quads: {@link quadsFrom}), C is m × 4·quads row-major.
   */
  gemmNT(aRe: Float64Array, aIm: Float64Array, lda: number, m: number, b: PackedColumns, cRe: Float64Array, cIm: Float64Array): void {
    const cols = 4 * b.quads;
    if (m % 2 !== 0) throw new RangeError(`ComplexGemmArena.gemmNT: m must be even, got ${m}`);
    for (const [name, view, length] of [
      ['A re', aRe, (m - 1) * lda + b.k],
      ['A im', aIm, (m - 1) * lda + b.k],
      ['C re', cRe, m * cols],
      ['C im', cIm, m * cols],
    ] as const) {
      if (!this.views.holds(view) || view.byteOffset % 16 !== 0 || view.length < length) {
        throw new RangeError(`ComplexGemmArena.gemmNT: ${name} must be an aligned arena view of ≥ ${length} doubles`);
      }
    }
    this.gemm(aRe.byteOffset, aIm.byteOffset, lda, m, b.ptr, b.quads, b.k, cRe.byteOffset, cIm.byteOffset);
  }
}

/** The quads [q0, q0 + quads) of a packed B: the columns 4·q0 … of B (a block of states). */
export function quadsFrom(b: PackedColumns, q0: number, quads: number): PackedColumns {
  return { ptr: b.ptr + 64 * q0 * b.k, quads, k: b.k };
}
