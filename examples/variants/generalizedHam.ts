/**
 * The reference variant: hamcheck's generalized HAM (golden-rule rates with the final-state density,
 * src/ham/graphHamPopulations.ts) on the paper's own family, the uniform chain inside (29). It must be
 * accepted: it is the calibration's own law (docs/variants.md).
 */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import { paperChainInside } from '../../src/variant/paperChainFamily.ts';
import type { HamVariant } from '../../src/variant/variant.ts';

const variant: HamVariant = {
  name: 'paper-chain',
  description: "The paper's HAM (30)–(32) on the uniform chain inside (29): the calibration family.",
  family: paperChainInside,
  predict: generalizedHamPredict,
};
export default variant;
