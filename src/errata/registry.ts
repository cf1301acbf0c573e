import { eq17ProjectorSide } from './entries/eq17ProjectorSide.ts';
import { eq18OffDiagonalProjector } from './entries/eq18OffDiagonalProjector.ts';
import { eq20HoppingTerm, eq20Prefactors } from './entries/eq20Expansion.ts';
import { eq21DiagonalFactor } from './entries/eq21DiagonalFactor.ts';
import { eq25HamAverage } from './entries/eq25HamAverage.ts';
import { eq26NeighbourCount } from './entries/eq26NeighbourCount.ts';
import { transportEq36Sign } from './entries/transport-eq36-sign.ts';
import { transportEq4447DetailedBalance } from './entries/transport-eq44-47-detailed-balance.ts';
import { transportEq46Orientation } from './entries/transport-eq46-orientation.ts';
import type { Erratum } from './erratum.ts';

/** All errata, in equation order. Add an entry file under entries/ and list it here. */
export const errata: readonly Erratum[] = [
  eq17ProjectorSide,
  eq18OffDiagonalProjector,
  eq20Prefactors,
  eq20HoppingTerm,
  eq21DiagonalFactor,
  eq25HamAverage,
  eq26NeighbourCount,
  transportEq36Sign,
  transportEq46Orientation,
  transportEq4447DetailedBalance,
];
