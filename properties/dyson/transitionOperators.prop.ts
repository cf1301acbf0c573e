/**
 * Transition operators P̂_µν (Sec. II, eqs. (4)–(5)).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type ChainCase, chainCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { assertAll } from '../../src/checks/check.ts';
import { eq5, transitionAlgebra } from '../../src/checks/dyson/structureChecks.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();

describe(`transition operators (${impl.name})`, () => {
  test.prop([chainCase()], propertyParams<[ChainCase]>(60, 5_000))('(5) holds as printed, µ = 1 … N−1', async (c) => {
    assertAll(eq5(await caseOperators(impl, c)));
  });

  test.prop([chainCase({ sites: [2, 4], levels: [1, 3] })], propertyParams<[ChainCase]>(15, 5_000))(
    'P̂_µν P̂_µ′ν′ = δ_νµ′ P̂_µν′ for all in-range indices',
    async (c) => {
      assertAll(transitionAlgebra(await caseOperators(impl, c)));
    },
  );

  test.prop([fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 1 })], propertyParams<[number, number, number]>(20, 3_000))(
    'indices outside 1 … N are refused (the suites read them as zero operators themselves)',
    async (sites, levels, side) => {
      const bad = side === 0 ? 0 : sites + 1;
      await expect(impl.transitionOperator(sites, levels, bad, 1)).rejects.toThrow();
      await expect(impl.transitionOperator(sites, levels, 1, bad)).rejects.toThrow();
    },
  );
});
