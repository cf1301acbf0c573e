/**
 * hamcheck's own transition operators P̂_µν (Sec. II, eqs. (4)–(5)), src/dyson/transitionOperator.ts: the
 * suites' oracle for every projector identity, so it is checked here directly (no protocol capability
 * exists for it).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { transitionOperator } from '../../src/dyson/transitionOperator.ts';
import { type ComplexMatrix, matMul, zeroMatrix } from '../../src/linalg/complexMatrix.ts';

/** N ∈ [2, 5], n ∈ [1, 4]: every in-range product of P̂'s over chains of dimension ≤ 20. */
const chain = fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }));
const site = (sites: number) => fc.integer({ min: 1, max: sites });

/** Entrywise equality. Exact: each entry of a product of 0/1 matrices with at most one 1 per row is a sum of 0/1 products. */
function expectSame(a: ComplexMatrix, b: ComplexMatrix) {
  expect(Array.from(a.re)).toEqual(Array.from(b.re));
  expect(Array.from(a.im)).toEqual(Array.from(b.im));
}

describe('transition operators P̂_µν (4)–(5)', () => {
  it('P̂_µν is the n×n unit block at block position (µ, ν), basis |µ, k⟩ at (µ−1)n + k', () => {
    const p = transitionOperator(3, 2, 3, 1);
    const ones: number[] = [];
    p.re.forEach((v, e) => v !== 0 && ones.push(e));
    // rows (3−1)·2 + k = 4, 5; columns (1−1)·2 + k = 0, 1; dimension 6
    expect({ rows: p.rows, cols: p.cols, ones, im: p.im.some((v) => v !== 0) }).toEqual({ rows: 6, cols: 6, ones: [4 * 6 + 0, 5 * 6 + 1], im: false });
  });

  test.prop([chain.chain(([N, n]) => fc.tuple(fc.constant(N), fc.constant(n), fc.integer({ min: 1, max: N - 1 })))])(
    '(5) holds as printed: P̂_{µ+1,µ}P̂_{µ,µ} = P̂_{µ+1,µ+1}P̂_{µ+1,µ}, µ = 1 … N−1',
    ([N, n, mu]) => {
      const lhs = matMul(transitionOperator(N, n, mu + 1, mu), transitionOperator(N, n, mu, mu));
      const rhs = matMul(transitionOperator(N, n, mu + 1, mu + 1), transitionOperator(N, n, mu + 1, mu));
      expectSame(lhs, rhs);
      expectSame(lhs, transitionOperator(N, n, mu + 1, mu));
    },
  );

  test.prop([chain.chain(([N, n]) => fc.tuple(fc.constant(N), fc.constant(n), site(N), site(N), site(N), site(N)))])(
    'P̂_µν P̂_µ′ν′ = δ_νµ′ P̂_µν′ for all in-range indices',
    ([N, n, a, b, c, d]) => {
      const lhs = matMul(transitionOperator(N, n, a, b), transitionOperator(N, n, c, d));
      expectSame(lhs, b === c ? transitionOperator(N, n, a, d) : zeroMatrix(N * n));
    },
  );

  test.prop([chain, fc.constantFrom('below', 'above', 'fraction'), fc.boolean()])(
    'indices outside 1 … N, or not integers, are refused with a RangeError naming the index µ or ν and the range 1…N',
    ([N, n], kind, first) => {
      const bad = kind === 'below' ? 0 : kind === 'above' ? N + 1 : 1.5;
      const [mu, nu] = first ? [bad, 1] : [1, bad];
      const name = first ? 'µ' : 'ν';
      expect(() => transitionOperator(N, n, mu, nu)).toThrowError(RangeError);
      expect(() => transitionOperator(N, n, mu, nu)).toThrowError(`transitionOperator: ${name} = ${bad} outside 1…${N}`);
    },
  );
});
