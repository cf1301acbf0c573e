/**
 * The golden-rule trace (26): Tr_µ{(Û⁽¹⁾)²} ≈ 2πλ²n²τ/δε (ħ = 1) inside 1/δε ≪ τ ≪ n/δε, judged with the
 * derived bound |T/T₂₆ − 1| ≤ b + zσ of src/checks/goldenRuleWindow.ts (derivation there; the errata entry
 * for (26) uses the same window). (26) is the ONE-bond trace; the block trace of an interior site is twice
 * (26). What (25) → (28) needs is exactly the one-bond trace (see the errata for (21) and (26)).
 */
import { type Check, assertAll, check } from '../../src/checks/check.ts';
import { blockTrace } from '../../src/checks/dyson/expansionChecks.ts';
import { secondOrderTol } from '../../src/checks/dyson/tolerances.ts';
import { blockTraceChecks, blockTracesFromBonds, bondTraceChecks, goldenRuleWindow } from '../../src/checks/goldenRuleWindow.ts';
import { matMul } from '../../src/linalg/complexMatrix.ts';
import { type Implementation, request } from '../../src/protocol/implementation.ts';
import { type ChainCase, anyChainCase, goldenRuleCase } from '../arbitraries/chainModels.ts';
import { defineProperty } from '../framework/property.ts';
import { claimedErrors, squareError } from './support/claimedTolerance.ts';
import { caseOperators, caseWireModel } from './support/operators.ts';

/** The window of a case: its band, coupling, ensemble and step τ. */
export function caseWindow(c: ChainCase) {
  return goldenRuleWindow({ ...c.spec, tau: c.tau });
}

/** The one-bond traces T_µ, µ = 1 … N−1, of the implementation under test. */
export async function caseBondTraces(impl: Implementation, c: ChainCase): Promise<number[]> {
  return (await request(impl, 'dyson.bondTraces', { model: caseWireModel(c), tau: c.tau })).traces;
}

/**
 * The statistical allowance b + zσ plus the claim: |T̃/T₂₆ − 1| ≤ |T/T₂₆ − 1| + a·T/T₂₆ ≤ tol + a(1 + tol) for
 * T̃ within the relative claim a of T. The two add (the spread of the true T and the error of the answer
 * are independent), and a(1 + tol) ≤ 2a is negligible beside b + zσ ≈ 0.1–0.2.
 */
export function withTraceClaim(checks: readonly Check[], claim: number): Check[] {
  return checks.map((k) => check(k.label, k.delta, k.tol + claim * (1 + k.tol), k.site));
}

/** (26) read with Tr_µ the block trace of (23), printed (factor 1) or counting the neighbours. */
export async function blockChecks(impl: Implementation, c: ChainCase, variant: 'printed' | 'neighbours'): Promise<Check[]> {
  const checks = blockTraceChecks(caseWindow(c), await caseBondTraces(impl, c), c.spec.sites, variant);
  return withTraceClaim(checks, impl.accuracy['dyson.bondTraces']);
}

export const goldenRuleBondTrace = defineProperty({
  id: 'dyson/golden-rule-bond-trace',
  title: '(26) holds for the one-bond trace Tr_µ{Û⁽¹⁾P̂_ννÛ⁽¹⁾}, |T/T₂₆ − 1| ≤ b + 6σ',
  requires: ['dyson.bondTraces'],
  arbitrary: goldenRuleCase(),
  cases: 12,
  minCases: 3,
  timeLimitMs: 15_000,
  async check(impl, c) {
    const checks = bondTraceChecks(caseWindow(c), await caseBondTraces(impl, c));
    assertAll(withTraceClaim(checks, impl.accuracy['dyson.bondTraces']));
  },
});

export const blockTraceNeighbours = defineProperty({
  id: 'dyson/block-trace-neighbours',
  title: 'the block trace Tr_µ{(Û⁽¹⁾)²} of (23) is z_µ × (26), z_µ = number of neighbours',
  requires: ['dyson.bondTraces'],
  arbitrary: goldenRuleCase(),
  cases: 12,
  minCases: 3,
  timeLimitMs: 15_000,
  async check(impl, c) {
    assertAll(await blockChecks(impl, c, 'neighbours'));
  },
});

export const bondTracesDense = defineProperty({
  id: 'dyson/bond-traces-dense',
  title: 'bond traces agree with the dense Û⁽¹⁾ (9): Tr_µ{(Û⁽¹⁾)²} = T_{µ−1} + T_µ',
  requires: ['dyson.operators', 'dyson.bondTraces'],
  arbitrary: anyChainCase(),
  cases: 60,
  minCases: 15,
  timeLimitMs: 5_000,
  async check(impl, c) {
    const o = await caseOperators(impl, c);
    const sq = matMul(o.u1, o.u1);
    const bonds = await caseBondTraces(impl, c);
    const traces = blockTracesFromBonds(bonds, o.sites);
    const e = claimedErrors(impl, o);
    const bondClaim = impl.accuracy['dyson.bondTraces'];
    assertAll(
      traces.map((t, i) => {
        // tol = n·secondOrderTol: a block trace sums n diagonal entries of (Û⁽¹⁾)², each within secondOrderTol;
        // at the claims: n entries of (Û⁽¹⁾)², each within 2s·a·max|Û⁽¹⁾|, plus the relative claim on T_{µ−1} + T_µ ≥ 0
        const derived = o.levels * secondOrderTol(o);
        const claimed = o.levels * squareError(e) + bondClaim * Math.abs(t);
        return check(`Tr_${i + 1}`, Math.abs(blockTrace(o, sq, i + 1) - t), Math.max(derived, claimed));
      }),
    );
  },
});

export const goldenRuleProperties = [goldenRuleBondTrace, blockTraceNeighbours, bondTracesDense];
