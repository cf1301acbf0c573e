"""Peer (F4 ensemble): P_1(t) for many initial states in band 1, by numpy.linalg.eigh, batched.

H = V diag(E) V^dagger once; with V_b the n rows of V in band 1 and z_s the band amplitudes of state s,
P_1(t) = || W(t) z_s ||^2 with W(t) = V_b exp(-i E t) V_b^dagger (the projected propagator
P_1 e^{-iHt} P_1). Per time it takes the cheaper of two orders, as hamcheck's bandPopulation does:
direct  psi_b(t) = (V_b e^{-iEt}) C, C = V_b^dagger Z   (n * D * S multiply-adds), or
W shortcut  W(t) Z                                      (n^2 * (D + S)),
each a single matrix product over all states (NumPy's batched BLAS).

Usage: python3 numpy_eigh_band_ensemble.py MODEL_DUMP.json TIMES.json STATES.json OUT.json
STATES.json = {"re": [[n amplitudes] per state], "im": [...]} (band 1, not renormalized).
OUT.json populations = [[P_1(t_0) .. P_1(t_{T-1})] per state].
"""

import json
import os
import sys

import peer_common as pc


def main(argv):
    if len(argv) != 5:
        pc.fail(pc.EXIT_BAD_INPUT, "usage: python3 %s MODEL_DUMP.json TIMES.json STATES.json OUT.json" % os.path.basename(argv[0]))
    dump_path, times_path, states_path, out_path = argv[1:]
    try:
        import numpy as np
    except ImportError:
        pc.fail(pc.EXIT_UNAVAILABLE, "numpy not available")
    dump, times = pc.load_inputs(dump_path, times_path)
    with open(states_path, "r", encoding="utf-8") as f:
        states = json.load(f)

    start = pc.clock()
    n = dump["levelsPerSite"]
    energies, blocks, _ = pc.arrays(dump, np)
    h = pc.dense_hamiltonian(energies, blocks, n, np, shift=float(dump["gap"]))
    evals, evecs = np.linalg.eigh(h)
    dim = evals.size
    z = (np.asarray(states["re"], dtype=np.float64) + 1j * np.asarray(states["im"], dtype=np.float64)).T  # (n, S)
    n_states = z.shape[1]
    vb = evecs[:n, :]  # (n, D)
    shortcut = n * n * (dim + n_states) < n * dim * n_states
    c = None if shortcut else vb.conj().T @ z  # (D, S)
    out = np.empty((n_states, len(times)))
    for j, t in enumerate(times):
        x = vb * np.exp(-1j * evals * t)[None, :]  # V_b e^{-iEt}
        psi = (x @ vb.conj().T) @ z if shortcut else x @ c  # (n, S)
        out[:, j] = (psi.real ** 2 + psi.imag ** 2).sum(axis=0)
    seconds = pc.clock() - start

    pc.write_output(out_path, "numpy_eigh_band_ensemble", "numpy %s" % np.__version__, out.tolist(), seconds)


if __name__ == "__main__":
    main(sys.argv)
