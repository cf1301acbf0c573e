import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, it } from 'vitest';
import { symmetricTridiagonalExtremes } from '../../src/linalg/symmetricTridiagonalExtremes.ts';
import { expectWithin } from '../support/smallModels.ts';

describe('symmetricTridiagonalExtremes', () => {
  it('agrees with ml-matrix on a random tridiagonal matrix', () => {
    const m = 30;
    const d = Float64Array.from({ length: m }, (_, i) => Math.sin(3 * i));
    const e = Float64Array.from({ length: m - 1 }, (_, i) => Math.cos(5 * i) + 0.1);
    const T = Matrix.zeros(m, m);
    for (let i = 0; i < m; i++) T.set(i, i, d[i]);
    for (let i = 0; i < m - 1; i++) {
      T.set(i, i + 1, e[i]);
      T.set(i + 1, i, e[i]);
    }
    const ev = new EigenvalueDecomposition(T, { assumeSymmetric: true }).realEigenvalues;
    const { min, max } = symmetricTridiagonalExtremes(d, e);
    // tol = 16ε·‖T‖ with ‖T‖ ≤ 3: bisection to 4ε relative plus the oracle's backward error
    expectWithin(Math.abs(min - Math.min(...ev)), 48 * Number.EPSILON, 'λ_min');
    expectWithin(Math.abs(max - Math.max(...ev)), 48 * Number.EPSILON, 'λ_max');
  });

  it('handles the 2×2 closed form (a ± √(b² + c²))', () => {
    const { min, max } = symmetricTridiagonalExtremes(Float64Array.of(1, 1), Float64Array.of(2));
    expectWithin(Math.abs(min + 1), 8 * Number.EPSILON, 'λ_min = −1'); // tol = 8ε·‖T‖₂(=3)/3
    expectWithin(Math.abs(max - 3), 8 * Number.EPSILON * 3, 'λ_max = 3');
  });
});
