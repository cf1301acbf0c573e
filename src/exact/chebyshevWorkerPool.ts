import { availableParallelism } from 'node:os';
import { type ChebyshevBuffers, runChebyshevParticipant } from './chebyshevKernel.ts';
import { runWithKernelWorkers, stopKernelWorkers } from './kernelWorkers.ts';

/** The module the workers run ({@link runChebyshevParticipant}). */
const KERNEL_URL = new URL(`./chebyshevKernel${import.meta.url.endsWith('.js') ? '.js' : '.ts'}`, import.meta.url).href; // .js in the build (dist/)

/** How rank 0's barrier hears of a failed worker (src/exact/chebyshevKernel.ts: control[2] aborts, control[1] wakes). */
const SIGNALS = { abort: 2, notify: 1 } as const;

/**
 * How many participants run the Chebyshev kernel: `HAMCHECK_THREADS` if set (1 = serial), else the
 * machine's available parallelism.
 */
export function chebyshevThreads(): number {
  const env = Number(process.env.HAMCHECK_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, availableParallelism());
}

/** Terminates the worker pools (e.g. after a failed run, so a stuck worker is never reused). */
export const stopChebyshevWorkers = stopKernelWorkers;

/**
 * Runs the kernel with `buffers.control[3]` participants: rank 0 on this thread, the others on pooled
 * workers (the buffers must then live in SharedArrayBuffers).
 *
 * @remarks
 * Each worker gets a private report port. A worker that throws posts `{ error }` on it *before* raising
 * the abort flag, so when rank 0 stops at the barrier ("a participant failed") the worker's message is
 * already queued; it is read synchronously and rethrown here as `chebyshev kernel, worker k: <message>`
 * (the barrier error as its cause), and the pool is replaced. `kernelUrl` is for tests only.
 */
export function runChebyshevKernel(
  buffers: ChebyshevBuffers,
  onProgress?: (fraction: number) => void,
  kernelUrl: string = KERNEL_URL,
): boolean {
  return runWithKernelWorkers('chebyshev kernel', kernelUrl, 'runChebyshevParticipant', SIGNALS, buffers.control[3], buffers, () => runChebyshevParticipant(buffers, 0, onProgress));
}
