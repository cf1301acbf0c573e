/** The ring: the generalized HAM (golden-rule rates with the final-state density) on rings of 3 and 4 subunits. */
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { rings } from './families.ts';

const variant: HamVariant = { name: 'ring', description: 'Rings of 3–4 equal subunits, every bond λ; rates κ = 2πλ²ρ on each of the N bonds.', family: rings, predict: generalizedHamPredict };
export default variant;
