import { graphPropagate, graphSitePopulations } from '../exact/graphPropagator.ts';
import { graphHamPopulations } from '../ham/graphHamPopulations.ts';
import { slowestRate } from '../ham/graphRates.ts';
import { squaredDeviation } from '../ham/squaredDeviation.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import { bondCriteria, worstBondCriteria, type BondCriterion } from '../model/graph/bondCriteria.ts';
import { buildGeneralModel } from '../model/graph/buildGeneralModel.ts';
import type { GeneralModel, Topology } from '../model/graph/generalModel.ts';
import { graphBandState } from '../model/graph/graphInitialState.ts';
import type { GraphPropagationSpec } from './graphPropagationSpec.ts';
import { evenTimes, resolveTimes } from './propagationSpec.ts';
import type { PropagationReport } from './runPropagation.ts';

/** The propagate report of a general model: the chain's fields, plus the topology and the criteria (29) per bond. */
export interface GraphPropagationReport extends PropagationReport {
  topology: Topology;
  /** c₁, c₂ of every bond (src/model/graph/bondCriteria.ts); `criteria` holds the worst of them. */
  bonds: BondCriterion[];
}

/**
 * Runs a general-model propagation spec: exact dynamics ({@link graphPropagate}), the generalized HAM from the
 * same initial populations ({@link graphHamPopulations}, (30)–(32) on the uniform chain), and D²_µ (33) per site
 * on its own window T_D = untilKappa/κ_min.
 *
 * @remarks `kappa` in the report is κ_min, the slowest bond's rate; `criteria` the smallest c₁ and the largest c₂
 * over the bonds (what decides (29)). The D² grid is propagated in the same expansion as the output times.
 */
export function runGraphPropagation(spec: GraphPropagationSpec, onProgress?: (fraction: number) => void): { report: GraphPropagationReport; model: GeneralModel; psi0: ComplexVector } {
  const model = buildGeneralModel(spec.model);
  const psi0 = graphBandState(model, spec.initial.site, spec.initial.seed);
  const kappa = model.spec.bonds.some((b) => b.coupling > 0) ? slowestRate(model.spec) : 0;
  const times = resolveTimes(spec.times, kappa);
  const start = performance.now();
  const d2Until = kappa > 0 ? spec.d2.untilKappa / kappa : null;
  const d2Times = d2Until === null ? null : evenTimes(spec.d2.points, d2Until);
  const all = d2Times === null ? times : Float64Array.from([...times, ...d2Times]);
  // the propagator needs ascending times: sort once, map back
  const order = Array.from(all, (_, j) => j).sort((a, b) => all[a] - all[b]);
  const run = graphPropagate(model, psi0, Float64Array.from(order, (j) => all[j]), { onProgress });
  const exactAll: Float64Array[] = new Array(all.length);
  order.forEach((j, k) => (exactAll[j] = run.populations[k]));
  const p0 = graphSitePopulations(model, psi0.re, psi0.im);
  const hamAll = graphHamPopulations(model.spec, p0, all);
  let d2: number[] | null = null;
  if (d2Times !== null) {
    const slice = (a: Float64Array[]) => a.slice(times.length);
    d2 = Array.from(squaredDeviation(d2Times, slice(hamAll), slice(exactAll)));
  }
  const seconds = (performance.now() - start) / 1000;
  const crit = bondCriteria(model.spec);
  const report: GraphPropagationReport = {
    kappa,
    criteria: worstBondCriteria(crit),
    times: Array.from(times),
    exact: exactAll.slice(0, times.length).map((p) => Array.from(p)),
    ham: hamAll.slice(0, times.length).map((p) => Array.from(p)),
    d2,
    d2Window: { untilKappa: spec.d2.untilKappa, points: spec.d2.points, until: d2Until, rule: 'D² = (1/T_D)∫₀^{T_D}(P_HAM − P_exact)² dt, trapezoid rule, T_D = untilKappa/κ_min' },
    method: run.method,
    seconds,
    details: run.details,
    topology: model.spec.topology,
    bonds: crit.bonds,
  };
  return { report, model, psi0 };
}
