"""Exact Schroedinger populations (11): P_mu(t) = sum_k |psi_{mu,k}(t)|^2, psi(t) = exp(-iHt) psi(0)."""
import numpy as np

from . import chain as chain_mod


def populations(chain, psi0, times):
    """P_mu(t) for every t (any order, any sign), shape (len(times), N), by one dense eigh of H.

    H is shifted by the centre c of its diagonal before eigh: exp(-iHt) = exp(-ict) exp(-i(H - c)t)
    and the global phase drops out of |psi|^2, while the eigenvalue rounding (~eps ||H - c||) that
    turns into a phase error ~eps ||H - c|| t is then set by the band width, not by the gap.
    """
    N, n = chain.sites, chain.levels
    H = chain_mod.hamiltonian(chain)
    diag = chain.energies.reshape(-1)
    c = 0.5 * (diag.min() + diag.max())
    H -= c * np.eye(H.shape[0])
    w, W = np.linalg.eigh(H)
    amp = W.conj().T @ psi0
    phases = np.exp(-1j * np.outer(w, times))
    psi_t = W @ (phases * amp[:, None])
    prob = (psi_t.real ** 2 + psi_t.imag ** 2).reshape(N, n, len(times))
    return prob.sum(axis=1).T
