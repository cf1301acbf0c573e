"""Peer: dense diagonalization with numpy.linalg.eigh, then propagation in the eigenbasis.

psi(t) = V exp(-i (E - gap) t) V^dagger psi(0) for all output times at once: one (Nn x Nn) @ (Nn x T)
matrix product. The gap is subtracted from the diagonal first (a global phase, invisible in the
populations), which keeps the phases (E - gap) t small and accurate at t ~ 5/kappa.

Usage: python3 numpy_eigh.py MODEL_DUMP.json TIMES.json OUT.json  (see peer_common.py)
"""

import sys

import peer_common as pc


def main(argv):
    dump_path, times_path, out_path = pc.parse_args(argv)
    try:
        import numpy as np
    except ImportError:
        pc.fail(pc.EXIT_UNAVAILABLE, "numpy not available")
    dump, times = pc.load_inputs(dump_path, times_path)

    start = pc.clock()
    n_sites, n = dump["sites"], dump["levelsPerSite"]
    energies, blocks, psi0 = pc.arrays(dump, np)
    h = pc.dense_hamiltonian(energies, blocks, n, np, shift=float(dump["gap"]))
    evals, evecs = np.linalg.eigh(h)
    coeff = evecs.conj().T @ psi0  # psi0 in the eigenbasis
    t = np.asarray(times, dtype=np.float64)
    phases = np.exp(-1j * np.outer(evals, t))  # (dim, T)
    states = evecs @ (phases * coeff[:, None])  # (dim, T): one matrix product for all times
    populations = pc.site_populations(states, n_sites, n, np)
    seconds = pc.clock() - start

    pc.write_output(out_path, "numpy_eigh", "numpy %s" % np.__version__, populations, seconds)


if __name__ == "__main__":
    main(sys.argv)
