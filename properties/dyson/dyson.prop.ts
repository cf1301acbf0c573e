/**
 * The Dyson-expansion properties (8)–(26) under vitest, and the errata: statements about the PAPER —
 * a printed form fails, and fast-check shrinks it to the minimal counterexample the errata report cites.
 *
 * @remarks
 * The errata tests are driven by the implementation under test (the reference, or `HAMCHECK_IMPL`) through
 * the same {@link caseOperators} and the same claimed tolerances as the properties; they are not conformance
 * properties (`hamcheck verify` does not run them): a correct implementation makes them pass, but what they
 * assert is that the paper's printed formula is wrong.
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';
import { type Check, holds } from '../../src/checks/check.ts';
import { eq20, eq21Diagonal, eq21Scalar, eq25, linearPopulations } from '../../src/checks/dyson/expansionChecks.ts';
import { eq17OtherSide, eq17Printed, eq18Printed } from '../../src/checks/dyson/projectorChecks.ts';
import type { Capability } from '../../src/protocol/capabilities.ts';
import type { Implementation } from '../../src/protocol/implementation.ts';
import { type ChainCase, chainCase, goldenRuleCase, stateVector } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../framework/implementationUnderTest.ts';
import { registerProperties } from '../framework/registerProperties.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { dysonProperties } from './dysonProperties.ts';
import { secondLineError } from './expansionProperties.ts';
import { blockChecks, caseWindow } from './goldenRuleProperties.ts';
import { expectMinimalCounterexample } from './support/counterexample.ts';
import { atClaim, claimedErrors, expansionError } from './support/claimedTolerance.ts';
import { caseOperators } from './support/operators.ts';

registerProperties('Dyson expansion (8)–(26): structure, projector identities, expansion of Â_µ, truncation, golden rule', dysonProperties);

let impl: Implementation | undefined;
afterAll(async () => impl?.close());

/** The implementation under test, started on first use; skips the test when it lacks `cap`. */
async function target(ctx: { skip: (note?: string) => void }, cap: Capability): Promise<Implementation> {
  impl ??= await implementationUnderTest();
  if (!impl.capabilities.has(cap)) ctx.skip(`needs ${cap}, which ${impl.info.name} does not declare`);
  return impl;
}

/** The operators of a case with the claimed block tolerance a·max|X| applied to a check of X = Û⁽¹⁾ or Û⁽²⁾_off. */
async function blockIdentity(im: Implementation, c: ChainCase, which: 'u1' | 'u2off', checks: (o: Awaited<ReturnType<typeof caseOperators>>) => Check[]) {
  const o = await caseOperators(im, c);
  return atClaim(checks(o), claimedErrors(im, o)[which]);
}

const small = chainCase({ levels: [1, 4] });

describe('errata: printed projector identities (17), (18) fail', () => {
  it('(17) as printed, Û⁽¹⁾P̂_µµ = (P̂_{µ−1} + P̂_{µ+1})Û⁽¹⁾, fails; minimal counterexample N = 3, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    // For µ = 1 the right side also holds the block (2, 3) of Û⁽¹⁾: row µ+1 reaches µ+2 as well.
    const shrunk = await expectMinimalCounterexample(chainCase(), (c) => blockIdentity(im, c, 'u1', eq17Printed), { sites: 3 });
    expect(shrunk.failing.label).toMatch(/µ=(1|3)$/);
  });

  it('(17) with P̂ on the other side, P̂_µµÛ⁽¹⁾ = Û⁽¹⁾(P̂_{µ−1} + P̂_{µ+1}), fails too (N = 3, n = 1)', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await expectMinimalCounterexample(chainCase(), (c) => blockIdentity(im, c, 'u1', eq17OtherSide), { sites: 3 });
  });

  it('(18) as printed, P̂_µµÛ_off = Û_off(P̂_{µ+2} + P̂_{µ−2}), fails; minimal counterexample N = 5, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    // For µ = 1 the right side also holds the block (5, 3) of Û⁽²⁾_off (column µ+2 reaches µ+4).
    const shrunk = await expectMinimalCounterexample(chainCase(), (c) => blockIdentity(im, c, 'u2off', eq18Printed), { sites: 5 }, 120);
    expect(shrunk.failing.label).toMatch(/µ=(1|5)$/);
  });
});

