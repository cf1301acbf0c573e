import { graphPropagate } from '../exact/graphPropagator.ts';
import { graphHamPopulations } from '../ham/graphHamPopulations.ts';
import { slowestRate } from '../ham/graphRates.ts';
import { squaredDeviation } from '../ham/squaredDeviation.ts';
import type { GeneralModel } from '../model/graph/generalModel.ts';
import { graphBandState } from '../model/graph/graphInitialState.ts';
import { evenTimes } from '../runs/propagationSpec.ts';
import { thinTrajectory, type Trajectory } from './trajectory.ts';

/** Random initial band states per model (the calibration of src/checks/dynamicsBounds.ts uses 3 too). */
export const STATES_PER_MODEL = 3;
/** Points of the D² window, as (33) is evaluated everywhere in hamcheck (docs/conventions.md). */
export const D2_POINTS = 201;

/** A prediction rule: populations per time from the model, P(0) and the times (or a promise of them, for an external program). */
export type Predictor = (model: GeneralModel, p0: Float64Array, times: Float64Array) => ArrayLike<number>[] | Promise<ArrayLike<number>[]>;

/** What one model contributes: the scaled deviation of a prediction and of the generalized HAM, plus diagnostics. */
export interface ModelDeviation {
  /** n̄ = dim/N, the mean band size; n̄ = n on the uniform chain. */
  meanLevels: number;
  /** T_D = 5/κ_min. */
  window: number;
  /** n̄·D̄² of the prediction, D̄² = (1/N)Σ_µ D²_µ (33), mean over the initial states. */
  scaled: number;
  /** The same for the generalized HAM (the paper's (30)–(32) on the uniform chain). */
  hamScaled: number;
  /** D²_µ of the prediction per site (mean over states). */
  siteD2: number[];
  /** P_µ(T_D): exact, predicted and generalized HAM (first state). */
  finalExact: number[];
  finalPredicted: number[];
  finalHam: number[];
  /** max_j |Σ_µ P_µ^pred(t_j) − Σ_µ P_µ(0)| over all states. */
  conservationError: number;
}

/** {@link ModelDeviation} plus the first state's P_µ(t), thinned; the caller keeps it only where it plots it. */
export interface TracedDeviation extends ModelDeviation {
  trajectory: Trajectory;
}

/**
 * n̄·D̄² of a prediction on one model: random band states on site 1 (seeds `seed + 1 + k`, independent of the
 * coupling stream), exact dynamics by {@link graphPropagate}, D²_µ (33) by the trapezoid over T_D = 5/κ_min on
 * {@link D2_POINTS} points, averaged over sites and states, times n̄.
 *
 * @remarks
 * Averaging over sites counts every subunit (on N = 2, D²₁ = D²₂, so it is D²₁ there); κ_min is the slowest
 * golden-rule rate of any bond ({@link slowestRate}), so the window covers five relaxation times of the
 * slowest transfer. The first state's exact, predicted and generalized-HAM P_µ(t) come back thinned
 * ({@link thinTrajectory}, ≤ 101 of the 201 times) as `trajectory`; its last row is `final*`. A prediction of the wrong shape or with non-finite entries throws a plain Error naming it.
 */
export async function modelDeviation(model: GeneralModel, predict: Predictor, states = STATES_PER_MODEL): Promise<TracedDeviation> {
  const N = model.siteCount;
  const window = 5 / slowestRate(model.spec);
  const times = evenTimes(D2_POINTS, window);
  const siteD2 = new Array<number>(N).fill(0);
  let mean = 0;
  let hamMean = 0;
  let conservationError = 0;
  let finals = { finalExact: [] as number[], finalPredicted: [] as number[], finalHam: [] as number[] };
  let trajectory: Trajectory = { times: [], exact: [], predicted: [], ham: [] };
  for (let k = 0; k < states; k++) {
    const psi0 = graphBandState(model, 1, (model.spec.seed + 1 + k) >>> 0);
    const exact = graphPropagate(model, psi0, times).populations;
    const p0 = Float64Array.from(exact[0]);
    const predicted = checkPrediction(await predict(model, Float64Array.from(p0), Float64Array.from(times)), times.length, N);
    const ham = graphHamPopulations(model.spec, p0, times);
    const d2 = squaredDeviation(times, predicted, exact);
    const d2Ham = squaredDeviation(times, ham, exact);
    d2.forEach((x, mu) => (siteD2[mu] += x / states));
    mean += d2.reduce((a, x) => a + x, 0) / N / states;
    hamMean += d2Ham.reduce((a, x) => a + x, 0) / N / states;
    const total0 = p0.reduce((a, x) => a + x, 0);
    for (const p of predicted) conservationError = Math.max(conservationError, Math.abs(p.reduce((a, x) => a + x, 0) - total0));
    if (k === 0) {
      const last = times.length - 1;
      finals = { finalExact: Array.from(exact[last]), finalPredicted: Array.from(predicted[last]), finalHam: Array.from(ham[last]) };
      trajectory = thinTrajectory(times, exact, predicted, ham);
    }
  }
  const meanLevels = model.dim / N;
  return { meanLevels, window, scaled: meanLevels * mean, hamScaled: meanLevels * hamMean, siteD2, ...finals, conservationError, trajectory };
}

function checkPrediction(p: ArrayLike<number>[], T: number, N: number): Float64Array[] {
  if (!Array.isArray(p) || p.length !== T) throw new Error(`predict returned ${Array.isArray(p) ? p.length : typeof p} rows, expected one per time (${T})`);
  return p.map((row, j) => {
    if (row === null || typeof row !== 'object' || row.length !== N) throw new Error(`predict: row ${j} has ${row?.length} entries, expected N = ${N}`);
    const out = Float64Array.from(row);
    out.forEach((x, mu) => {
      if (!Number.isFinite(x)) throw new Error(`predict: P_${mu + 1}(t_${j}) = ${x} is not finite`);
    });
    return out;
  });
}
