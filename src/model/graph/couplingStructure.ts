import { Xoshiro128 } from '../rng/xoshiro128.ts';
import type { CouplingBlock } from '../couplingDraw.ts';

/**
 * Which entries of a bond's coupling block are non-zero (default: all, the paper's dense random matrix).
 *
 * @remarks
 * - `banded`: entry (i, j) of an n_µ × n_ν block is kept iff |(i + ½)/n_µ − (j + ½)/n_ν| ≤ (w + ½)/max(n_µ, n_ν)
 *   (edge included), w = `halfWidth` — on equal bands |i − j| ≤ w, the levels within w spacings in energy.
 * - `sparse`: each entry is kept with probability p = `density`, and the kept ones are scaled by 1/√p, so
 *   E|v_ij|² = 1 and the golden-rule rate 2πλ²ρ (27) hold on average.
 * The normal stream is drawn in full either way (the dense draw's numbers, then masked), so other bonds of the
 * model draw the same blocks with or without a structure.
 */
export type CouplingStructure = { kind: 'banded'; halfWidth: number } | { kind: 'sparse'; density: number };

/**
 * Masks (and for `sparse` rescales) a drawn block in place. The sparse mask has its own {@link Xoshiro128} stream,
 * seeded (seed + (bond + 1)·0x9E3779B9) mod 2³², one uniform per entry in row-major order.
 */
export function applyCouplingStructure(block: CouplingBlock, rows: number, cols: number, structure: CouplingStructure, seed: number, bond: number): void {
  const { re, im } = block;
  if (structure.kind === 'banded') {
    // the definition times 2·n_µ·n_ν, in integers so that entries on the edge are kept exactly
    const reach = (2 * structure.halfWidth + 1) * Math.min(rows, cols);
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (Math.abs((2 * i + 1) * cols - (2 * j + 1) * rows) > reach) re[i * cols + j] = im[i * cols + j] = 0;
      }
    }
    return;
  }
  const rng = new Xoshiro128((seed + Math.imul(bond + 1, 0x9e3779b9)) >>> 0);
  const scale = 1 / Math.sqrt(structure.density);
  for (let e = 0; e < rows * cols; e++) {
    if (rng.nextDouble() < structure.density) {
      re[e] *= scale;
      im[e] *= scale;
    } else re[e] = im[e] = 0;
  }
}
