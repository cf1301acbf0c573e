/**
 * Block structure and exact algebra of the Dyson operators (9), (10), (13)–(16), for every model
 * (seeded bands and explicit generic arrays).
 */
import type { Check } from '../../src/checks/check.ts';
import { eq13 } from '../../src/checks/dyson/expansionChecks.ts';
import { blockStructure, firstOrderHermitian, secondOrderSum } from '../../src/checks/dyson/structureChecks.ts';
import { type ClaimedErrors, expansionError, squareError } from './support/claimedTolerance.ts';
import { operatorIdentity } from './support/operatorIdentity.ts';

/** Claimed tolerance of each check of {@link blockStructure}, by its label. */
function structureClaim(e: ClaimedErrors): (c: Check) => number {
  return (c) => {
    // an entry outside the pattern is a true zero, within a·max|X| of it at the claim
    if (c.label.startsWith('(14) Û⁽¹⁾ outside')) return e.u1;
    if (c.label.startsWith('(15) Û⁽²⁾ outside')) return e.u2;
    if (c.label.startsWith('(16) Û⁽²⁾_diag outside')) return e.u2diag;
    if (c.label.startsWith('(16) Û⁽²⁾_off outside')) return e.u2off;
    // Û⁽²⁾ − Û⁽²⁾_diag − Û⁽²⁾_off: one error of each
    if (c.label.startsWith('(16) Û⁽²⁾ −')) return e.u2 + e.u2diag + e.u2off;
    throw new Error(`no claimed tolerance for the check ${c.label}`);
  };
}

export const blockStructureProperty = operatorIdentity({
  id: 'dyson/block-structure',
  title: '(14)–(16): Û⁽¹⁾ lives on (µ, µ±1); Û⁽²⁾ on (µ, µ) and (µ, µ±2) only; Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => blockStructure(o),
  claimed: (e) => structureClaim(e),
});

export const firstOrderHermitianProperty = operatorIdentity({
  id: 'dyson/first-order-hermitian',
  title: 'Û⁽¹⁾ is Hermitian (remark after (13))',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => firstOrderHermitian(o),
  // Û⁽¹⁾_ij − conj(Û⁽¹⁾_ji): two entries, each within a·max|Û⁽¹⁾|
  claimed: (e) => 2 * e.u1,
});

export const secondOrderSumProperty = operatorIdentity({
  id: 'dyson/second-order-sum',
  title: 'Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)² to rounding (∫∫_{t″<t′} + ∫∫_{t″>t′} is the full square)',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => secondOrderSum(o),
  // two entries of Û⁽²⁾ plus one entry of (Û⁽¹⁾)²
  claimed: (e) => 2 * e.u2 + squareError(e),
});

export const eq13Property = operatorIdentity({
  id: 'dyson/eq13',
  title: '(13) holds as printed: D̂†P̂_µµD̂ − Â_µ is exactly the dropped third and fourth orders',
  cases: 60,
  timeLimitMs: 10_000,
  checks: (o) => eq13(o),
  // D̂†P̂D̂ (1 term), Â_µ of (13) (6 terms), the dropped orders (3 terms)
  claimed: (e) => expansionError(e, 10),
});

export const dysonStructureProperties = [blockStructureProperty, firstOrderHermitianProperty, secondOrderSumProperty, eq13Property];
