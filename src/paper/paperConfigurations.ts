import type { PropagationSpec } from '../runs/propagationSpec.ts';
import type { SingleBandParameters } from '../transport/singleBand.ts';

/**
 * The paper's parameter sets F2, F3, F4, F8 (docs/conventions.md, "Paper configurations") — the one
 * definition every figure, self-check, benchmark and spec uses: subunits of n = 500 levels over
 * δε = 0.05, λ = 5·10⁻⁵, ΔE = 1, GUE couplings seed 1, a random initial state in band 1 (seed 7).
 */
const paperModel = { levels: 500, bandWidth: 0.05, gap: 1, coupling: 5e-5, ensemble: 'GUE' as const, seed: 1 };

/** Fig. 2: N = 3; 201 output times over [0, 5/κ], D² (33) over T_D = 5/κ on 201 points. */
export const F2: PropagationSpec = {
  model: { sites: 3, ...paperModel },
  initial: { site: 1, seed: 7 },
  times: { count: 201, untilKappa: 5 },
  method: 'chebyshev',
  d2: { untilKappa: 5, points: 201 },
};

/** Fig. 3: N = 5. */
export const F3: PropagationSpec = { ...F2, model: { ...F2.model, sites: 5 } };

/** Fig. 4: N = 2 (the ensemble of initial states in band 1). */
export const F4: PropagationSpec = { ...F2, model: { ...F2.model, sites: 2 } };

/** Fig. 8: the two-subunit single-band model of (48), n = 500, δε = 0.05, λ = 5·10⁻⁵, ΔE = 1. */
export const F8: Required<SingleBandParameters> = {
  levels: paperModel.levels,
  bandWidth: paperModel.bandWidth,
  coupling: paperModel.coupling,
  gap: paperModel.gap,
};

/**
 * Fig. 4 ensemble: Haar-random band-1 states (seed 11), 2000 by default, the paper's 15 000 with `--full`; D² on
 * `points` trapezoid points (each point costs one n×n W(t), n³ for Tr A² and n²·states for the states: 11 points
 * keep the default run within 5 minutes, 41 the full one within 45; the 201 points of docs/conventions.md would
 * take hours with 15 000 states). The exact Haar average uses the same grid.
 */
export const FIG4_ENSEMBLE = { seed: 11, states: 2000, fullStates: 15_000, points: 11, fullPoints: 41 } as const;

/**
 * Fig. 5: N = 3 (as the paper's caption), c₁ = λn/δε = ½ held fixed; the exact Haar average of D²₁ per point.
 * Default n ladder and inset (N at n = 100) fit the 5-minute budget; `--full` adds n = 400, 800 and the inset at
 * the paper's n = 500.
 */
export const FIG5_SCAN = {
  sites: 3,
  c1: 0.5,
  levels: [25, 50, 100, 200],
  fullLevels: [25, 50, 100, 200, 400, 800],
  insetSites: [2, 3, 4, 5],
  insetLevels: 100,
  fullInsetLevels: 500,
  points: 21,
  fullPoints: 41,
} as const;
