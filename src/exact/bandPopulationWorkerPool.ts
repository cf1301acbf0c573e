// Stryker disable all: the per-mutant runs are serial (HAMCHECK_THREADS=1 never reaches a worker, and a worker would run unmutated code), as for chebyshevWorkerPool; checked by spec/exact/bandPopulationThreads.spec.ts
import { type BandPopulationBuffers, runBandPopulationParticipant } from './bandPopulationKernel.ts';
import { runWithKernelWorkers, stopKernelWorkers } from './kernelWorkers.ts';

/** The module the workers run ({@link runBandPopulationParticipant}). */
const KERNEL_URL = new URL(`./bandPopulationKernel${import.meta.url.endsWith('.js') ? '.js' : '.ts'}`, import.meta.url).href; // .js in the build (dist/)

/** The shortest time the main thread waits for a worker that reports no progress (covers a worker's start-up). */
const MIN_STALL_MS = 120_000;
/** …and, for long output times, this many times the main thread's own mean time per output time. */
const STALL_TIMES = 20;

/** A failing worker raises control[1]; a finished one adds one to control[0]; both wake control[0]. */
const SIGNALS = { abort: 1, notify: 0, done: 0 } as const;

/** Terminates the worker pools (after a failed run, so a stuck worker is never reused). */
export const stopBandPopulationWorkers = stopKernelWorkers;

/**
 * Runs the time loop with `buffers.control[2]` participants: rank 0 on this thread, the others on
 * pooled workers (the buffers must then live in SharedArrayBuffers); returns when all have written
 * their output times.
 *
 * @remarks
 * Synchronous, like the Chebyshev kernel (runChebyshevKernel): this thread runs its own share, then
 * waits on `control` for the workers. A worker that throws posts `{ error }` on its private report
 * port *before* raising the abort flag, so its message is read here synchronously and rethrown as
 * `band population kernel, worker k: <message>` (the main thread's own error as its cause), and the
 * pool is replaced. A worker that makes no progress for max(2 min, 20 × this thread's mean time per
 * output time) is declared lost. `kernelUrl` is for tests only.
 */
export function runBandPopulationKernel(buffers: BandPopulationBuffers, kernelUrl: string = KERNEL_URL): void {
  const size = buffers.control[2];
  runWithKernelWorkers('band population kernel', kernelUrl, 'runBandPopulationParticipant', SIGNALS, size, buffers, () => {
    const start = performance.now();
    runBandPopulationParticipant(buffers, 0);
    const own = Math.floor(buffers.times.length / size);
    const perTime = own > 0 ? (performance.now() - start) / own : 0;
    awaitWorkers(buffers.control, size - 1, Math.max(MIN_STALL_MS, STALL_TIMES * perTime));
  });
}

/** Blocks until `workers` have finished (control[0]); throws on the abort flag or when control[3] stalls for `stallMs`. */
function awaitWorkers(control: Int32Array, workers: number, stallMs: number): void {
  let progress = Atomics.load(control, 3);
  let since = Date.now();
  for (;;) {
    const done = Atomics.load(control, 0);
    if (done >= workers) return;
    if (Atomics.load(control, 1) !== 0) throw new Error('band population kernel: a participant failed');
    const p = Atomics.load(control, 3);
    if (p !== progress) {
      progress = p;
      since = Date.now();
    } else if (Date.now() - since > stallMs) {
      throw new Error('band population kernel: a participant stopped responding');
    }
    Atomics.wait(control, 0, done, 20);
  }
}
