import { propagateAnyOrder } from '../exact/propagate.ts';
import { sitePopulations } from '../exact/sitePopulations.ts';
import type { ExactMethod } from '../exact/propagation.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { hamPopulations } from '../ham/hamPopulations.ts';
import { squaredDeviation } from '../ham/squaredDeviation.ts';
import { buildChainModel } from '../model/buildChainModel.ts';
import { criteria, type Criteria } from '../model/criteria.ts';
import { initialState } from '../model/initialState.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import { evenTimes, resolveTimes, type PropagationSpec } from './propagationSpec.ts';

/** Everything `hamcheck propagate` reports (JSON output format, sites 0-based inside the arrays). */
export interface PropagationReport {
  kappa: number;
  criteria: Criteria;
  times: number[];
  exact: number[][];
  ham: number[][];
  /** D²_µ (33) per site over [0, T_D], or null when κ = 0. */
  d2: number[] | null;
  d2Window: { untilKappa: number; points: number; until: number | null; rule: string };
  method: ExactMethod;
  /** Compute time of the dynamics (exact + HAM + D²), excluding start-up and file I/O. */
  seconds: number;
  details: Record<string, number | string>;
}

/**
 * Runs one propagation spec: exact dynamics, the HAM prediction (30)–(32) from the same initial
 * populations, and D² (33) on its own evenly spaced window.
 *
 * @remarks The D² grid is propagated together with the output times in one shared expansion, unless
 * the two coincide (the default `{count: 201, untilKappa: 5}`), in which case the output is reused.
 */
export function runPropagation(
  spec: PropagationSpec,
  onProgress?: (fraction: number) => void,
): { report: PropagationReport; model: ChainModel; psi0: ComplexVector } {
  const model = buildChainModel(spec.model);
  const psi0 = initialState(spec.initial, model.sites, model.levels);
  const kappa = decayConstant(model);
  const times = resolveTimes(spec.times, kappa);
  const start = performance.now();
  const d2Until = kappa > 0 ? spec.d2.untilKappa / kappa : null;
  const d2Times = d2Until === null ? null : evenTimes(spec.d2.points, d2Until);
  const shared = d2Times !== null && sameTimes(times, d2Times);
  const all = d2Times === null || shared ? times : concat(times, d2Times);
  const exact = propagateAnyOrder(model, psi0, all, { method: spec.method, onProgress });
  const hamAll = hamPopulations(sitePopulations(psi0.re, psi0.im, model.sites, model.levels), kappa, all);
  let d2: number[] | null = null;
  if (d2Times !== null) {
    const offset = shared ? 0 : times.length;
    const slice = (a: Float64Array[]) => a.slice(offset, offset + d2Times.length);
    d2 = Array.from(squaredDeviation(d2Times, slice(hamAll), slice(exact.populations)));
  }
  const seconds = (performance.now() - start) / 1000;
  const report: PropagationReport = {
    kappa,
    criteria: criteria(model),
    times: Array.from(times),
    exact: exact.populations.slice(0, times.length).map((p) => Array.from(p)),
    ham: hamAll.slice(0, times.length).map((p) => Array.from(p)),
    d2,
    d2Window: {
      untilKappa: spec.d2.untilKappa,
      points: spec.d2.points,
      until: d2Until,
      rule: 'D² = (1/T_D)∫₀^{T_D}(P_HAM − P_exact)² dt, trapezoid rule, T_D = untilKappa/κ',
    },
    method: exact.method,
    seconds,
    details: exact.details,
  };
  return { report, model, psi0 };
}

function sameTimes(a: Float64Array, b: Float64Array): boolean {
  return a.length === b.length && a.every((t, j) => t === b[j]);
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
