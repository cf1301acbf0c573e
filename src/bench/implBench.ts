import { performance } from 'node:perf_hooks';
import type { Capability, CapabilityArgs, WireModel } from '../protocol/capabilities.ts';
import { ProtocolClient } from '../protocol/client/protocolClient.ts';
import { explicitOfChain } from '../protocol/reference/wireModel.ts';
import type { TaskRecord } from './benchRecord.ts';
import { summarizeSamples } from './sampleSummary.ts';
import { benchChain, benchChainInputs } from './tasks/benchChain.ts';
import type { TimingPlan } from './timeCalls.ts';
import { versionHash } from './versionHash.ts';

/** One external-implementation workload, side by side with the reference task of the same chain. */
export interface ImplComparison {
  task: string;
  /** The reference task timed on the same inputs (its p50 is the denominator of `ratio`). */
  reference: string;
  /** Round trip p50 (request written → answer parsed), seconds. */
  roundTripP50: number;
  /** p50 of `model.kappa` on the same wire model: parsing the same payload, computing nothing. */
  overheadP50: number | null;
  /** roundTripP50 − overheadP50: the compute time the adapter adds. */
  computeP50: number | null;
  /** computeP50 (or the round trip when no overhead was measured) / reference p50. */
  ratio: number | null;
  /** max over times and sites of |P_impl − P_reference|. */
  maxAbsDeltaP: number | null;
}

export interface ImplSection {
  command: string;
  implementation: { name: string; version: string };
  capabilities: string[];
  comparisons: ImplComparison[];
  /** Why a workload was not run (capability not declared, or an errored call). */
  notes: string[];
}

function wireOf(sites: number, levels: number): { model: WireModel; chain: ReturnType<typeof benchChain> } {
  const chain = benchChain(sites, levels);
  const inp = benchChainInputs(sites, levels);
  const model: WireModel = { sites, levels, bandWidth: inp.bandWidth, gap: chain.model.gap, coupling: inp.coupling, ensemble: 'GUE', seed: inp.seed, explicit: explicitOfChain(chain.model) };
  return { model, chain };
}

async function sample<C extends Capability>(client: ProtocolClient, cmd: C, args: CapabilityArgs[C], plan: TimingPlan): Promise<{ samples: number[]; last: unknown }> {
  const samples: number[] = [];
  let last: unknown;
  const t0 = performance.now();
  while (samples.length < plan.maxSamples && (samples.length < plan.minSamples || performance.now() - t0 < plan.timeMs)) {
    const s = performance.now();
    const out = await client.call(cmd, args);
    samples.push((performance.now() - s) / 1000);
    if (!('result' in out)) throw new Error(`${cmd}: ${'skipped' in out ? `skipped (${out.skipped.reason})` : out.errored.message}`);
    last = out.result;
  }
  return { samples, last };
}

/**
 * Times an external implementation through protocol v1 on the tasks it declares capabilities for:
 * `exact.populations` on the Chebyshev sweep's chains (reference: the `chebyshev` task of the same id)
 * and `ham.populations` on the HAM sizes. Protocol overhead is measured apart: `model.kappa` on the same
 * wire model costs the adapter the same parsing and no compute, so compute ≈ round trip − that.
 * Returns the timed tasks (ids `impl <capability> …`, compared and plotted like the reference's) and
 * the side-by-side section.
 */
