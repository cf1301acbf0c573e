import { CHEBYSHEV_KERNELS_WASM_BASE64 } from './chebyshevKernelsWasm.generated.ts';
import { compileBase64, preferredKernel, wasmApi, type WasmMemory } from './wasmApi.ts';

/**
 * Blocks up to this size are copied into the shared WebAssembly memory of the Chebyshev kernel (128 MiB:
 * the copy stays inside the 150 MB allowance of the memory target, peak RSS ≤ 1.3·storage + 150 MB);
 * larger operators run the TypeScript loops on their blocks in place.
 */
export const WASM_BLOCK_COPY_MAX_BYTES = 2 ** 27;

/** The largest shared memory made (2 GiB: every byte address stays below 2³¹). */
const MAX_BYTES = 2 ** 31 - 2 ** 16;

/** The exports of chebyshevKernels.wat (pointers are byte addresses; see the .wat for the loops). */
export interface ChebyshevWasm {
  fusedBlockRows(
    cRe: number,
    cIm: number,
    cols: number,
    i0: number,
    i1: number,
    alpha: number,
    xTopRe: number,
    xTopIm: number,
    xBotRe: number,
    xBotIm: number,
    dRe: number,
    dIm: number,
    sRe: number,
    sIm: number,
  ): void;
  accumulate(accRe: number, accIm: number, xRe: number, xIm: number, n: number, w: number, imaginary: number): void;
}

let compiled: object | null | undefined;
const instances = new WeakMap<WasmMemory, ChebyshevWasm>();

function kernelModule(): object | null {
  if (compiled === undefined) compiled = compileBase64(CHEBYSHEV_KERNELS_WASM_BASE64);
  return compiled;
}

/**
 * A shared WebAssembly memory of at least `bytes` for the Chebyshev kernel's arrays, or null when the
 * TypeScript loops must run (`HAMCHECK_KERNEL=ts`, no WebAssembly SIMD or threads, above 2 GiB).
 */
export function chebyshevSharedMemory(bytes: number): WasmMemory | null {
  if (preferredKernel() === 'ts' || wasmApi === undefined || !(bytes >= 0) || bytes > MAX_BYTES || kernelModule() === null) return null;
  const pages = Math.max(1, Math.ceil(bytes / 65536));
  try {
    return new wasmApi.Memory({ initial: pages, maximum: pages, shared: true });
  } catch {
    return null;
  }
}

/** The kernels instantiated on `memory` (once per memory and thread: every participant calls this). */
export function chebyshevKernelsFor(memory: WasmMemory): ChebyshevWasm {
  let k = instances.get(memory);
  if (k === undefined) {
    const module = kernelModule();
    if (module === null || wasmApi === undefined) throw new Error('chebyshev kernel: this thread cannot compile the WebAssembly kernels');
    k = new wasmApi.Instance(module, { env: { memory } }).exports as unknown as ChebyshevWasm;
    instances.set(memory, k);
  }
  return k;
}

/** The byte address of element `index` of a view of the kernel's memory. */
export function address(view: Float64Array, index: number): number {
  return view.byteOffset + 8 * index;
}
