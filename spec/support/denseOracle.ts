import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { denseHamiltonian } from '../../src/linalg/denseHamiltonian.ts';
import type { ChainModel, ComplexVector } from '../../src/model/modelSpec.ts';

/**
 * Independent dense oracle for e^{−iHt}ψ on small sizes, built on ml-matrix only.
 *
 * @remarks
 * A complex vector x + iy is embedded as [x; y] and H = A + iB as M = [[A, −B], [B, A]] (real
 * symmetric). Multiplication by i is J = [[0, −1], [1, 0]], which commutes with M, so
 * e^{−iHt} ↔ e^{−JMt} = cos(Mt) − J sin(Mt) with cos, sin from ml-matrix's symmetric eigensolver.
 */
export function denseOracle(model: ChainModel) {
  const { re, im, dim } = denseHamiltonian(model);
  const M = new Matrix(2 * dim, 2 * dim);
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < dim; j++) {
      const a = re[i * dim + j];
      const b = im[i * dim + j];
      M.set(i, j, a);
      M.set(i + dim, j + dim, a);
      M.set(i, j + dim, -b);
      M.set(i + dim, j, b);
    }
  }
  const eig = new EigenvalueDecomposition(M, { assumeSymmetric: true });
  const Q = eig.eigenvectorMatrix;
  const lambda = eig.realEigenvalues;
  return {
    dim,
    evolve(psi: ComplexVector, t: number): ComplexVector {
      const v = Matrix.columnVector([...psi.re, ...psi.im]);
      const w = Q.transpose().mmul(v);
      const c = new Matrix(2 * dim, 1);
      const s = new Matrix(2 * dim, 1);
      for (let k = 0; k < 2 * dim; k++) {
        c.set(k, 0, Math.cos(lambda[k] * t) * w.get(k, 0));
        s.set(k, 0, Math.sin(lambda[k] * t) * w.get(k, 0));
      }
      const cv = Q.mmul(c);
      const sv = Q.mmul(s);
      // result = cos(Mt)v − J sin(Mt)v, J[x; y] = [−y; x]
      const outRe = new Float64Array(dim);
      const outIm = new Float64Array(dim);
      for (let i = 0; i < dim; i++) {
        outRe[i] = cv.get(i, 0) + sv.get(i + dim, 0);
        outIm[i] = cv.get(i + dim, 0) - sv.get(i, 0);
      }
      return { re: outRe, im: outIm };
    },
  };
}
