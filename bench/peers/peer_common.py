"""Shared plumbing of the benchmark peers (bench/peers/*.py).

Contract of every peer: ``python3 PEER.py MODEL_DUMP.json TIMES.json OUT.json``

* MODEL_DUMP.json -- a ``hamcheck-model/1`` dump (src/model/dumpModel.ts): ``levels`` (N arrays of n
  energies), ``couplings`` (N-1 blocks <mu|H|mu+1>, row-major n x n as {re, im}, lambda included),
  ``initial`` (psi(0) as {re, im}, length N*n, basis index mu*n + k), ``gap``.
* TIMES.json -- a JSON array of times in units of hbar/DeltaE.
* OUT.json -- ``{"peer", "version", "populations": [[P_1..P_N] per time], "seconds"}`` where
  ``seconds`` is compute time only: from after loading the JSON to before writing the output.

Exit codes: 0 success, 2 bad input, 3 the peer's library is not available.
"""

import json
import os
import sys
import time

EXIT_BAD_INPUT = 2
EXIT_UNAVAILABLE = 3


def fail(code, message):
    sys.stderr.write(message.rstrip("\n") + "\n")
    sys.exit(code)


def parse_args(argv):
    if len(argv) != 4:
        fail(EXIT_BAD_INPUT, "usage: python3 %s MODEL_DUMP.json TIMES.json OUT.json" % os.path.basename(argv[0]))
    return argv[1], argv[2], argv[3]


def load_inputs(dump_path, times_path):
    """Reads the dump and the times as plain Python data (no NumPy needed here)."""
    with open(dump_path, "r", encoding="utf-8") as f:
        dump = json.load(f)
    with open(times_path, "r", encoding="utf-8") as f:
        times = json.load(f)
    if not isinstance(dump, dict) or dump.get("format") != "hamcheck-model/1":
        fail(EXIT_BAD_INPUT, "%s: not a hamcheck-model/1 dump" % dump_path)
    if not isinstance(times, list) or not times or not all(isinstance(t, (int, float)) for t in times):
        fail(EXIT_BAD_INPUT, "%s: expected a non-empty JSON array of numbers" % times_path)
    n_sites = dump["sites"]
    n = dump["levelsPerSite"]
    if len(dump["levels"]) != n_sites or any(len(row) != n for row in dump["levels"]):
        fail(EXIT_BAD_INPUT, "%s: levels must be %d arrays of %d energies" % (dump_path, n_sites, n))
    if len(dump["couplings"]) != n_sites - 1 or any(
        len(b["re"]) != n * n or len(b["im"]) != n * n for b in dump["couplings"]
    ):
        fail(EXIT_BAD_INPUT, "%s: couplings must be %d blocks of %d x %d" % (dump_path, n_sites - 1, n, n))
    if len(dump["initial"]["re"]) != n_sites * n or len(dump["initial"]["im"]) != n_sites * n:
        fail(EXIT_BAD_INPUT, "%s: initial must have length N*n = %d" % (dump_path, n_sites * n))
    return dump, [float(t) for t in times]


def arrays(dump, np):
    """(energies[N*n], blocks[list of complex n x n], psi0[N*n] complex), psi0 normalized."""
    energies = np.asarray(dump["levels"], dtype=np.float64).reshape(-1)
    n = dump["levelsPerSite"]
    blocks = [
        (np.asarray(b["re"], dtype=np.float64) + 1j * np.asarray(b["im"], dtype=np.float64)).reshape(n, n)
        for b in dump["couplings"]
    ]
    psi0 = np.asarray(dump["initial"]["re"], dtype=np.float64) + 1j * np.asarray(dump["initial"]["im"], dtype=np.float64)
    psi0 = psi0 / np.linalg.norm(psi0)
    return energies, blocks, psi0


def dense_hamiltonian(energies, blocks, n, np, shift=0.0):
    """Dense H - shift: diagonal = levels, block (mu, mu+1) = couplings[mu], block (mu+1, mu) = its adjoint."""
    dim = energies.size
    h = np.zeros((dim, dim), dtype=np.complex128)
    h[np.arange(dim), np.arange(dim)] = energies - shift
    for mu, b in enumerate(blocks):
        r, c = mu * n, (mu + 1) * n
        h[r : r + n, c : c + n] = b
        h[c : c + n, r : r + n] = b.conj().T
    return h


def sparse_hamiltonian(energies, blocks, n, sp, np, shift=0.0):
    """The same H - shift as a SciPy CSR matrix."""
    n_sites = energies.size // n
    grid = [[None] * n_sites for _ in range(n_sites)]
    for mu in range(n_sites):
        grid[mu][mu] = sp.diags(energies[mu * n : (mu + 1) * n] - shift, format="csr")
    for mu, b in enumerate(blocks):
        grid[mu][mu + 1] = sp.csr_matrix(b)
        grid[mu + 1][mu] = sp.csr_matrix(b.conj().T)
    return sp.bmat(grid, format="csr", dtype=np.complex128)


def site_populations(states, n_sites, n, np):
    """states: (N*n, T) complex -> list over time of [P_1..P_N] (sum over each site's band)."""
    prob = (states.real ** 2 + states.imag ** 2).reshape(n_sites, n, -1).sum(axis=1)  # (N, T)
    return prob.T.tolist()


def evenly_spaced(times, rel_tol=1e-12):
    """True when times[j] == times[0] + j*h to rel_tol * max|t| (and there are >= 2 of them, increasing)."""
    if len(times) < 2:
        return False
    h = (times[-1] - times[0]) / (len(times) - 1)
    if not h > 0:
        return False
    scale = max(abs(times[0]), abs(times[-1]))
    return all(abs(t - (times[0] + j * h)) <= rel_tol * scale for j, t in enumerate(times))


def write_output(out_path, peer, version, populations, seconds):
    """Writes OUT.json atomically (temp file + rename), so a reader never sees half a file."""
    payload = {"peer": peer, "version": version, "populations": populations, "seconds": seconds}
    tmp = "%s.tmp-%d" % (out_path, os.getpid())
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(payload, f, allow_nan=True)
    os.replace(tmp, out_path)


def clock():
    return time.perf_counter()
