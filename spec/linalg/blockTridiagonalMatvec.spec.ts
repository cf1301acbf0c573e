import { describe, it } from 'vitest';
import { blockTridiagonalMatvec } from '../../src/linalg/blockTridiagonalMatvec.ts';
import { chainOperator, denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { expectWithin, seededChain } from '../support/smallModels.ts';

describe('blockTridiagonalMatvec', () => {
  it.each([
    [2, 1],
    [2, 3],
    [4, 5],
    [5, 2],
  ])('equals the dense product α(H − c)x + βy for N = %i, n = %i', (N, n) => {
    const model = seededChain(N, n, { coupling: 0.3, seed: N * 10 + n });
    const dim = N * n;
    const z = new NormalDeviates(new Xoshiro128(77));
    const x = { re: Float64Array.from({ length: dim }, () => z.next()), im: Float64Array.from({ length: dim }, () => z.next()) };
    const y = { re: Float64Array.from({ length: dim }, () => z.next()), im: Float64Array.from({ length: dim }, () => z.next()) };
    const [alpha, beta, shift] = [1.7, -0.6, 0.9];
    const expectRe = Float64Array.from(y.re, (v) => beta * v);
    const expectIm = Float64Array.from(y.im, (v) => beta * v);
    const H = denseHamiltonian(model);
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        const hr = H.re[i * dim + j] - (i === j ? shift : 0);
        const hi = H.im[i * dim + j];
        expectRe[i] += alpha * (hr * x.re[j] - hi * x.im[j]);
        expectIm[i] += alpha * (hr * x.im[j] + hi * x.re[j]);
      }
    }
    blockTridiagonalMatvec(chainOperator(model), x.re, x.im, y.re, y.im, shift, alpha, beta);
    let delta = 0;
    for (let i = 0; i < dim; i++) delta = Math.max(delta, Math.abs(y.re[i] - expectRe[i]), Math.abs(y.im[i] - expectIm[i]));
    // tol = 4·(2n+1)·ε·|α|·‖H−c‖_max·‖x‖_∞ + ε|β|‖y‖: the two sums differ only in the order of ≤ 2n+1 terms
    expectWithin(delta, 4 * (2 * n + 1) * Number.EPSILON * 1.7 * 1.5 * 5 + 4 * Number.EPSILON * 5, 'matvec vs dense');
  });
});
