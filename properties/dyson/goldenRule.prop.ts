/**
 * The golden-rule trace (26): Tr_µ{(Û⁽¹⁾)²} ≈ 2πλ²n²τ/δε (ħ = 1) inside 1/δε ≪ τ ≪ n/δε, judged with the
 * derived bound |T/T₂₆ − 1| ≤ b + zσ of src/checks/goldenRuleWindow.ts (derivation there; the errata entry
 * for (26) uses the same window). The suite finds that (26) is the ONE-bond trace; the block trace of an
 * interior site is twice (26). What (25) → (28) needs is exactly the one-bond trace (see the errata for
 * (21) and (26)).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ChainCase, anyChainCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { expectMinimalCounterexample } from './support/counterexample.ts';
import { type Check, assertAll, check } from '../../src/checks/check.ts';
import { blockTrace } from '../../src/checks/dyson/expansionChecks.ts';
import { secondOrderTol } from '../../src/checks/dyson/tolerances.ts';
import {
  blockTraceChecks,
  blockTracesFromBonds,
  bondTraceChecks,
  goldenRuleWindow,
} from '../../src/checks/goldenRuleWindow.ts';
import { matMul } from '../../src/linalg/complexMatrix.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();

/** δε of the paper's configurations. */
const BAND = 0.05;

/**
 * Large-n cases inside the window: N ∈ [2, 4], n = 200 + 50i ∈ [200, 300], t = τδε ∈ {20, 30, 40}
 * (so 1/δε ≪ τ and τ ≤ n/(5δε) ≪ n/δε), λ = δε/(2n) (criterion c₁ = ½), GUE/GOE, seed. The edge
 * correction b decays only like (2/π)(ln t + O(1))/t (b = 0.25 at t = 10, 0.15 at t = 20, 0.08 at
 * t = 40), so t ≥ 20 keeps b + 6σ ≤ 0.22 and an interior block trace (≈ 2(1 − b)·T₂₆) far outside it.
 */
export function goldenRuleCase(): fc.Arbitrary<ChainCase> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'),
      fc.integer({ min: 0, max: 0xffff }),
    )
    .map(([sites, i, j, ensemble, seed]) => {
      const levels = 200 + 50 * i;
      return {
        spec: { sites, levels, bandWidth: BAND, gap: 1, coupling: BAND / (2 * levels), ensemble, seed },
        tau: (20 + 10 * j) / BAND,
      };
    });
}

/** The window of a case: its band, coupling, ensemble and step τ. */
function window(c: ChainCase) {
  return goldenRuleWindow({ ...c.spec, tau: c.tau });
}

async function bondChecks(c: ChainCase): Promise<Check[]> {
  return bondTraceChecks(window(c), await impl.bondTraces(c.spec, c.tau));
}

/** (26) read with Tr_µ the block trace of (23), printed (factor 1) or counting the neighbours. */
async function blockChecks(c: ChainCase, variant: 'printed' | 'neighbours'): Promise<Check[]> {
  return blockTraceChecks(window(c), await impl.bondTraces(c.spec, c.tau), c.spec.sites, variant);
}

describe(`golden-rule trace (26) (${impl.name})`, () => {
  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 10_000))(
    'the derived edge correction b = 1 − E T/T₂₆ is ≥ 0 and within its analytic bound',
    async (c) => {
      const w = window(c);
      expect(w.edge).toBeGreaterThanOrEqual(-1e-12); // Poisson exactness: E T ≤ T₂₆ up to rounding
      expect(w.edge).toBeLessThanOrEqual(w.edgeBound);
      expect(c.tau).toBeLessThan((2 * Math.PI * c.spec.levels) / c.spec.bandWidth); // inside the Poisson range
    },
  );

  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 15_000))(
    '(26) holds for the one-bond trace Tr_µ{Û⁽¹⁾P̂_ννÛ⁽¹⁾}, |T/T₂₆ − 1| ≤ b + 6σ',
    async (c) => {
      assertAll(await bondChecks(c));
    },
  );

  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 15_000))(
    'the block trace Tr_µ{(Û⁽¹⁾)²} of (23) is z_µ × (26), z_µ = number of neighbours',
    async (c) => {
      assertAll(await blockChecks(c, 'neighbours'));
    },
  );

  it('(26) read with the block trace of (23) fails at an interior site; minimal counterexample N = 3, n = 200', async () => {
    await expectMinimalCounterexample(goldenRuleCase(), (c) => blockChecks(c, 'printed'), { sites: 3, levels: 200 }, 20, 15_000);
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(60, 5_000))(
    'bond traces agree with the dense Û⁽¹⁾: Tr_µ{(Û⁽¹⁾)²} = T_{µ−1} + T_µ',
    async (c) => {
      const o = await caseOperators(impl, c);
      const sq = matMul(o.u1, o.u1);
      const traces = blockTracesFromBonds(await impl.bondTraces(c.spec, c.tau), o.sites);
      // tol = n·secondOrderTol: a block trace sums n diagonal entries of (Û⁽¹⁾)², each within secondOrderTol.
      assertAll(traces.map((t, i) => check(`Tr_${i + 1}`, Math.abs(blockTrace(o, sq, i + 1) - t), o.levels * secondOrderTol(o))));
    },
  );
});
