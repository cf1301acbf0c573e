/**
 * matrixExponential (scaling and squaring of a degree-18 Taylor polynomial) against closed forms and
 * against an independent method (the ml-matrix eigendecomposition oracle), for the two uses it has:
 * skew-Hermitian −iHτ (Dyson, Sec. III) and a real rate matrix L (the transport master equation).
 */
import { describe, expect, it } from 'vitest';
import type { ComplexMatrix } from '../../src/linalg/complexMatrix.ts';
import { maxAbs, matSub, norm1 } from '../../src/linalg/complexMatrix.ts';
import { matrixExponential } from '../../src/linalg/matrixExponential.ts';
import { denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { denseMatrixOracle } from '../support/denseOracle.ts';
import { seededChain } from '../support/smallModels.ts';

const EPS = Number.EPSILON;

function real(rows: number, values: number[]): ComplexMatrix {
  return { rows, cols: rows, re: Float64Array.from(values), im: new Float64Array(rows * rows) };
}

/**
 * Rounding bound of matrixExponential for A (d×d): each of the 18 + s products adds ≈ 2dε‖·‖ (complex
 * multiply-add: 2 roundings per term), and the rounding ε‖B‖₁ of B = A/2^s is amplified ≤ 2^s-fold by
 * the s squarings, i.e. to ε‖A‖₁: tol = 4dε·(s + 19 + ‖A‖₁)·max(1, ‖e^A‖) (factor 2 headroom, not tuning).
 */
function expmTol(a: ComplexMatrix, normExp = 1): number {
  const n = norm1(a);
  const s = n > 0.5 ? Math.ceil(Math.log2(2 * n)) : 0;
  return 4 * a.rows * EPS * (s + 19 + n) * Math.max(1, normExp);
}

describe('matrixExponential', () => {
  it('e^{iθ·1} = e^{iθ}·1 (scalar phases through the squarings)', () => {
    for (const theta of [0, 0.3, 5, -40]) {
      const a = { rows: 3, cols: 3, re: new Float64Array(9), im: new Float64Array(9) };
      for (let i = 0; i < 3; i++) a.im[i * 3 + i] = theta;
      const e = matrixExponential(a);
      for (let i = 0; i < 3; i++) {
        // tol = 4·(s + 19)·ε with s ≤ log₂(2|θ|) + 1 squarings, each relative ε on a unit-modulus scalar
        const tol = 4 * (Math.log2(2 * Math.abs(theta) + 1) + 20) * EPS * (1 + Math.abs(theta));
        expect(Math.abs(e.re[i * 3 + i] - Math.cos(theta))).toBeLessThanOrEqual(tol);
        expect(Math.abs(e.im[i * 3 + i] - Math.sin(theta))).toBeLessThanOrEqual(tol);
      }
    }
  });

  it('nilpotent: e^{[[0, 1], [0, 0]]} = [[1, 1], [0, 1]]', () => {
    const a = { rows: 2, cols: 2, re: Float64Array.from([0, 1, 0, 0]), im: new Float64Array(4) };
    expect(Array.from(matrixExponential(a).re)).toEqual([1, 1, 0, 1]);
  });

  it.each([0.1, 3, 50])('real rotation generator: e^{[[0, −θ], [θ, 0]]} = [[cos θ, −sin θ], [sin θ, cos θ]], θ = %f', (theta) => {
    const a = real(2, [0, -theta, theta, 0]);
    const e = matrixExponential(a);
    const c = Math.cos(theta);
    const s = Math.sin(theta);
    expect(maxAbs(matSub(e, real(2, [c, -s, s, c])))).toBeLessThanOrEqual(expmTol(a));
    expect(Array.from(e.im)).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [0.3, 0.7],
    [40, 25],
    [1e-3, 2],
  ])('two-state rate matrix L = [[−a, b], [a, −b]] (a = %f, b = %f): the closed form of the master equation', (a, b) => {
    // eigenvalues 0 and −(a + b): e^L = [[b + a·q, b(1 − q)], [a(1 − q), a + b·q]]/(a + b), q = e^{−(a+b)}
    const L = real(2, [-a, b, a, -b]);
    const q = Math.exp(-(a + b));
    const r = a + b;
    const expected = real(2, [(b + a * q) / r, (b * (1 - q)) / r, (a * (1 - q)) / r, (a + b * q) / r]);
    const e = matrixExponential(L);
    // ‖e^L‖₁ = 1 (column-stochastic)
    expect(maxAbs(matSub(e, expected))).toBeLessThanOrEqual(expmTol(L, 1));
    expect(Array.from(e.im)).toEqual([0, 0, 0, 0]);
  });

  it('e^{−i(H − c)τ} of a chain equals the ml-matrix eigendecomposition oracle (an independent method)', () => {
    const model = seededChain(3, 3, { coupling: 0.2, bandWidth: 0.6, seed: 4 });
    const h = denseHamiltonian(model);
    const d = h.rows;
    const c = 1; // ΔE: the band centre
    const tau = 6;
    const a: ComplexMatrix = { rows: d, cols: d, re: new Float64Array(d * d), im: new Float64Array(d * d) };
    for (let e = 0; e < d * d; e++) {
      a.re[e] = h.im[e] * tau;
      a.im[e] = -h.re[e] * tau;
    }
    for (let i = 0; i < d; i++) a.im[i * d + i] += c * tau;
    const oracle = denseMatrixOracle(h, c).propagator(tau);
    // unitary: ‖e^A‖₂ = 1, ‖·‖₁ ≤ √d; the oracle's own error is of the same order (backward stable eigensolver)
    const tol = 2 * expmTol(a, Math.sqrt(d));
    expect(maxAbs(matSub(matrixExponential(a), { rows: d, cols: d, ...oracle }))).toBeLessThanOrEqual(tol);
  });
});
