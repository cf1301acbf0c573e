import type { BenchWorkload } from './benchRecord.ts';
import type { TaskKind } from './benchTask.ts';
import type { AccuracySizes } from './accuracyFigures.ts';
import type { TimingPlan } from './timeCalls.ts';
import { d2EnsembleKind } from './tasks/d2EnsembleTask.ts';
import { hamClosedFormKind } from './tasks/hamClosedFormTask.ts';
import { matvecKind } from './tasks/matvecTask.ts';
import { chebyshevKind, eigenKind } from './tasks/propagationTask.ts';

/** Sizes (N, n) of one task kind's sweep. */
export type Sweep = [sites: number, levels: number][];

/** The full run's sizes (issue 10). */
export const FULL_LEVELS = [50, 100, 200, 400, 800];
export const FULL_SITES = [2, 3, 5, 8, 13];

/** An n-sweep at N = `sites` joined with an N-sweep at n = `levels` (the fit sees both directions). */
function cross(levelsSweep: number[], sites: number, sitesSweep: number[], levels: number): Sweep {
  const seen = new Set<string>();
  const out: Sweep = [];
  for (const [N, n] of [...levelsSweep.map((n) => [sites, n] as const), ...sitesSweep.map((N) => [N, levels] as const)]) {
    if (seen.has(`${N},${n}`)) continue;
    seen.add(`${N},${n}`);
    out.push([N, n]);
  }
  return out;
}

/** What one workload runs. */
export interface WorkloadPlan {
  sweeps: { kind: TaskKind; sizes: Sweep; plan: TimingPlan }[];
  accuracy: AccuracySizes;
  f2: { sites: number; levels: number; plan: TimingPlan };
  f4: { levels: number; states: number; plan: TimingPlan };
  peerRuns: number;
  peerTimeoutMs: number;
  /** The scale figure (src/bench/scaleFigure.ts), full run only: one large chain in a child process. */
  scale: { sites: number; levels: number; timeoutMs: number } | null;
}

/**
 * The sweeps of `full`, `quick` (≈ 1 min on 2 idle cores) and `tiny` (the specs, a few seconds).
 *
 * @remarks Full: matvec on the whole n × N grid; Chebyshev and the D² ensemble along n at N = 3 and along
 * N at n = 200 (D²: n ≤ 200, R = 4); eigen, dense (Nn)³, only up to N·n = 800; HAM (n-independent) over N.
 * F2 is paper configuration F2 (N = 3, n = 500), F4 is N = 2, n = 500 with 1000 band states. The scale
 * figure (full only) propagates N = 100, n = 500 (dimension 50 000, 0.4 GB of blocks, ≈ 2 min).
 */
export function workloadPlan(workload: BenchWorkload): WorkloadPlan {
  if (workload === 'full') {
    const fast: TimingPlan = { minSamples: 20, timeMs: 2000, maxSamples: 200 };
    const slow: TimingPlan = { minSamples: 5, timeMs: 0, maxSamples: 5 };
    return {
      sweeps: [
        { kind: matvecKind, sizes: FULL_SITES.flatMap((N) => FULL_LEVELS.map((n) => [N, n] as [number, number])), plan: fast },
        { kind: chebyshevKind, sizes: cross(FULL_LEVELS, 3, FULL_SITES, 200), plan: slow },
        { kind: eigenKind, sizes: cross([50, 100, 200, 400], 2, [2, 3, 5, 8], 100), plan: slow },
        { kind: hamClosedFormKind, sizes: FULL_SITES.map((N) => [N, 0]), plan: fast },
        { kind: d2EnsembleKind(4), sizes: cross([50, 100, 200], 3, [2, 3, 5, 8, 13], 50), plan: { minSamples: 3, timeMs: 0, maxSamples: 3 } },
      ],
      accuracy: { chain: { sites: 3, levels: 200 }, d2: { sites: 3, levels: 100, realizations: 8 }, goldenRuleLevels: 500 },
      f2: { sites: 3, levels: 500, plan: slow },
      f4: { levels: 500, states: 1000, plan: { minSamples: 3, timeMs: 0, maxSamples: 3 } },
      peerRuns: 5,
      peerTimeoutMs: 900_000,
      scale: { sites: 100, levels: 500, timeoutMs: 1_800_000 },
    };
  }
  if (workload === 'quick') {
    const fast: TimingPlan = { minSamples: 10, timeMs: 300, maxSamples: 100 };
    const slow: TimingPlan = { minSamples: 5, timeMs: 300, maxSamples: 20 };
    return {
      sweeps: [
        { kind: matvecKind, sizes: [2, 3, 5].flatMap((N) => [50, 100, 200].map((n) => [N, n] as [number, number])), plan: fast },
        { kind: chebyshevKind, sizes: cross([50, 100, 200], 2, [2, 3, 5], 50), plan: slow },
        { kind: eigenKind, sizes: cross([50, 100], 2, [2, 3], 50), plan: slow },
        { kind: hamClosedFormKind, sizes: [2, 3, 5, 8, 13].map((N) => [N, 0]), plan: fast },
        { kind: d2EnsembleKind(2), sizes: cross([50, 100], 2, [2, 3], 50), plan: { minSamples: 3, timeMs: 0, maxSamples: 3 } },
      ],
      accuracy: { chain: { sites: 3, levels: 100 }, d2: { sites: 2, levels: 100, realizations: 4 }, goldenRuleLevels: 200 },
      f2: { sites: 3, levels: 100, plan: slow },
      f4: { levels: 100, states: 200, plan: { minSamples: 3, timeMs: 0, maxSamples: 5 } },
      peerRuns: 3,
      peerTimeoutMs: 120_000,
      scale: null,
    };
  }
  const fast: TimingPlan = { minSamples: 5, timeMs: 20, maxSamples: 20 };
  const slow: TimingPlan = { minSamples: 3, timeMs: 0, maxSamples: 3 };
  return {
    sweeps: [
      { kind: matvecKind, sizes: [[2, 50], [2, 100], [3, 50], [3, 100]], plan: fast },
      { kind: chebyshevKind, sizes: [[2, 50], [2, 100], [3, 50], [3, 100]], plan: slow },
      { kind: eigenKind, sizes: [[2, 50], [2, 60], [3, 50], [3, 60]], plan: slow },
      { kind: hamClosedFormKind, sizes: [[2, 0], [3, 0], [5, 0], [8, 0]], plan: fast },
      { kind: d2EnsembleKind(2), sizes: [[2, 50], [2, 60], [3, 50], [3, 60]], plan: { minSamples: 2, timeMs: 0, maxSamples: 2 } },
    ],
    accuracy: { chain: { sites: 2, levels: 50 }, d2: { sites: 2, levels: 50, realizations: 2 }, goldenRuleLevels: 100 },
    f2: { sites: 3, levels: 50, plan: slow },
    f4: { levels: 50, states: 120, plan: slow },
    peerRuns: 1,
    peerTimeoutMs: 60_000,
    scale: null,
  };
}
