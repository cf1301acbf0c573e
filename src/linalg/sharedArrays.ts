/**
 * Typed arrays over SharedArrayBuffers: memory the Chebyshev worker threads read in place (a
 * SharedArrayBuffer is passed to a worker by reference, a plain ArrayBuffer would be copied).
 *
 * @remarks Zero-filled like `new Float64Array(length)`; a zero length still gets a one-element buffer
 * (some engines refuse empty shared buffers) viewed with length 0.
 */
export function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(8 * Math.max(1, length)), 0, length);
}

/** {@link sharedFloat64} for 32-bit integers. */
export function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * Math.max(1, length)), 0, length);
}

/**
 * `count` row-major blocks of `entries` doubles each as consecutive views of one shared array, so an
 * operator can use the whole span without concatenating (see blockTridiagonalOperator).
 */
export function sharedBlockViews(count: number, entries: number): Float64Array[] {
  const all = sharedFloat64(count * entries);
  return Array.from({ length: count }, (_, g) => all.subarray(g * entries, (g + 1) * entries));
}
