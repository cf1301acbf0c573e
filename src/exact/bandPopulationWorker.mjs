// Worker-thread participant of bandPopulation's time loop (src/exact/bandPopulationKernel.ts). Plain JS
// so it starts without a build step; it registers tsx to load the TypeScript kernel itself.
// A failure (of the kernel, or of loading it) is posted on the job's report port first and only then
// signalled through the abort flag, so the main thread finds the message when it stops waiting
// (see runBandPopulationKernel in bandPopulationWorkerPool.ts). Success adds one to control[0].
import { parentPort, workerData } from 'node:worker_threads';

// tsx only for the TypeScript kernel (sources); the build in dist/ hands over the compiled bandPopulationKernel.js
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

parentPort.on('message', ({ buffers, rank, report }) => {
  try {
    if (loadError !== undefined) throw new Error(`could not load the kernel ${workerData.kernelUrl} (${describe(loadError)})`);
    kernel.runBandPopulationParticipant(buffers, rank);
    Atomics.add(buffers.control, 0, 1);
  } catch (e) {
    report.postMessage({ error: describe(e) });
    Atomics.store(buffers.control, 1, 1);
  }
  Atomics.notify(buffers.control, 0);
});
