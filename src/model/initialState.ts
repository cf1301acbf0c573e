import { HamcheckInputError } from '../errors.ts';
import { finiteArray } from '../validate/fields.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import type { InitialSpec } from './modelSpec.ts';
import { NormalDeviates } from './rng/normalDeviates.ts';
import { Xoshiro128 } from './rng/xoshiro128.ts';

/**
 * The initial state |ψ(0)⟩ of length N·n, normalized to ‖ψ‖ = 1.
 *
 * @remarks
 * Random band state (Fig. 1, "black dots"): an independent {@link Xoshiro128} seeded with `spec.seed`
 * feeds {@link NormalDeviates}; for k = 0 … n−1 draw x then y and set ψ_{µk} = x + i·y on the chosen
 * site µ (0 elsewhere), then divide by ‖ψ‖. The result is uniformly distributed on the unit sphere of
 * that band (Haar measure), the "equally distributed initial states" of Fig. 4.
 * Explicit amplitudes are normalized; an all-zero vector is refused.
 */
export function initialState(spec: InitialSpec, sites: number, levels: number): ComplexVector {
  const dim = sites * levels;
  let re: Float64Array;
  let im: Float64Array;
  if (spec.amplitudes) {
    re = finiteArray(spec.amplitudes.re, 'initial.amplitudes.re', dim);
    im = finiteArray(spec.amplitudes.im, 'initial.amplitudes.im', dim);
  } else {
    re = new Float64Array(dim);
    im = new Float64Array(dim);
    const normals = new NormalDeviates(new Xoshiro128(spec.seed));
    const offset = (spec.site - 1) * levels;
    for (let k = 0; k < levels; k++) {
      re[offset + k] = normals.next();
      im[offset + k] = normals.next();
    }
  }
  let norm2 = 0;
  for (let i = 0; i < dim; i++) norm2 += re[i] * re[i] + im[i] * im[i];
  if (!(norm2 > 0) || !Number.isFinite(norm2)) {
    throw new HamcheckInputError('initial.amplitudes', 'a vector with finite, non-zero norm', 'a zero or overflowing vector');
  }
  const inv = 1 / Math.sqrt(norm2);
  for (let i = 0; i < dim; i++) {
    re[i] *= inv;
    im[i] *= inv;
  }
  return { re, im };
}
