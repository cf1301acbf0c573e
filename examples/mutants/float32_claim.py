#!/usr/bin/env python3
"""Mutant float32_claim: exact.populations computed in single precision (complex64 eigh and products)
while the hello claims an accuracy of 1e-12: the answers are good to ~1e-6, the claim is not met."""
import numpy as np

import _mutant
from hamnp import chain as chain_mod
from hamnp import exact


def populations(chain, psi0, times):
    N, n = chain.sites, chain.levels
    H = chain_mod.hamiltonian(chain).astype(np.complex64)
    H -= np.complex64(1.0) * np.eye(N * n, dtype=np.complex64)
    w, W = np.linalg.eigh(H)
    amp = W.conj().T @ psi0.astype(np.complex64)
    psi_t = W @ (np.exp(-1j * np.outer(w, np.asarray(times, np.float32))).astype(np.complex64) * amp[:, None])
    return (np.abs(psi_t) ** 2).reshape(N, n, len(times)).sum(axis=1).T.astype(np.float64)


exact.populations = populations
_mutant.run('float32_claim', accuracy={'exact.populations': 1e-12})
