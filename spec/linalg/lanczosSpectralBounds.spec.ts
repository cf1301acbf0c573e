/**
 * Lanczos extremal estimates against the eigenvalues of an independent dense solver (ml-matrix, on the
 * real symmetric embedding [[A, −B], [B, A]] of H = A + iB, whose spectrum is H's, each value twice).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { lanczosSpectralBounds } from '../../src/linalg/lanczosSpectralBounds.ts';
import { lanczosStart } from '../../src/exact/chebyshevPropagator.ts';
import { chainOperator, denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { seededChain } from '../support/smallModels.ts';

function spectrum(model: ReturnType<typeof seededChain>): { min: number; max: number } {
  const h = denseHamiltonian(model);
  const d = h.rows;
  const M = new Matrix(2 * d, 2 * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      M.set(i, j, h.re[i * d + j]);
      M.set(i + d, j + d, h.re[i * d + j]);
      M.set(i, j + d, -h.im[i * d + j]);
      M.set(i + d, j, h.im[i * d + j]);
    }
  }
  const values = new EigenvalueDecomposition(M, { assumeSymmetric: true }).realEigenvalues;
  return { min: Math.min(...values), max: Math.max(...values) };
}

describe('lanczosSpectralBounds', () => {
  const model = seededChain(3, 4, { coupling: 0.2, bandWidth: 0.5, seed: 11 });
  const op = chainOperator(model);

  it('with as many steps as the dimension, reaches the extreme eigenvalues (Krylov space = whole space)', () => {
    const exact = spectrum(model);
    const est = lanczosSpectralBounds(op, lanczosStart(op.dim), op.dim);
    // tol = 64·d·ε·‖H‖₂ (‖H‖₂ = max|λ|): both are backward stable; Lanczos without reorthogonalization
    // loses orthogonality at O(ε·‖H‖) per step, which moves converged Ritz values by no more than that
    const tol = 64 * op.dim * Number.EPSILON * Math.max(-exact.min, exact.max);
    expect(Math.abs(est.min - exact.min)).toBeLessThanOrEqual(tol);
    expect(Math.abs(est.max - exact.max)).toBeLessThanOrEqual(tol);
  });

  it('with few steps, is an inner estimate: [min, max] ⊆ the spectrum hull (Ritz values interlace)', () => {
    const exact = spectrum(model);
    const est = lanczosSpectralBounds(op, lanczosStart(op.dim), 3);
    // tol = 16·d·ε·‖H‖: Ritz values of an (approximately) orthonormal basis lie in the hull up to rounding
    const tol = 16 * op.dim * Number.EPSILON * Math.max(-exact.min, exact.max);
    expect(est.min).toBeGreaterThanOrEqual(exact.min - tol);
    expect(est.max).toBeLessThanOrEqual(exact.max + tol);
    expect(est.max).toBeGreaterThan(est.min);
  });

  it('leaves the caller\'s start vector unchanged', () => {
    const start = lanczosStart(op.dim);
    const copy = { re: Float64Array.from(start.re), im: Float64Array.from(start.im) };
    lanczosSpectralBounds(op, start, 5);
    expect(start.re).toEqual(copy.re);
    expect(start.im).toEqual(copy.im);
  });

  it('refuses a start vector of the wrong length with a plain Error (a programming error, not user input)', () => {
    const short = { re: new Float64Array(op.dim - 1), im: new Float64Array(op.dim - 1) };
    let caught: unknown;
    try {
      lanczosSpectralBounds(op, short);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('Error');
    expect((caught as Error).message).toMatch(/start vector of length 11 .* dimension 12/);
  });
});
