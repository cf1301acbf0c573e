import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { ComplexMatrix } from '../../../src/dyson/complexMatrix.ts';

/**
 * Independent oracle for e^{iĤ₀τ}e^{−iĤτ}: ml-matrix's symmetric eigensolver on the real embedding
 * M = [[A, −B], [B, A]] of Ĥ − c = A + iB (c a scalar shift). cos and sin have real Taylor coefficients,
 * so cos(Mτ), sin(Mτ) are the embeddings of cos((Ĥ−c)τ), sin((Ĥ−c)τ), and
 * e^{−i(Ĥ−c)τ} = cos − i·sin = (C_A + S_B) + i(C_B − S_A) with C = [[C_A, ·], [C_B, ·]], likewise S.
 */
export function interactionPropagatorOracle(h: { re: Float64Array; im: Float64Array; dim: number }, tau: number): ComplexMatrix {
  const d = h.dim;
  let c = 0;
  for (let i = 0; i < d; i++) c += h.re[i * d + i];
  c /= d;
  const m = new Matrix(2 * d, 2 * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const a = h.re[i * d + j] - (i === j ? c : 0);
      const b = h.im[i * d + j];
      m.set(i, j, a);
      m.set(i + d, j + d, a);
      m.set(i, j + d, -b);
      m.set(i + d, j, b);
    }
  }
  const eig = new EigenvalueDecomposition(m, { assumeSymmetric: true });
  const q = eig.eigenvectorMatrix;
  const lam = eig.realEigenvalues;
  const cosD = Matrix.diag(lam.map((l) => Math.cos(l * tau)));
  const sinD = Matrix.diag(lam.map((l) => Math.sin(l * tau)));
  const cm = q.mmul(cosD).mmul(q.transpose());
  const sm = q.mmul(sinD).mmul(q.transpose());
  const re = new Float64Array(d * d);
  const im = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    const ph = (h.re[i * d + i] - c) * tau;
    for (let j = 0; j < d; j++) {
      const ur = cm.get(i, j) + sm.get(i + d, j);
      const ui = cm.get(i + d, j) - sm.get(i, j);
      // left factor e^{i(E_i − c)τ}
      re[i * d + j] = Math.cos(ph) * ur - Math.sin(ph) * ui;
      im[i * d + j] = Math.cos(ph) * ui + Math.sin(ph) * ur;
    }
  }
  return { rows: d, cols: d, re, im };
}
