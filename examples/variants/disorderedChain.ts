/** A disordered chain: random n_µ per subunit and random λ_b per bond; the generalized HAM κ_µν = 2πλ_µν²ρ_ν. */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { disorderedChains } from './families.ts';

const variant: HamVariant = {
  name: 'disordered-chain',
  description: 'Chains of 2–4 subunits with random n_µ ∈ [50, 100] and random λ_b inside (29); equilibrium P_µ ∝ n_µ.',
  family: disorderedChains,
  predict: generalizedHamPredict,
};
export default variant;
