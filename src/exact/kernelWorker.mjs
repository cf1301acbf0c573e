// The worker-thread participant of every shared-memory kernel (src/exact/kernelWorkers.ts): the Chebyshev
// kernel and the band-population time loop. Plain JS so it starts without a build step; it registers tsx to
// load a TypeScript kernel itself. A failure (of the kernel, or of loading it) is posted on the job's report
// port first and only then signalled through control[signals.abort], so the main thread finds the message
// when it stops waiting. With signals.done, success adds one to control[signals.done] and notifies too.
import { parentPort, workerData } from 'node:worker_threads';

// tsx only for a TypeScript kernel (sources); the build in dist/ hands over the compiled .js
if (workerData.kernelUrl.endsWith('.ts')) (await import('tsx/esm/api')).register();
let kernel;
let loadError;
try {
  kernel = await import(workerData.kernelUrl);
} catch (e) {
  loadError = e;
}

function describe(e) {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

parentPort.on('message', ({ buffers, rank, report, entry, signals }) => {
  try {
    if (loadError !== undefined) throw new Error(`could not load the kernel ${workerData.kernelUrl} (${describe(loadError)})`);
    kernel[entry](buffers, rank);
    if (signals.done === undefined) return;
    Atomics.add(buffers.control, signals.done, 1);
  } catch (e) {
    report.postMessage({ error: describe(e) });
    Atomics.store(buffers.control, signals.abort, 1);
  }
  Atomics.notify(buffers.control, signals.notify);
});
