/**
 * Block structure and exact algebra of the Dyson operators (9), (10), (13)–(16).
 */
import { test } from '@fast-check/vitest';
import { describe } from 'vitest';
import { type ChainCase, anyChainCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { assertAll } from '../../src/checks/check.ts';
import { eq13 } from '../../src/checks/dyson/expansionChecks.ts';
import { blockStructure, firstOrderHermitian, secondOrderSum } from '../../src/checks/dyson/structureChecks.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();

describe(`Dyson operators: structure and exact algebra (${impl.name})`, () => {
  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))(
    '(14)–(16): Û⁽¹⁾ lives on (µ, µ±1); Û⁽²⁾ on (µ, µ) and (µ, µ±2) only; Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off',
    async (c) => {
      assertAll(blockStructure(await caseOperators(impl, c)));
    },
  );

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))('Û⁽¹⁾ is Hermitian (remark after (13))', async (c) => {
    assertAll(firstOrderHermitian(await caseOperators(impl, c)));
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))('Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)² to rounding', async (c) => {
    assertAll(secondOrderSum(await caseOperators(impl, c)));
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(60, 10_000))(
    '(13) holds as printed: D̂†P̂_µµD̂ − Â_µ is exactly the dropped third and fourth orders',
    async (c) => {
      assertAll(eq13(await caseOperators(impl, c)));
    },
  );
});
