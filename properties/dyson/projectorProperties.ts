/**
 * The operator identities (17), (18), (19) of Sec. III where they hold for every model: corrected
 * forms, and the printed forms on the short chains where they are right. Boundary reading: P̂_νν with
 * ν ∉ 1…N is the zero operator (src/checks/dyson/operatorSet.ts). The printed forms' failures on longer
 * chains are errata (dyson.prop.ts), not conformance properties.
 *
 * @remarks
 * Claimed tolerance of every check here: a·max|X| for the one operator X of the identity. Each residual
 * entry is an entry of X that the block pattern (14)–(16) makes a true zero (products with P̂ only move
 * entries), so at the claim it is within a·max|X| of zero.
 */
import { eq17Corrected, eq17Printed, eq18Corrected, eq18Printed, eq19 } from '../../src/checks/dyson/projectorChecks.ts';
import { anyChainCase } from '../arbitraries/chainModels.ts';
import { operatorIdentity } from './support/operatorIdentity.ts';

export const eq17TwoSites = operatorIdentity({
  id: 'dyson/eq17-two-sites',
  title: '(17) as printed holds for N = 2 (both neighbours of the neighbour are outside the chain)',
  arbitrary: anyChainCase({ sites: [2, 2] }),
  cases: 40,
  timeLimitMs: 3_000,
  checks: (o) => eq17Printed(o),
  claimed: (e) => e.u1,
});

export const eq17CorrectedProperty = operatorIdentity({
  id: 'dyson/eq17-corrected',
  title: '(17) corrected: Û⁽¹⁾P̂_µµ = (P̂_{µ−1} + P̂_{µ+1})Û⁽¹⁾P̂_µµ and P̂_µµÛ⁽¹⁾ = P̂_µµÛ⁽¹⁾(P̂_{µ−1} + P̂_{µ+1})',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => eq17Corrected(o),
  claimed: (e) => e.u1,
});

export const eq18SmallChains = operatorIdentity({
  id: 'dyson/eq18-small-chains',
  title: '(18) as printed, P̂_µµÛ_off = Û_off(P̂_{µ+2} + P̂_{µ−2}), holds for N ≤ 4',
  arbitrary: anyChainCase({ sites: [2, 4] }),
  cases: 60,
  timeLimitMs: 4_000,
  checks: (o) => eq18Printed(o),
  claimed: (e) => e.u2off,
});

export const eq18CorrectedProperty = operatorIdentity({
  id: 'dyson/eq18-corrected',
  title: '(18) corrected: P̂_µµÛ_off = P̂_µµÛ_off(P̂_{µ+2} + P̂_{µ−2}) and Û_offP̂_µµ = (P̂_{µ−2} + P̂_{µ+2})Û_offP̂_µµ',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => eq18Corrected(o),
  claimed: (e) => e.u2off,
});

export const eq19Property = operatorIdentity({
  id: 'dyson/eq19',
  title: '(19) holds as printed: P̂_µµÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µµ',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => eq19(o),
  // (P̂X − XP̂)_ij = ±X_ij when exactly one of i, j is in band µ: an entry outside the diagonal blocks
  claimed: (e) => e.u2diag,
});

export const projectorProperties = [eq17TwoSites, eq17CorrectedProperty, eq18SmallChains, eq18CorrectedProperty, eq19Property];
