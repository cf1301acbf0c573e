import { eq17ProjectorSide } from './entries/eq17ProjectorSide.ts';
import { eq18OffDiagonalProjector } from './entries/eq18OffDiagonalProjector.ts';
import { eq20HoppingTerm } from './entries/eq20HoppingTerm.ts';
import { eq20Prefactors } from './entries/eq20Prefactors.ts';
import { eq21DiagonalFactor } from './entries/eq21DiagonalFactor.ts';
import { eq25HamAverage } from './entries/eq25HamAverage.ts';
import { eq26NeighbourCount } from './entries/eq26NeighbourCount.ts';
import { eq36CurrentSign } from './entries/eq36CurrentSign.ts';
import { eq44To47DetailedBalance } from './entries/eq44To47DetailedBalance.ts';
import { eq46CurrentOrientation } from './entries/eq46CurrentOrientation.ts';
import type { Erratum } from './erratum.ts';

/**
 * All errata, in equation order. Add an entry file under entries/ — named eq<number><WhatIsWrong>.ts and
 * exporting a constant of the same name — and list it here.
 */
export const errata: readonly Erratum[] = [
  eq17ProjectorSide,
  eq18OffDiagonalProjector,
  eq20Prefactors,
  eq20HoppingTerm,
  eq21DiagonalFactor,
  eq25HamAverage,
  eq26NeighbourCount,
  eq36CurrentSign,
  eq46CurrentOrientation,
  eq44To47DetailedBalance,
];
