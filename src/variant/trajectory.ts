import { thinIndices } from '../report/populationPlot.ts';

/**
 * Most time points of a kept {@link Trajectory}: every other point of the 201-point D² window
 * (`D2_POINTS` of modelDeviation.ts), enough to draw P_µ(t) (a relaxation over five 1/κ_min) as dots and lines.
 */
export const TRAJECTORY_POINTS = 101;

/**
 * P_µ(t) of one model's first initial state on ≤ {@link TRAJECTORY_POINTS} of the window's times, always t = 0
 * and T_D: `exact[j][µ]`, `predicted[j][µ]`, `ham[j][µ]` are site µ's (0-based) populations at `times[j]`
 * from the exact dynamics, the variant and the generalized HAM.
 *
 * @remarks The rows are the window's own values (copied, not interpolated), so the last row is bit for bit the
 * `finalExact` / `finalPredicted` / `finalHam` of the same model.
 */
export interface Trajectory {
  times: number[];
  exact: number[][];
  predicted: number[][];
  ham: number[][];
}

/**
 * The rows of `times`, `exact`, `predicted`, `ham` at ≤ {@link TRAJECTORY_POINTS} evenly spread indices
 * (`thinIndices`: the first and the last always among them), as plain arrays (JSON-ready).
 */
export function thinTrajectory(times: ArrayLike<number>, exact: ArrayLike<number>[], predicted: ArrayLike<number>[], ham: ArrayLike<number>[]): Trajectory {
  const keep = thinIndices(times.length, TRAJECTORY_POINTS);
  const rows = (m: ArrayLike<number>[]) => keep.map((j) => Array.from(m[j]));
  return { times: keep.map((j) => times[j]), exact: rows(exact), predicted: rows(predicted), ham: rows(ham) };
}
