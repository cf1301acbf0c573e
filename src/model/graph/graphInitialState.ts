import type { ComplexVector } from '../../linalg/complexVector.ts';
import { NormalDeviates } from '../rng/normalDeviates.ts';
import { Xoshiro128 } from '../rng/xoshiro128.ts';
import type { GeneralModel } from './generalModel.ts';

/**
 * A random band state on one site of a general model, ‖ψ‖ = 1: the recipe of src/model/initialState.ts
 * per site (an independent {@link Xoshiro128}(seed); ψ_µk = x + i·y for k = 0 … n_µ − 1, x then y; 0 elsewhere;
 * then normalized), so on the uniform chain it is the same vector bit for bit.
 *
 * @param site - 1-based, as in the paper.
 */
export function graphBandState(model: GeneralModel, site: number, seed: number): ComplexVector {
  const re = new Float64Array(model.dim);
  const im = new Float64Array(model.dim);
  const normals = new NormalDeviates(new Xoshiro128(seed));
  const offset = model.offsets[site - 1];
  for (let k = 0; k < model.levels[site - 1]; k++) {
    re[offset + k] = normals.next();
    im[offset + k] = normals.next();
  }
  let norm2 = 0;
  for (let i = 0; i < model.dim; i++) norm2 += re[i] * re[i] + im[i] * im[i];
  const inv = 1 / Math.sqrt(norm2);
  for (let i = 0; i < model.dim; i++) {
    re[i] *= inv;
    im[i] *= inv;
  }
  return { re, im };
}
