/**
 * The part of the WebAssembly JS API the kernels use, typed here because Node's types leave it to
 * lib.dom, which this project does not load; `undefined` where a runtime has no WebAssembly.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
}

export interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
  validate(bytes: Uint8Array): boolean;
}

export const wasmApi: WasmApi | undefined = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

/** Which kernels run: `HAMCHECK_KERNEL=ts` forces the TypeScript ones, anything else prefers WebAssembly. */
export function preferredKernel(): 'wasm' | 'ts' {
  return process.env.HAMCHECK_KERNEL === 'ts' ? 'ts' : 'wasm';
}

/** A compiled module from base64, or null where this runtime cannot compile it (no WebAssembly, no SIMD). */
export function compileBase64(base64: string): object | null {
  try {
    return wasmApi === undefined ? null : new wasmApi.Module(Buffer.from(base64, 'base64'));
  } catch {
    return null;
  }
}
