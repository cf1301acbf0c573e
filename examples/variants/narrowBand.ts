/**
 * Where the golden rule breaks: the generalized HAM on chains whose blocks couple each level only to its 1–3
 * nearest partners (|i − j| ≤ w, w ∈ {0, 1}). The decay needs a continuum of final states wider than its own
 * width ħκ = 2πc₁²·δε/n, about 1.6 level spacings at c₁ = ½; a window of 1–3 levels is not one, so the exact
 * dynamics oscillates between few levels instead of relaxing. `hamcheck variant` must reject it.
 */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { narrowBandChains } from './families.ts';

const variant: HamVariant = {
  name: 'narrow-band',
  description: 'EXPECTED TO FAIL: banded coupling blocks only 1–3 levels wide, where the golden rule has no continuum.',
  family: narrowBandChains,
  predict: generalizedHamPredict,
};
export default variant;
