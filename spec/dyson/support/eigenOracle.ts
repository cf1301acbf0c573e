import type { ComplexMatrix } from '../../../src/linalg/complexMatrix.ts';
import { denseMatrixOracle } from '../../support/denseOracle.ts';

/**
 * Independent oracle for e^{iĤ₀τ}e^{−iĤτ}: the ml-matrix real-embedding propagator
 * ({@link denseMatrixOracle}) of Ĥ − c, c the mean diagonal (shifting keeps cos/sin arguments small),
 * times the left factor e^{i(E_i − c)τ}; the two shifts cancel.
 */
export function interactionPropagatorOracle(h: ComplexMatrix, tau: number): ComplexMatrix {
  const d = h.rows;
  let c = 0;
  for (let i = 0; i < d; i++) c += h.re[i * d + i];
  c /= d;
  const u = denseMatrixOracle(h, c).propagator(tau);
  const re = new Float64Array(d * d);
  const im = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    const ph = (h.re[i * d + i] - c) * tau;
    const [cp, sp] = [Math.cos(ph), Math.sin(ph)];
    for (let j = 0; j < d; j++) {
      re[i * d + j] = cp * u.re[i * d + j] - sp * u.im[i * d + j];
      im[i * d + j] = cp * u.im[i * d + j] + sp * u.re[i * d + j];
    }
  }
  return { rows: d, cols: d, re, im };
}
