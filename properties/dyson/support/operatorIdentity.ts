/**
 * A Dyson operator identity as a conformance property: fetch the case's operators from the
 * implementation (`dyson.operators`), run the shared checks of src/checks/dyson/ and judge each at
 * max(derived rounding tolerance, the tolerance the claim implies).
 */
import type fc from 'fast-check';
import { assertAll, type Check } from '../../../src/checks/check.ts';
import type { DysonOperatorSet } from '../../../src/checks/dyson/operatorSet.ts';
import { type ChainCase, anyChainCase } from '../../arbitraries/chainModels.ts';
import { defineProperty } from '../../framework/property.ts';
import { type ClaimedErrors, atClaim, claimedErrors } from './claimedTolerance.ts';
import { caseOperators } from './operators.ts';

export interface OperatorIdentity {
  id: string;
  title: string;
  /** Default: any small chain (seeded bands and explicit generic arrays). */
  arbitrary?: fc.Arbitrary<ChainCase>;
  cases: number;
  timeLimitMs: number;
  /** The checks of the identity on one case's operators. */
  checks: (o: DysonOperatorSet, c: ChainCase) => Check[];
  /** The tolerance at the claim: one number, or one per check (by its label). */
  claimed: (e: ClaimedErrors, o: DysonOperatorSet) => number | ((k: Check) => number);
}

/** The property of {@link OperatorIdentity}; at least a quarter of its cases are needed for a pass. */
export function operatorIdentity(p: OperatorIdentity) {
  return defineProperty<ChainCase>({
    id: p.id,
    title: p.title,
    requires: ['dyson.operators'],
    arbitrary: p.arbitrary ?? anyChainCase(),
    cases: p.cases,
    minCases: Math.max(3, Math.round(p.cases / 4)),
    timeLimitMs: p.timeLimitMs,
    async check(impl, c) {
      const o = await caseOperators(impl, c);
      assertAll(atClaim(p.checks(o, c), p.claimed(claimedErrors(impl, o), o)));
    },
  });
}
