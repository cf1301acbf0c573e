import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type ChebyshevBuffers, runChebyshevParticipant } from './chebyshevKernel.ts';

let workers: Worker[] = [];

/**
 * How many participants run the Chebyshev kernel: `HAMCHECK_THREADS` if set (1 = serial), else the
 * machine's available parallelism.
 */
export function chebyshevThreads(): number {
  const env = Number(process.env.HAMCHECK_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, availableParallelism());
}

function pool(count: number): Worker[] {
  while (workers.length < count) {
    const w = new Worker(new URL('./chebyshevWorker.mjs', import.meta.url), {
      workerData: { kernelUrl: new URL('./chebyshevKernel.ts', import.meta.url).href },
    });
    w.unref(); // an idle pool never keeps the process alive
    w.on('error', () => {
      workers = workers.filter((x) => x !== w);
    });
    workers.push(w);
  }
  return workers.slice(0, count);
}

/** Terminates the worker pool (e.g. after a failed run, so a stuck worker is never reused). */
export async function stopChebyshevWorkers(): Promise<void> {
  const old = workers;
  workers = [];
  await Promise.all(old.map((w) => w.terminate()));
}

/**
 * Runs the kernel with `buffers.control[3]` participants: rank 0 on this thread, the others on pooled
 * workers (the buffers must then live in SharedArrayBuffers).
 */
export function runChebyshevKernel(buffers: ChebyshevBuffers, onProgress?: (fraction: number) => void): boolean {
  const size = buffers.control[3];
  const helpers = size > 1 ? pool(size - 1) : [];
  helpers.forEach((w, i) => w.postMessage({ buffers, rank: i + 1 }));
  try {
    return runChebyshevParticipant(buffers, 0, onProgress);
  } catch (e) {
    void stopChebyshevWorkers();
    throw e;
  }
}
