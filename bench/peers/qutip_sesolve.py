"""Peer: QuTiP ``sesolve`` (ODE integration of the Schroedinger equation, zvode Adams).

H is a sparse CSR Qobj in the rotating frame (H - gap: a global phase, invisible in the populations,
which slows the fastest oscillation from ~DeltaE to ~delta_eps and so cuts the ODE steps ~40x).
Populations are QuTiP expectation values of the site projectors P_mu. Tolerances are QuTiP 4.7's
defaults (atol 1e-8, rtol 1e-6), what a user gets without tuning; nsteps is raised so long output
intervals do not stop the integrator.

QuTiP is often installed for a different interpreter than the ``python3`` on PATH (the Debian package
``python3-qutip`` installs for /usr/bin/python3). When ``import qutip`` fails here, this script looks
for an interpreter that has it -- $HAMCHECK_QUTIP_PYTHON, then /usr/bin/python3, /usr/local/bin/python3
-- and re-executes itself there (once). If none has it, it exits with code 3: "qutip not available".

Usage: python3 qutip_sesolve.py MODEL_DUMP.json TIMES.json OUT.json  (see peer_common.py)
"""

import importlib.util
import os
import subprocess
import sys

import peer_common as pc

REEXEC_FLAG = "HAMCHECK_QUTIP_REEXEC"
ATOL, RTOL, NSTEPS = 1e-8, 1e-6, 1_000_000


def candidate_pythons():
    env = os.environ.get("HAMCHECK_QUTIP_PYTHON")
    return [c for c in [env, "/usr/bin/python3", "/usr/local/bin/python3"] if c]


def has_qutip(python):
    probe = "import importlib.util, sys; sys.exit(0 if importlib.util.find_spec('qutip') else 1)"
    try:
        return subprocess.run([python, "-c", probe], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def ensure_qutip(argv):
    """Returns normally when qutip is importable here; otherwise re-executes or exits with code 3."""
    if importlib.util.find_spec("qutip") is not None:
        return
    tried = [sys.executable]
    if os.environ.get(REEXEC_FLAG) != "1":
        me = os.path.realpath(sys.executable)
        for cand in candidate_pythons():
            if not os.path.exists(cand) or os.path.realpath(cand) == me:
                continue
            tried.append(cand)
            if has_qutip(cand):
                env = dict(os.environ, **{REEXEC_FLAG: "1"})
                sys.stdout.flush()
                sys.stderr.flush()
                os.execve(cand, [cand, os.path.abspath(argv[0])] + argv[1:], env)
    pc.fail(pc.EXIT_UNAVAILABLE, "qutip not available (tried %s)" % ", ".join(tried))


def main(argv):
    dump_path, times_path, out_path = pc.parse_args(argv)
    ensure_qutip(argv)
    try:
        import numpy as np
        import scipy
        import scipy.sparse as sp
        import qutip
    except ImportError as e:
        pc.fail(pc.EXIT_UNAVAILABLE, "qutip not available (%s)" % e)
    dump, times = pc.load_inputs(dump_path, times_path)

    start = pc.clock()
    n_sites, n = dump["sites"], dump["levelsPerSite"]
    dim = n_sites * n
    energies, blocks, psi0 = pc.arrays(dump, np)
    h = pc.sparse_hamiltonian(energies, blocks, n, sp, np, shift=float(dump["gap"]))
    dims_op, dims_ket = [[dim], [dim]], [[dim], [1]]
    h_q = qutip.Qobj(h, dims=dims_op, isherm=True)
    psi_q = qutip.Qobj(psi0.reshape(dim, 1), dims=dims_ket)
    projectors = []
    for mu in range(n_sites):
        mask = np.zeros(dim)
        mask[mu * n : (mu + 1) * n] = 1.0
        projectors.append(qutip.Qobj(sp.diags(mask, format="csr", dtype=np.complex128), dims=dims_op, isherm=True))
    options = qutip.Options(atol=ATOL, rtol=RTOL, nsteps=NSTEPS)
    result = qutip.sesolve(h_q, psi_q, np.asarray(times, dtype=np.float64), e_ops=projectors, options=options)
    populations = np.real(np.vstack([np.asarray(e) for e in result.expect])).T.tolist()  # (T, N)
    seconds = pc.clock() - start

    version = "qutip %s (python %d.%d.%d %s), numpy %s, scipy %s; atol %g rtol %g" % (
        qutip.__version__, *sys.version_info[:3], sys.executable, np.__version__, scipy.__version__, ATOL, RTOL)
    pc.write_output(out_path, "qutip_sesolve", version, populations, seconds)


if __name__ == "__main__":
    main(sys.argv)
