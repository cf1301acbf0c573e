/**
 * A Hermitian block-tridiagonal operator H = diag(d) + Σ_g (C_g + C_g†), the shape of every
 * Hamiltonian hamcheck propagates: the single-excitation chain (3) and the transport sectors.
 *
 * @remarks
 * Rows are split into G consecutive groups, group g spanning rows [groups[g], groups[g+1]). C_g is the
 * rectangular block ⟨g|H|g+1⟩ (rows of group g × rows of group g+1), row-major at `blockStart[g]` in
 * `blockRe`/`blockIm`. For the chain, groups are the N sites of n levels and C_µ = λ v_µ,µ+1.
 */
export interface BlockTridiagonalOperator {
  dim: number;
  diagonal: Float64Array;
  /** G + 1 row offsets, groups[0] = 0, groups[G] = dim. */
  groups: Int32Array;
  blockRe: Float64Array;
  blockIm: Float64Array;
  /** G − 1 offsets of the blocks C_g. */
  blockStart: Int32Array;
}

/**
 * Assembles an operator from group sizes, diagonal and blocks, concatenating the blocks into one array
 * (allocated by `alloc`) — unless they already are consecutive views of one buffer (as
 * `sharedBlockViews` of ./sharedArrays.ts makes them), which are then used in place, without a copy.
 */
export function blockTridiagonalOperator(
  diagonal: Float64Array,
  groupSizes: readonly number[],
  blocksRe: readonly Float64Array[],
  blocksIm: readonly Float64Array[],
  alloc: (length: number) => Float64Array = (length) => new Float64Array(length),
): BlockTridiagonalOperator {
  const G = groupSizes.length;
  const groups = new Int32Array(G + 1);
  for (let g = 0; g < G; g++) groups[g + 1] = groups[g] + groupSizes[g];
  const blockStart = new Int32Array(Math.max(0, G - 1));
  let total = 0;
  for (let g = 0; g < G - 1; g++) {
    blockStart[g] = total;
    total += groupSizes[g] * groupSizes[g + 1];
  }
  const blockRe = contiguousSpan(blocksRe, blockStart, total) ?? concatenate(blocksRe, blockStart, alloc(total));
  const blockIm = contiguousSpan(blocksIm, blockStart, total) ?? concatenate(blocksIm, blockStart, alloc(total));
  const diag = alloc(diagonal.length);
  diag.set(diagonal);
  return { dim: groups[G], diagonal: diag, groups, blockRe, blockIm, blockStart };
}

/** The one view spanning `blocks` if block g starts `starts[g]` entries after block 0 in one buffer; else null. */
function contiguousSpan(blocks: readonly Float64Array[], starts: Int32Array, total: number): Float64Array | null {
  if (blocks.length === 0 || blocks.length !== starts.length) return null;
  const { buffer, byteOffset } = blocks[0];
  for (let g = 0; g < blocks.length; g++) {
    const end = g + 1 < starts.length ? starts[g + 1] : total;
    if (blocks[g].buffer !== buffer || blocks[g].byteOffset !== byteOffset + 8 * starts[g] || blocks[g].length !== end - starts[g]) return null;
  }
  return new Float64Array(buffer, byteOffset, total);
}

function concatenate(blocks: readonly Float64Array[], starts: Int32Array, out: Float64Array): Float64Array {
  for (let g = 0; g < starts.length; g++) out.set(blocks[g], starts[g]);
  return out;
}

/**
 * Gershgorin enclosure of the spectrum: every eigenvalue lies in ∪_r [d_r − R_r, d_r + R_r] with R_r the
 * off-diagonal absolute row sum (row sums of |C_g| for group g, column sums of |C_{g−1}| from below).
 *
 * @remarks A guaranteed enclosure, as a Chebyshev expansion needs; for random blocks it is ≈ 2× wider
 * than the true spread (the chain propagator uses verified Lanczos bounds instead).
 */
export function gershgorinBounds(op: BlockTridiagonalOperator): { min: number; max: number } {
  const radius = new Float64Array(op.dim);
  const G = op.groups.length - 1;
  for (let g = 0; g < G - 1; g++) {
    const top = op.groups[g];
    const bot = op.groups[g + 1];
    const rows = bot - top;
    const cols = op.groups[g + 2] - bot;
    const base = op.blockStart[g];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const a = Math.hypot(op.blockRe[base + i * cols + j], op.blockIm[base + i * cols + j]);
        radius[top + i] += a;
        radius[bot + j] += a;
      }
    }
  }
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < op.dim; r++) {
    min = Math.min(min, op.diagonal[r] - radius[r]);
    max = Math.max(max, op.diagonal[r] + radius[r]);
  }
  // one relative rounding per summed term: widen by dim·ε·(max|d ± R| + 1)
  const slack = op.dim * Number.EPSILON * (Math.max(Math.abs(min), Math.abs(max)) + 1);
  return { min: min - slack, max: max + slack };
}
