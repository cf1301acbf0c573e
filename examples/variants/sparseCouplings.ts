/** Sparse couplings: the generalized HAM on chains whose blocks keep a fraction p of their entries (scaled so E|v|² = 1). */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { sparseChains } from './families.ts';

const variant: HamVariant = {
  name: 'sparse-couplings',
  description: 'Chains with sparse coupling blocks (density 0.2–1, rescaled to E|v|² = 1); rates κ = 2πλ²ρ (27) unchanged.',
  family: sparseChains,
  predict: generalizedHamPredict,
};
export default variant;
