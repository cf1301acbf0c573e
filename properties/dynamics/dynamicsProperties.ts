/** The dynamics properties of Sec. IV–V, in the order a report lists them. */
import { criteriaInside, criteriaOutsideFirst, criteriaOutsideSecond } from './criteriaProperties.ts';
import { deviationScaling } from './deviationScalingProperty.ts';
import { hamRelaxes, mirrorSymmetry, probabilityConservation, timeOrderEquivariance, zenoStart } from './structureProperties.ts';

export const dynamicsProperties = [
  probabilityConservation,
  mirrorSymmetry,
  timeOrderEquivariance,
  hamRelaxes,
  zenoStart,
  criteriaInside,
  criteriaOutsideFirst,
  criteriaOutsideSecond,
  deviationScaling,
];
