import type { NormalDeviates } from './rng/normalDeviates.ts';

/** One coupling block λv, row-major rows × cols, as real and imaginary parts. */
export interface CouplingBlock {
  re: Float64Array;
  im: Float64Array;
}

/**
 * Draws the next rows × cols coupling block λv from a seeded normal stream — the one recipe of every
 * seeded model in hamcheck (the chain of {@link ./buildChainModel.ts} and the sectors of
 * src/transport/transportModel.ts).
 *
 * @remarks
 * Row-major over the block; per entry GUE: x then y, v = (x + i·y)/√2; GOE: v = x (real); x, y ~ N(0, 1)
 * from `normals`. Either way E|v|² = 1, so the golden-rule rate is κ = 2πλ²n/(ħδε) (27). The stream is
 * consumed in order, so consecutive blocks continue one stream (docs/conventions.md, "Seeded draws").
 * `into` (zero-filled, rows·cols entries each) receives the block in place instead of new arrays.
 */
export function drawCouplingBlock(
  normals: NormalDeviates,
  rows: number,
  cols: number,
  coupling: number,
  ensemble: 'GUE' | 'GOE',
  into?: CouplingBlock,
): CouplingBlock {
  const scale = ensemble === 'GUE' ? coupling / Math.SQRT2 : coupling;
  const re = into?.re ?? new Float64Array(rows * cols);
  const im = into?.im ?? new Float64Array(rows * cols);
  for (let e = 0; e < rows * cols; e++) {
    re[e] = scale * normals.next();
    if (ensemble === 'GUE') im[e] = scale * normals.next();
  }
  return { re, im };
}
