"""Peer: scipy.sparse.linalg.expm_multiply on a sparse CSR H in the rotating frame.

A = -i (H - gap): subtracting the gap removes a global phase (invisible in the populations) and
shrinks the norm of A by ~40x, so expm_multiply needs far fewer Taylor terms. When the output times
are evenly spaced they are passed as start/stop/num (one call, expm_multiply's own time stepping);
otherwise psi is advanced interval by interval.

Usage: python3 scipy_expm_multiply.py MODEL_DUMP.json TIMES.json OUT.json  (see peer_common.py)
"""

import sys
import warnings

import peer_common as pc


def main(argv):
    dump_path, times_path, out_path = pc.parse_args(argv)
    try:
        import numpy as np
        import scipy
        import scipy.sparse as sp
        from scipy.sparse.linalg import expm_multiply
    except ImportError:
        pc.fail(pc.EXIT_UNAVAILABLE, "scipy not available")
    dump, times = pc.load_inputs(dump_path, times_path)

    start = pc.clock()
    n_sites, n = dump["sites"], dump["levelsPerSite"]
    energies, blocks, psi0 = pc.arrays(dump, np)
    h = pc.sparse_hamiltonian(energies, blocks, n, sp, np, shift=float(dump["gap"]))
    a = (-1j) * h
    a = a.tocsr()
    with warnings.catch_warnings():
        # expm_multiply warns that the trace of A is complex-valued when it estimates its shift;
        # the shift is only an optimization, the result is exact either way.
        warnings.simplefilter("ignore")
        if pc.evenly_spaced(times):
            psi_start = psi0 if times[0] == 0 else expm_multiply(a * times[0], psi0)
            states = expm_multiply(
                a, psi_start, start=0.0, stop=times[-1] - times[0], num=len(times), endpoint=True
            ).T  # (dim, T)
        else:
            states = np.empty((psi0.size, len(times)), dtype=np.complex128)
            psi, t_prev = psi0, 0.0
            for j, t in enumerate(times):
                if t != t_prev:
                    psi = expm_multiply(a * (t - t_prev), psi)
                states[:, j] = psi
                t_prev = t
    populations = pc.site_populations(states, n_sites, n, np)
    seconds = pc.clock() - start

    version = "scipy %s, numpy %s" % (scipy.__version__, np.__version__)
    pc.write_output(out_path, "scipy_expm_multiply", version, populations, seconds)


if __name__ == "__main__":
    main(sys.argv)
