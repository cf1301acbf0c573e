import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { ComplexMatrix } from '../../src/linalg/complexMatrix.ts';
import { denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import type { ComplexVector } from '../../src/linalg/complexVector.ts';
import type { ChainModel } from '../../src/model/modelSpec.ts';

/**
 * Independent dense oracle for e^{−i(H − c)t} on small sizes, built on ml-matrix only.
 *
 * @remarks
 * H − c = A + iB is embedded as the real symmetric M = [[A, −B], [B, A]], a vector x + iy as [x; y].
 * Multiplication by i is J = [[0, −1], [1, 0]], which commutes with M, so
 * e^{−i(H−c)t} ↔ e^{−JMt} = cos(Mt) − J sin(Mt), with cos and sin from ml-matrix's symmetric
 * eigensolver. Blocks: e^{−i(H−c)t} = (C_A + S_B) + i(C_B − S_A) where C = [[C_A, ·], [C_B, ·]], likewise S.
 */
export function denseMatrixOracle(h: ComplexMatrix, shift = 0) {
  const d = h.rows;
  const M = new Matrix(2 * d, 2 * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const a = h.re[i * d + j] - (i === j ? shift : 0);
      const b = h.im[i * d + j];
      M.set(i, j, a);
      M.set(i + d, j + d, a);
      M.set(i, j + d, -b);
      M.set(i + d, j, b);
    }
  }
  const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
  const Q = eig.eigenvectorMatrix;
  const lambda = eig.realEigenvalues;
  const diag = (f: (x: number) => number) => Matrix.diag(lambda.map(f));
  return {
    dim: d,
    /** e^{−i(H−c)t}ψ. */
    evolve(psi: ComplexVector, t: number): ComplexVector {
      const w = Q.transpose().mmul(Matrix.columnVector([...psi.re, ...psi.im]));
      const cv = Q.mmul(diag((l) => Math.cos(l * t)).mmul(w));
      const sv = Q.mmul(diag((l) => Math.sin(l * t)).mmul(w));
      const re = new Float64Array(d);
      const im = new Float64Array(d);
      for (let i = 0; i < d; i++) {
        re[i] = cv.get(i, 0) + sv.get(i + d, 0);
        im[i] = cv.get(i + d, 0) - sv.get(i, 0);
      }
      return { re, im };
    },
    /** e^{−i(H−c)t} as a dense row-major matrix. */
    propagator(t: number): { re: Float64Array; im: Float64Array } {
      const C = Q.mmul(diag((l) => Math.cos(l * t))).mmul(Q.transpose());
      const S = Q.mmul(diag((l) => Math.sin(l * t))).mmul(Q.transpose());
      const re = new Float64Array(d * d);
      const im = new Float64Array(d * d);
      for (let i = 0; i < d; i++) {
        for (let j = 0; j < d; j++) {
          re[i * d + j] = C.get(i, j) + S.get(i + d, j);
          im[i * d + j] = C.get(i + d, j) - S.get(i, j);
        }
      }
      return { re, im };
    },
  };
}

/** {@link denseMatrixOracle} of a chain model's Hamiltonian (no shift). */
export function denseOracle(model: ChainModel) {
  return denseMatrixOracle(denseHamiltonian(model));
}
