/** Banded couplings wide enough for the golden rule: the generalized HAM on chains whose blocks keep |i − j| ≤ w, w ≥ 8. */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { bandedChains } from './families.ts';

const variant: HamVariant = {
  name: 'banded-couplings',
  description: 'Chains with banded coupling blocks (|i − j| ≤ w, w = 8, 12, 16 levels); rates κ = 2πλ²ρ (27).',
  family: bandedChains,
  predict: generalizedHamPredict,
};
export default variant;
