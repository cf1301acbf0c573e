// Stryker disable all: the per-mutant runs are serial (HAMCHECK_THREADS=1 never reaches a worker, and a worker would run unmutated code); checked by spec/exact/chebyshevThreads.spec.ts, chebyshevWorkerError.spec.ts and bandPopulationThreads.spec.ts
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

/**
 * Where a kernel's shared `control` array takes a worker's signals: the flag a failing worker raises, the slot
 * it notifies, and (optionally) a counter each finished worker increments.
 */
export interface KernelSignals {
  abort: number;
  notify: number;
  done?: number;
}

/** The one worker script: it loads `kernelUrl` and runs its export `entry` (src/exact/kernelWorker.mjs). */
const WORKER_URL = new URL('./kernelWorker.mjs', import.meta.url);

/** Idle workers per kernel module URL (one URL per kernel in production; tests may load another kernel). */
let pools = new Map<string, Worker[]>();

function pool(count: number, kernelUrl: string): Worker[] {
  const workers = pools.get(kernelUrl) ?? [];
  pools.set(kernelUrl, workers);
  while (workers.length < count) {
    const w = new Worker(WORKER_URL, { workerData: { kernelUrl } });
    w.unref(); // an idle pool never keeps the process alive
    w.on('error', () => {
      const left = pools.get(kernelUrl)?.filter((x) => x !== w);
      if (left) pools.set(kernelUrl, left);
    });
    workers.push(w);
  }
  return workers.slice(0, count);
}

/** Terminates every pooled worker (e.g. after a failed run, so a stuck worker is never reused). */
export async function stopKernelWorkers(): Promise<void> {
  const old = [...pools.values()].flat();
  pools = new Map();
  await Promise.all(old.map((w) => w.terminate()));
}

/**
 * Runs a shared-memory kernel with `size` participants: ranks 1 … size − 1 on pooled workers, each calling
 * `entry(buffers, rank)` of `kernelUrl`, and rank 0 as `main()` on this thread (which must also wait for the
 * workers, through the kernel's own barrier or `signals.done`).
 *
 * @remarks
 * Each worker gets a private report port. A worker that throws posts `{ error }` on it *before* raising
 * `control[signals.abort]`, so when `main` stops ("a participant failed") the worker's message is already
 * queued; it is read synchronously and rethrown as `<label>, worker k: <message>` with `main`'s error as its
 * cause, and the pools are replaced.
 */
export function runWithKernelWorkers<T>(
  label: string,
  kernelUrl: string,
  entry: string,
  signals: KernelSignals,
  size: number,
  buffers: { control: Int32Array },
  main: () => T,
): T {
  const helpers = size > 1 ? pool(size - 1, kernelUrl) : [];
  const reports: MessagePort[] = [];
  helpers.forEach((w, i) => {
    const { port1, port2 } = new MessageChannel();
    reports.push(port1);
    w.postMessage({ buffers, rank: i + 1, report: port2, entry, signals }, [port2]);
  });
  try {
    return main();
  } catch (e) {
    void stopKernelWorkers();
    const failures = reports.flatMap((port, i) => {
      const m = receiveMessageOnPort(port)?.message as { error?: string } | undefined;
      return m?.error === undefined ? [] : [`worker ${i + 1}: ${m.error}`];
    });
    if (failures.length > 0) throw new Error(`${label}, ${failures.join('; ')}`, { cause: e });
    throw e;
  } finally {
    for (const port of reports) port.close();
  }
}
