import type { PropagationSpec } from '../runs/propagationSpec.ts';

/**
 * The paper's parameter sets (physics-notes, "Paper configurations"): N subunits of n = 500 levels
 * over δε = 0.05, λ = 5·10⁻⁵, ΔE = 1, GUE couplings, a random initial state in band 1.
 */
const paperModel = { levels: 500, bandWidth: 0.05, gap: 1, coupling: 5e-5, ensemble: 'GUE' as const, seed: 1 };

/** Fig. 2: N = 3. */
export const F2: PropagationSpec = {
  model: { sites: 3, ...paperModel },
  initial: { site: 1, seed: 7 },
  times: { count: 201, untilKappa: 5 },
  method: 'chebyshev',
  d2: { untilKappa: 5, points: 201 },
};

/** Fig. 3: N = 5. */
export const F3: PropagationSpec = { ...F2, model: { ...F2.model, sites: 5 } };
