/** The smallest output-state budget: small models keep all their states in one pass. */
const STATE_BUDGET_FLOOR_BYTES = 64 * 2 ** 20;

/** Fraction of the coupling blocks' bytes the output states may take beyond the floor. */
const STATE_BUDGET_FRACTION = 0.25;

/**
 * How many output states ψ(t_j) (16·dim bytes each) the Chebyshev propagator holds at once: those that
 * fit max(64 MiB, ¼ of the blocks' 16·entries bytes), at least one.
 *
 * @remarks
 * The states, not the Hamiltonian, would dominate a long chain: 201 times at N = 1000, n = 500 are
 * 1.6 GB beside 4 GB of blocks. Capped at a quarter of the blocks, the propagation's peak memory stays
 * ≈ 1.25× the Hamiltonian plus the runtime (issue 10's target is 1.3× + 150 MB); more times than fit
 * are served in further passes ({@link chebyshevInPasses}), each recomputing the recurrence up to its
 * own largest order, with results unchanged bit for bit.
 */
export function chebyshevStatesPerPass(dim: number, blockEntries: number): number {
  const budget = Math.max(STATE_BUDGET_FLOOR_BYTES, STATE_BUDGET_FRACTION * 16 * blockEntries);
  return Math.max(1, Math.floor(budget / (16 * Math.max(1, dim))));
}