export async function benchImplementation(
  command: string,
  chains: readonly [number, number][],
  hamSites: readonly number[],
  plan: TimingPlan,
  reference: { tasks: readonly TaskRecord[]; populations: (taskId: string) => Float64Array[] | undefined },
  log: (line: string) => void,
): Promise<{ tasks: TaskRecord[]; section: ImplSection }> {
  const client = await ProtocolClient.start(command, { timeoutScale: 20 });
  const tasks: TaskRecord[] = [];
  const section: ImplSection = { command, implementation: { name: client.info.name, version: client.info.version }, capabilities: [...client.capabilities], comparisons: [], notes: [] };
  const record = (id: string, kind: string, sizes: TaskRecord['sizes'], inputs: unknown, samples: number[]): TaskRecord => {
    const t: TaskRecord = { id, kind, version: versionHash(import.meta.url, inputs), sizes, callsPerSample: 1, samples, summary: summarizeSamples(samples), details: {} };
    tasks.push(t);
    return t;
  };
  try {
    for (const [sites, levels] of chains) {
      if (!client.capabilities.has('exact.populations')) {
        section.notes.push('exact.populations not declared: no propagation timed');
        break;
      }
      const refId = `chebyshev N=${sites} n=${levels} over 5/κ`;
      const ref = reference.tasks.find((t) => t.id === refId);
      const { model, chain } = wireOf(sites, levels);
      const initial = { re: Array.from(chain.psi0.re), im: Array.from(chain.psi0.im) };
      const times = Array.from(chain.times);
      try {
        log(`  impl exact.populations N=${sites} n=${levels} …`);
        const run = await sample(client, 'exact.populations', { model, initial, times }, plan);
        const t = record(`impl exact.populations N=${sites} n=${levels} over 5/κ`, 'impl-exact', { sites, levels }, { cap: 'exact.populations', ...benchChainInputs(sites, levels) }, run.samples);
        let overhead: TaskRecord | null = null;
        if (client.capabilities.has('model.kappa')) {
          const o = await sample(client, 'model.kappa', { model }, plan);
          overhead = record(`impl overhead model.kappa N=${sites} n=${levels}`, 'impl-overhead', { sites, levels }, { cap: 'model.kappa', ...benchChainInputs(sites, levels) }, o.samples);
        }
        const ours = reference.populations(refId);
        const theirs = (run.last as { populations: number[][] }).populations;
        let d: number | null = null;
        if (ours) {
          d = 0;
          ours.forEach((row, j) => row.forEach((p, mu) => (d = Math.max(d as number, Math.abs(p - (theirs[j]?.[mu] ?? Number.NaN))))));
          if (Number.isNaN(d)) d = Number.POSITIVE_INFINITY;
        }
        const compute = overhead ? Math.max(0, t.summary.p50 - overhead.summary.p50) : null;
        section.comparisons.push({
          task: t.id,
          reference: refId,
          roundTripP50: t.summary.p50,
          overheadP50: overhead?.summary.p50 ?? null,
          computeP50: compute,
          ratio: ref ? (compute ?? t.summary.p50) / ref.summary.p50 : null,
          maxAbsDeltaP: d,
        });
      } catch (e) {
        section.notes.push(`exact.populations N=${sites} n=${levels}: ${(e as Error).message}`);
      }
    }
    if (client.capabilities.has('ham.populations')) {
      for (const N of hamSites) {
        const ref = reference.tasks.find((t) => t.id === `ham N=${N} T=201`);
        const kappa = 2 * Math.PI * ((0.5 * 0.05) / 500) ** 2 * (500 / 0.05); // the ham task's κ (n = 500, c₁ = ½, δε = 0.05), eq. (27)
        const p0 = Array.from({ length: N }, (_, i) => (i === 0 ? 1 : 0));
        const times = Array.from({ length: 201 }, (_, j) => ((5 / kappa) * j) / 200);
        try {
          const run = await sample(client, 'ham.populations', { p0, kappa, times }, plan);
          const t = record(`impl ham.populations N=${N} T=201`, 'impl-ham', { sites: N, levels: 0 }, { cap: 'ham.populations', N, kappa }, run.samples);
          section.comparisons.push({ task: t.id, reference: `ham N=${N} T=201`, roundTripP50: t.summary.p50, overheadP50: null, computeP50: null, ratio: ref ? t.summary.p50 / ref.summary.p50 : null, maxAbsDeltaP: null });
        } catch (e) {
          section.notes.push(`ham.populations N=${N}: ${(e as Error).message}`);
        }
      }
    } else section.notes.push('ham.populations not declared');
  } finally {
    await client.close();
  }
  return { tasks, section };
}
