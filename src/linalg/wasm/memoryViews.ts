import type { WasmMemory } from './wasmApi.ts';

/** Consecutive zeroed Float64Array views of a memory, 16-byte aligned, handed out in order. */
export class MemoryViews {
  private next = 0;

  constructor(private readonly memory: WasmMemory) {}

  /** Whether `view` lies in this memory. */
  holds(view: Float64Array): boolean {
    return view.buffer === this.memory.buffer;
  }

  /** Bytes that views of these lengths (doubles) take, alignment included. */
  static bytesFor(lengths: readonly number[]): number {
    return lengths.reduce((sum, n) => sum + 8 * Math.max(1, n) + 16, 0);
  }

  /** The next view of `length` doubles; throws when the memory is full. */
  f64(length: number): Float64Array {
    const start = Math.ceil(this.next / 16) * 16;
    const end = start + 8 * Math.max(1, length);
    if (end > this.memory.buffer.byteLength) throw new RangeError(`MemoryViews: ${end} bytes needed, the memory holds ${this.memory.buffer.byteLength}`);
    this.next = end;
    return new Float64Array(this.memory.buffer, start, length);
  }
}
