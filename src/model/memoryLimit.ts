import { HamcheckResourceError } from '../errors.ts';

/** Default memory budget for one model and its propagation: 4 GiB, or HAMCHECK_MEMORY_LIMIT_MB. */
export function memoryLimitBytes(): number {
  const mb = Number(process.env.HAMCHECK_MEMORY_LIMIT_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 2 ** 20 : 4 * 2 ** 30;
}

/** Throws a {@link HamcheckResourceError} naming `field` if `bytes` exceeds the memory budget. */
export function assertFitsInMemory(field: string, bytes: number, what: string): void {
  const limit = memoryLimitBytes();
  if (bytes > limit) throw new HamcheckResourceError(field, bytes, limit, what);
}

/** Bytes of the coupling blocks of a chain: (N−1)·n² complex doubles. */
export function chainModelBytes(sites: number, levels: number): number {
  return (sites - 1) * levels * levels * 16 + sites * levels * 8;
}