describe('errata: printed expansion (20), (21), (25) fails', () => {
  /** (20) in a variant, at the claimed tolerance of eq20Corrected (13 terms). */
  const eq20At = async (im: Implementation, c: ChainCase, variant: 'printed' | 'prefactors-fixed') => {
    const o = await caseOperators(im, c);
    return atClaim(eq20(o, variant), expansionError(claimedErrors(im, o), 13));
  };

  it('(20) as printed (±i/ħ on lines 4–8) differs from (13); minimal counterexample N = 2, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await expectMinimalCounterexample(small, (c) => eq20At(im, c, 'printed'), { sites: 2 });
  });

  it('(20) with ±1/ħ² on lines 4–8 but (Û⁽¹⁾)² on lines 4–5 still differs; minimal counterexample N = 3, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await expectMinimalCounterexample(small, (c) => eq20At(im, c, 'prefactors-fixed'), { sites: 3 });
  });

  it('(21) second line as printed (factor 2) fails; minimal counterexample N = 2, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await expectMinimalCounterexample(
      chainCase(),
      async (c) => {
        const o = await caseOperators(im, c);
        return atClaim(eq21Diagonal(o, 2), secondLineError(claimedErrors(im, o), 2));
      },
      { sites: 2 },
    );
  });

  it('(21) in the printed ⟨ψ|…|ψ⟩ form with factor 2 fails at every site, for every state with every ψ_µ ≠ 0', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await fc.assert(
      fc.asyncProperty(chainCase(), stateVector(), async (c, psi) => {
        const o = await caseOperators(im, c);
        let norm2 = 0;
        for (let i = 0; i < o.dim; i++) norm2 += psi.re[i] ** 2 + psi.im[i] ** 2;
        // With factor 2 the ⟨ψ_µ|…|ψ_µ⟩ line fails at every site: ⟨ψ_µ|(Û⁽¹⁾)²|ψ_µ⟩ = Σ_ν ‖u_νµ ψ_µ‖² > 0.
        // Claimed tolerance as in dyson/eq21-state-form, with the factor 2.
        const printed = atClaim(
          eq21Scalar(o, psi, 2).filter((k) => k.label.startsWith('(21b')),
          o.dim * norm2 * secondLineError(claimedErrors(im, o), 2),
        );
        expect(printed.some(holds), printed.map((k) => `${k.label} Δ=${k.delta} tol=${k.tol}`).join('; ')).toBe(false);
      }),
      propertyParams<[ChainCase, { re: number[]; im: number[] }]>(60, 6_000),
    );
  });

  it('(25) as printed, with Tr_µ the block trace of (23), differs from the HAM average of (13); minimal N = 2, n = 1', async (ctx) => {
    const im = await target(ctx, 'dyson.operators');
    await expectMinimalCounterexample(
      small,
      async (c) => {
        const o = await caseOperators(im, c);
        return atClaim(eq25(o, linearPopulations(c.spec.sites), 'printed'), expansionError(claimedErrors(im, o), 9));
      },
      { sites: 2 },
    );
  });
});

describe('errata: (26) read with the block trace of (23)', () => {
  it('(26) read with the block trace of (23) fails at an interior site; minimal counterexample N = 3, n = 200', async (ctx) => {
    const im = await target(ctx, 'dyson.bondTraces');
    await expectMinimalCounterexample(goldenRuleCase(), (c) => blockChecks(im, c, 'printed'), { sites: 3, levels: 200 }, 20, 15_000);
  });
});

describe("the golden-rule window's own derivation (no implementation involved)", () => {
  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 10_000))(
    'the derived edge correction b = 1 − E T/T₂₆ is ≥ 0 and within its analytic bound',
    (c) => {
      const w = caseWindow(c);
      expect(w.edge).toBeGreaterThanOrEqual(-1e-12); // Poisson exactness: E T ≤ T₂₆ up to rounding
      expect(w.edge).toBeLessThanOrEqual(w.edgeBound);
      expect(c.tau).toBeLessThan((2 * Math.PI * c.spec.levels) / c.spec.bandWidth); // inside the Poisson range
    },
  );
});
