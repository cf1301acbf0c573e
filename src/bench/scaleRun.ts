import { performance } from 'node:perf_hooks';
import { propagate } from '../exact/propagate.ts';
import { stopChebyshevWorkers } from '../exact/chebyshevWorkerPool.ts';
import { chainModelBytes } from '../model/memoryLimit.ts';
import { benchChain } from './tasks/benchChain.ts';

/** What one scale run measured (the `scale` section of a bench record, src/bench/scaleFigure.ts). */
export interface ScaleRun {
  sites: number;
  levels: number;
  dimension: number;
  /** Bytes of the Hamiltonian itself: (N−1)n² complex coupling entries (re + im) and N·n energies. */
  storageBytes: number;
  buildSeconds: number;
  propagateSeconds: number;
  /** Peak resident set of the whole process (worker threads included) after the build, bytes. */
  buildPeakRssBytes: number;
  /** Peak resident set of the whole process (worker threads included), bytes. */
  peakRssBytes: number;
  /** max_j |Σ_µ P_µ(t_j) − 1|. */
  normDrift: number;
  terms: number;
  /** Passes of the expansion (more than one when the output states exceed the state budget). */
  passes: number;
  threads: number;
}

/**
 * Builds the benchmark chain of N sites, n levels ({@link benchChain}) and propagates it by Chebyshev to
 * its 201 times over 5/κ, timing both; the peak RSS is the process's (`process.resourceUsage().maxRSS`,
 * KiB), so call this in a process of its own.
 */
export async function scaleRun(sites: number, levels: number): Promise<ScaleRun> {
  const t0 = performance.now();
  const { model, psi0, times } = benchChain(sites, levels);
  const t1 = performance.now();
  const buildPeak = process.resourceUsage().maxRSS * 1024;
  const run = propagate(model, psi0, times, { method: 'chebyshev' });
  const t2 = performance.now();
  await stopChebyshevWorkers();
  let normDrift = 0;
  for (const p of run.populations) normDrift = Math.max(normDrift, Math.abs(p.reduce((a, x) => a + x, 0) - 1));
  return {
    sites,
    levels,
    dimension: sites * levels,
    storageBytes: chainModelBytes(sites, levels),
    buildSeconds: (t1 - t0) / 1000,
    propagateSeconds: (t2 - t1) / 1000,
    buildPeakRssBytes: buildPeak,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    normDrift,
    terms: Number(run.details.terms),
    passes: Number(run.details.passes),
    threads: Number(run.details.threads),
  };
}
