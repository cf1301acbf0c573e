/**
 * The second-order expansion of Â_µ where it holds for every model: (20) corrected against (13), the
 * normalization conditions (21) (first line as printed, second line corrected) and the corrected
 * Hilbert-space average (25). ħ = 1; P̂_νν with ν ∉ 1…N is zero. The printed forms' failures are errata
 * (dyson.prop.ts).
 */
import fc from 'fast-check';
import { assertAll } from '../../src/checks/check.ts';
import { eq20, eq21Diagonal, eq21OffDiagonal, eq21Scalar, eq25, linearPopulations } from '../../src/checks/dyson/expansionChecks.ts';
import { chainCase, stateVector } from '../arbitraries/chainModels.ts';
import { defineProperty } from '../framework/property.ts';
import { type ClaimedErrors, atClaim, claimedErrors, expansionError, squareError } from './support/claimedTolerance.ts';
import { caseOperators } from './support/operators.ts';
import { operatorIdentity } from './support/operatorIdentity.ts';

/** (21a): two entries of Û⁽²⁾_off and one of (Û⁽¹⁾)² — P̂ only moves entries. */
export const firstLineError = (e: ClaimedErrors) => 2 * e.u2off + squareError(e);
/** (21b) with factor f: two entries of Û⁽²⁾_diag and f times one of (Û⁽¹⁾)². */
export const secondLineError = (e: ClaimedErrors, f: number) => 2 * e.u2diag + f * squareError(e);

export const eq20CorrectedProperty = operatorIdentity({
  id: 'dyson/eq20-corrected',
  title: '(20) corrected — +1/ħ² (P̂_{µ−1}+P̂_{µ+1})Û⁽¹⁾P̂_µµÛ⁽¹⁾(P̂_{µ−1}+P̂_{µ+1}) and −1/ħ² on lines 6–8 — equals (13)',
  cases: 60,
  timeLimitMs: 10_000,
  checks: (o) => eq20(o, 'corrected'),
  // Â_µ of (20) (7 terms) against Â_µ of (13) (6 terms)
  claimed: (e) => expansionError(e, 13),
});

export const eq21FirstLine = operatorIdentity({
  id: 'dyson/eq21-first-line',
  title: '(21) first line holds as a block (operator) identity: P̂_{µ−1}(Û_off + Û_off†)P̂_{µ+1} = P̂_{µ−1}(Û⁽¹⁾)²P̂_{µ+1}',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => eq21OffDiagonal(o),
  claimed: (e) => firstLineError(e),
});

export const eq21CorrectedProperty = operatorIdentity({
  id: 'dyson/eq21-corrected',
  title: '(21) second line corrected (factor 1): P̂_µµ(Û_diag + Û_diag†)P̂_µµ = P̂_µµ(Û⁽¹⁾)²P̂_µµ',
  cases: 100,
  timeLimitMs: 6_000,
  checks: (o) => eq21Diagonal(o, 1),
  claimed: (e) => secondLineError(e, 1),
});

export const eq21StateForm = defineProperty({
  id: 'dyson/eq21-state-form',
  title: '(21) in the printed ⟨ψ|…|ψ⟩ form for a state with every ψ_µ ≠ 0: line 1 holds, line 2 holds with factor 1',
  requires: ['dyson.operators'],
  arbitrary: fc.tuple(chainCase(), stateVector()),
  cases: 60,
  minCases: 15,
  timeLimitMs: 6_000,
  async check(impl, [c, psi]) {
    const o = await caseOperators(impl, c);
    const e = claimedErrors(impl, o);
    let norm2 = 0;
    for (let i = 0; i < o.dim; i++) norm2 += psi.re[i] ** 2 + psi.im[i] ** 2;
    // |⟨x|δA|y⟩| ≤ max|δA|·‖x‖₁‖y‖₁ ≤ max|δA|·d·‖ψ‖² (Cauchy–Schwarz on the band parts x, y of ψ)
    const inner = o.dim * norm2;
    assertAll(atClaim(eq21Scalar(o, psi, 1), (k) => inner * (k.label.startsWith('(21a') ? firstLineError(e) : secondLineError(e, 1))));
  },
});

export const eq25CorrectedProperty = operatorIdentity({
  id: 'dyson/eq25-corrected',
  title: '(25) corrected: P_µ(τ) = P_µ − (P_µ/n)Tr_µ{(Û⁽¹⁾)²} + Σ_{ν=µ±1}(P_ν/n)Tr_ν{Û⁽¹⁾P̂_µµÛ⁽¹⁾} is the HAM average of (13)',
  cases: 60,
  timeLimitMs: 10_000,
  checks: (o, c) => eq25(o, linearPopulations(c.spec.sites), 'corrected'),
  // Σ_ν (P_ν/n)·Tr_ν over n entries with ΣP_ν = 1 keeps the entrywise error; Â_µ (6 terms) + the 3 trace terms
  claimed: (e) => expansionError(e, 9),
});

export const expansionProperties = [eq20CorrectedProperty, eq21FirstLine, eq21CorrectedProperty, eq21StateForm, eq25CorrectedProperty];
