/** A chain with one weak link: the generalized HAM with the weak bond's own rate (≈ 3–5× slower). */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { weakLinkChains } from './families.ts';

const variant: HamVariant = {
  name: 'weak-link',
  description: 'Chains of 3–4 equal subunits with one bond at c₁ = ½ and the others at c₂ = 0.01; T_D = 5/κ of the weak bond.',
  family: weakLinkChains,
  predict: generalizedHamPredict,
};
export default variant;
