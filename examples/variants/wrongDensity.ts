/**
 * A deliberately wrong variant: rates that ignore the density of FINAL states, κ_µν = 2πλ²·n_µ/δε_µ (the
 * initial site's density instead of the final one's). On equal bands it is the paper's (27); on the disordered
 * chain its detailed balance gives P_µ ∝ 1/ρ_µ instead of ρ_µ, so `hamcheck variant` must reject it.
 */
import { graphHamPopulations } from '../../src/ham/graphHamPopulations.ts';
import type { GeneralModelSpec } from '../../src/model/graph/generalModel.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { disorderedChains } from './families.ts';

/**
 * κ'_µν = 2πλ²ρ_µ is the golden-rule law of a model whose densities are 1/ρ (up to a factor per bond):
 * with ρ'_µ = 1/ρ_µ and λ'² = λ²ρ_µρ_ν, 2πλ'²ρ'_ν = 2πλ²ρ_µ. So the wrong rates are solved exactly by the
 * closed form on that dual model (δε' = n²/... chosen so n'/δε' = 1/ρ: n' = n, δε' = n·ρ).
 */
function dualModel(spec: GeneralModelSpec): GeneralModelSpec {
  const rho = spec.sites.map((s) => s.levels / s.bandWidth);
  return {
    ...spec,
    topology: 'graph',
    sites: spec.sites.map((s, i) => ({ levels: s.levels, bandWidth: s.levels * rho[i] })),
    bonds: spec.bonds.map((b) => ({ sites: b.sites, coupling: b.coupling * Math.sqrt(rho[b.sites[0] - 1] * rho[b.sites[1] - 1]) })),
  };
}

const variant: HamVariant = {
  name: 'wrong-density',
  description: 'WRONG on purpose: κ_µν = 2πλ²·n_µ/δε_µ, the density of the initial instead of the final site.',
  family: disorderedChains,
  predict: (model, p0, times) => graphHamPopulations(dualModel(model.spec), p0, times),
};
export default variant;
