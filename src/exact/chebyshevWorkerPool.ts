import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { type ChebyshevBuffers, runChebyshevParticipant } from './chebyshevKernel.ts';

/** The module the workers run ({@link runChebyshevParticipant}). */
const KERNEL_URL = new URL(`./chebyshevKernel${import.meta.url.endsWith('.js') ? '.js' : '.ts'}`, import.meta.url).href; // .js in the build (dist/)

/** Idle workers per kernel module URL (one URL in production; tests may load another kernel). */
let pools = new Map<string, Worker[]>();

/**
 * How many participants run the Chebyshev kernel: `HAMCHECK_THREADS` if set (1 = serial), else the
 * machine's available parallelism.
 */
export function chebyshevThreads(): number {
  const env = Number(process.env.HAMCHECK_THREADS);
  if (Number.isInteger(env) && env >= 1) return env;
  return Math.max(1, availableParallelism());
}

function pool(count: number, kernelUrl: string): Worker[] {
  const workers = pools.get(kernelUrl) ?? [];
  pools.set(kernelUrl, workers);
  while (workers.length < count) {
    const w = new Worker(new URL('./chebyshevWorker.mjs', import.meta.url), { workerData: { kernelUrl } });
    w.unref(); // an idle pool never keeps the process alive
    w.on('error', () => {
      const left = pools.get(kernelUrl)?.filter((x) => x !== w);
      if (left) pools.set(kernelUrl, left);
    });
    workers.push(w);
  }
  return workers.slice(0, count);
}

/** Terminates the worker pool (e.g. after a failed run, so a stuck worker is never reused). */
export async function stopChebyshevWorkers(): Promise<void> {
  const old = [...pools.values()].flat();
  pools = new Map();
  await Promise.all(old.map((w) => w.terminate()));
}

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
  const size = buffers.control[3];
  const helpers = size > 1 ? pool(size - 1, kernelUrl) : [];
  const reports: MessagePort[] = [];
  helpers.forEach((w, i) => {
    const { port1, port2 } = new MessageChannel();
    reports.push(port1);
    w.postMessage({ buffers, rank: i + 1, report: port2 }, [port2]);
  });
  try {
    return runChebyshevParticipant(buffers, 0, onProgress);
  } catch (e) {
    void stopChebyshevWorkers();
    const failures = reports.flatMap((port, i) => {
      const m = receiveMessageOnPort(port)?.message as { error?: string } | undefined;
      return m?.error === undefined ? [] : [`worker ${i + 1}: ${m.error}`];
    });
    if (failures.length > 0) throw new Error(`chebyshev kernel, ${failures.join('; ')}`, { cause: e });
    throw e;
  } finally {
    for (const port of reports) port.close();
  }
}
