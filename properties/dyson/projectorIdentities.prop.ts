/**
 * The operator identities (17), (18), (19) of Sec. III, exactly as printed, and corrected where the
 * printed form fails. Boundary reading: P̂_νν with ν ∉ 1…N is the zero operator (support/operators.ts).
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ChainCase, anyChainCase, chainCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { expectMinimalCounterexample } from './support/counterexample.ts';
import { assertAll, holds } from '../../src/checks/check.ts';
import { eq17Corrected, eq17OtherSide, eq17Printed, eq18Corrected, eq18Printed, eq19 } from '../../src/checks/dyson/projectorChecks.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();
const ops = (c: ChainCase) => caseOperators(impl, c);

describe(`projector identities (17)–(19) (${impl.name})`, () => {
  it('(17) as printed, Û⁽¹⁾P̂_µµ = (P̂_{µ−1} + P̂_{µ+1})Û⁽¹⁾, fails; minimal counterexample N = 3, n = 1', async () => {
    // For µ = 1 the right side also holds the block (2, 3) of Û⁽¹⁾: row µ+1 reaches µ+2 as well.
    const shrunk = await expectMinimalCounterexample(chainCase(), async (c) => eq17Printed(await ops(c)), {
      sites: 3,
    });
    expect(shrunk.failing.label).toMatch(/µ=(1|3)$/);
  });

  it('(17) with P̂ on the other side, P̂_µµÛ⁽¹⁾ = Û⁽¹⁾(P̂_{µ−1} + P̂_{µ+1}), fails too (N = 3, n = 1)', async () => {
    await expectMinimalCounterexample(chainCase(), async (c) => eq17OtherSide(await ops(c)), { sites: 3 });
  });

  test.prop([anyChainCase({ sites: [2, 2] })], propertyParams<[ChainCase]>(40, 3_000))(
    '(17) as printed holds for N = 2 (both neighbours of the neighbour are outside the chain)',
    async (c) => {
      assertAll(eq17Printed(await ops(c)));
    },
  );

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))(
    '(17) corrected: Û⁽¹⁾P̂_µµ = (P̂_{µ−1} + P̂_{µ+1})Û⁽¹⁾P̂_µµ and P̂_µµÛ⁽¹⁾ = P̂_µµÛ⁽¹⁾(P̂_{µ−1} + P̂_{µ+1})',
    async (c) => {
      assertAll(eq17Corrected(await ops(c)));
    },
  );

  it('(18) as printed, P̂_µµÛ_off = Û_off(P̂_{µ+2} + P̂_{µ−2}), fails; minimal counterexample N = 5, n = 1', async () => {
    // For µ = 1 the right side also holds the block (5, 3) of Û⁽²⁾_off (column µ+2 reaches µ+4).
    const shrunk = await expectMinimalCounterexample(
      chainCase(),
      async (c) => eq18Printed(await ops(c)),
      { sites: 5 },
      120,
    );
    expect(shrunk.failing.label).toMatch(/µ=(1|5)$/);
  });

  test.prop([anyChainCase({ sites: [2, 4] })], propertyParams<[ChainCase]>(60, 4_000))('(18) as printed holds for N ≤ 4', async (c) => {
    assertAll(eq18Printed(await ops(c)));
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))(
    '(18) corrected: P̂_µµÛ_off = P̂_µµÛ_off(P̂_{µ+2} + P̂_{µ−2}) and Û_offP̂_µµ = (P̂_{µ−2} + P̂_{µ+2})Û_offP̂_µµ',
    async (c) => {
      assertAll(eq18Corrected(await ops(c)));
    },
  );

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))('(19) holds as printed: P̂_µµÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µµ', async (c) => {
    const checks = eq19(await ops(c));
    expect(checks.every(holds)).toBe(true);
    assertAll(checks);
  });
});
