import { HamcheckNumericalError } from '../errors.ts';
import { chebyshevExpansion } from '../exact/chebyshevExpansion.ts';
import { gershgorinBounds, type BlockTridiagonalOperator } from '../linalg/blockTridiagonalOperator.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import { sectorOperator } from './sectorOperator.ts';
import type { Sector } from './transportModel.ts';

/** Result of {@link propagateSector}: states[v][m] = e^{−iH_E t_m} starts[v]. */
export interface SectorStates {
  states: ComplexVector[][];
  /** Chebyshev terms used for the latest time. */
  terms: number;
  centre: number;
  halfWidth: number;
}

/**
 * Exact propagation inside one sector by a Chebyshev expansion shared by all output times.
 *
 * @remarks
 * The sector is mapped to a {@link BlockTridiagonalOperator} ({@link sectorOperator}) and expanded by
 * {@link chebyshevExpansion} over its Gershgorin enclosure ({@link gershgorinBounds}), so the scaled
 * spectrum lies in [−1, 1] with certainty and ‖ψ_K(t_m) − ψ(t_m)‖ ≤ `tolerance` for every time. Cost:
 * K_max matvecs per start vector.
 */
export function propagateSector(sector: Sector, starts: ComplexVector[], times: Float64Array, tolerance = 1e-12): SectorStates {
  const op = sectorOperator(sector);
  const { min, max } = gershgorinBounds(op);
  const centre = 0.5 * (min + max);
  const halfWidth = Math.max(0.5 * (max - min), 1e-300);
  const dim = op.dim;
  let terms = 1;
  const states = starts.map((start) => {
    const run = chebyshevExpansion(op, start, times, centre, halfWidth, tolerance);
    if (run === null) throw new HamcheckNumericalError(`sector ${sector.index}: Chebyshev recurrence grew (spectral bound violated)`);
    terms = run.terms;
    return Array.from(times, (_, m) => ({ re: run.re.subarray(m * dim, (m + 1) * dim), im: run.im.subarray(m * dim, (m + 1) * dim) }));
  });
  return { states, terms, centre, halfWidth };
}
