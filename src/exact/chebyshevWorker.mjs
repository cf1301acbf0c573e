// Worker-thread participant of the Chebyshev kernel (src/exact/chebyshevKernel.ts). Plain JS so it
// starts without a build step; it registers tsx to load the TypeScript kernel itself.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runChebyshevParticipant } = await import(workerData.kernelUrl);
parentPort.on('message', ({ buffers, rank }) => {
  try {
    const ok = runChebyshevParticipant(buffers, rank);
    parentPort.postMessage({ ok });
  } catch (e) {
    Atomics.store(buffers.control, 2, 1);
    Atomics.notify(buffers.control, 1);
    parentPort.postMessage({ ok: false, error: String(e?.message ?? e) });
  }
});
