import { performance } from 'node:perf_hooks';

/** How long a task is sampled. */
export interface TimingPlan {
  /** At least this many samples… */
  minSamples: number;
  /** …and sampling goes on for at least this long (ms) while fewer than `maxSamples` were taken. */
  timeMs: number;
  maxSamples: number;
}

/** A sample shorter than this is timed as a batch of calls (performance.now() resolves ≈ 1 µs; 2 ms keeps its rounding < 1e-3). */
const MIN_SAMPLE_MS = 2;

/**
 * Times `fn` with tinybench: one calibration call (also the warm-up) decides how many calls make one
 * sample (so a sample lasts ≥ {@link MIN_SAMPLE_MS}), then tinybench takes the samples. Returns seconds
 * per call, in the order measured.
 *
 * @remarks tinybench is loaded lazily: it is a development dependency, so `hamcheck bench` runs from a
 * source checkout (where the peers in bench/peers/ also live); an installed package can still compare
 * records and plot their history.
 */
export async function timeCalls(fn: () => void, plan: TimingPlan): Promise<{ samples: number[]; callsPerSample: number }> {
  let Bench: typeof import('tinybench').Bench;
  try {
    ({ Bench } = await import('tinybench'));
  } catch {
    throw new Error('hamcheck bench needs tinybench (a development dependency): run it from a clone after `npm install`');
  }
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const callsPerSample = first >= MIN_SAMPLE_MS ? 1 : Math.min(1_000_000, Math.ceil(MIN_SAMPLE_MS / Math.max(first, 1e-4)));
  const samples: number[] = [];
  let recording = false;
  const bench = new Bench({
    iterations: plan.minSamples,
    time: plan.timeMs,
    // JIT warm-up: a quarter of the sampling time for fast tasks (tiered compilation needs many calls); the calibration call suffices for slow ones.
    warmup: first < MIN_SAMPLE_MS,
    warmupIterations: 5,
    warmupTime: plan.timeMs / 4,
    retainSamples: true,
    throws: true,
    now: () => performance.now(),
    setup: (_task, mode) => {
      recording = mode === 'run';
    },
  });
  bench.add('task', () => {
    if (recording && samples.length >= plan.maxSamples) return;
    const s = performance.now();
    for (let i = 0; i < callsPerSample; i++) fn();
    if (recording) samples.push((performance.now() - s) / 1000 / callsPerSample);
  });
  await bench.run();
  // tinybench's own latency samples are sorted; the order measured (kept here) shows drifts of the machine's load.
  return { samples, callsPerSample };
}
