/**
 * The second-order expansion of Â_µ: (20) against (13), the normalization conditions (21), and the
 * Hilbert-space average (25) — printed forms and corrected forms. ħ = 1; P̂_νν with ν ∉ 1…N is zero.
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ChainCase, anyChainCase, chainCase, stateVector } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { expectMinimalCounterexample } from './support/counterexample.ts';
import { assertAll, holds } from '../../src/checks/check.ts';
import { eq20, eq21Diagonal, eq21OffDiagonal, eq21Scalar, eq25, linearPopulations as populations } from '../../src/checks/dyson/expansionChecks.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();
const ops = (c: ChainCase) => caseOperators(impl, c);
const small = chainCase({ levels: [1, 4] });

describe(`second-order expansion (20), (21), (25) (${impl.name})`, () => {
  it('(20) as printed (±i/ħ on lines 4–8) differs from (13); minimal counterexample N = 2, n = 1', async () => {
    await expectMinimalCounterexample(small, async (c) => eq20(await ops(c), 'printed'), { sites: 2 });
  });

  it('(20) with ±1/ħ² on lines 4–8 but (Û⁽¹⁾)² on lines 4–5 still differs; minimal counterexample N = 3, n = 1', async () => {
    await expectMinimalCounterexample(small, async (c) => eq20(await ops(c), 'prefactors-fixed'), { sites: 3 });
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(60, 10_000))(
    '(20) corrected — +1/ħ² (P̂_{µ−1}+P̂_{µ+1})Û⁽¹⁾P̂_µµÛ⁽¹⁾(P̂_{µ−1}+P̂_{µ+1}) and −1/ħ² on lines 6–8 — equals (13)',
    async (c) => {
      assertAll(eq20(await ops(c), 'corrected'));
    },
  );

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))(
    '(21) first line holds as a block (operator) identity: P̂_{µ−1}(Û_off + Û_off†)P̂_{µ+1} = P̂_{µ−1}(Û⁽¹⁾)²P̂_{µ+1}',
    async (c) => {
      const checks = eq21OffDiagonal(await ops(c));
      expect(checks.every(holds)).toBe(true);
      assertAll(checks);
    },
  );

  it('(21) second line as printed (factor 2) fails; minimal counterexample N = 2, n = 1', async () => {
    await expectMinimalCounterexample(chainCase(), async (c) => eq21Diagonal(await ops(c), 2), { sites: 2 });
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(100, 6_000))(
    '(21) second line corrected (factor 1): P̂_µµ(Û_diag + Û_diag†)P̂_µµ = P̂_µµ(Û⁽¹⁾)²P̂_µµ',
    async (c) => {
      assertAll(eq21Diagonal(await ops(c), 1));
    },
  );

  test.prop([chainCase(), stateVector()], propertyParams<[ChainCase, { re: Float64Array; im: Float64Array }]>(60, 6_000))(
    '(21) in the printed ⟨ψ|…|ψ⟩ form for a state with every ψ_µ ≠ 0: line 1 holds, line 2 holds with factor 1, not 2',
    async (c, psi) => {
      const o = await ops(c);
      assertAll(eq21Scalar(o, psi, 1));
      // With factor 2 the ⟨ψ_µ|…|ψ_µ⟩ line fails at every site: ⟨ψ_µ|(Û⁽¹⁾)²|ψ_µ⟩ = Σ_ν ‖u_νµ ψ_µ‖² > 0.
      const printed = eq21Scalar(o, psi, 2).filter((k) => k.label.startsWith('(21b'));
      expect(printed.some(holds), printed.map((k) => `${k.label} Δ=${k.delta} tol=${k.tol}`).join('; ')).toBe(false);
    },
  );

  it('(25) as printed, with Tr_µ the block trace of (23), differs from the HAM average of (13); minimal N = 2, n = 1', async () => {
    await expectMinimalCounterexample(small, async (c) => eq25(await ops(c), populations(c.spec.sites), 'printed'), {
      sites: 2,
    });
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(60, 10_000))(
    '(25) corrected: P_µ(τ) = P_µ − (P_µ/n)Tr_µ{(Û⁽¹⁾)²} + Σ_{ν=µ±1}(P_ν/n)Tr_ν{Û⁽¹⁾P̂_µµÛ⁽¹⁾} is the HAM average of (13)',
    async (c) => {
      assertAll(eq25(await ops(c), populations(c.spec.sites), 'corrected'));
    },
  );
});
