/** The Dyson-expansion properties of Sec. II–IV, (8)–(26), in the order a report lists them. */
import { expansionProperties } from './expansionProperties.ts';
import { goldenRuleProperties } from './goldenRuleProperties.ts';
import { projectorProperties } from './projectorProperties.ts';
import { dysonStructureProperties } from './structureProperties.ts';
import { truncationSlope } from './truncationProperty.ts';

export const dysonProperties = [
  ...dysonStructureProperties,
  ...projectorProperties,
  ...expansionProperties,
  truncationSlope,
  ...goldenRuleProperties,
];
