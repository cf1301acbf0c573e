#!/usr/bin/env python3
"""Mutant sparse_path_n4: exact.populations takes a sparse expm_multiply path for long chains (N >= 4)
whose lower blocks are B^T instead of B^dagger (a missing conjugate). Wrong only for N >= 4 with complex
(GUE) couplings: H is not Hermitian there and the norm is not conserved."""
import numpy as np
import scipy.sparse
import scipy.sparse.linalg

import _mutant
from hamnp import exact

_populations = exact.populations


def populations(chain, psi0, times):
    N, n = chain.sites, chain.levels
    if N < 4:
        return _populations(chain, psi0, times)
    blocks = [[None] * N for _ in range(N)]
    for mu in range(N):
        blocks[mu][mu] = scipy.sparse.diags(chain.energies[mu] - 1.0)
    for mu, B in enumerate(chain.blocks):
        blocks[mu][mu + 1] = scipy.sparse.csr_matrix(B)
        blocks[mu + 1][mu] = scipy.sparse.csr_matrix(B.T)
    H = scipy.sparse.bmat(blocks, format='csr').astype(np.complex128)
    out = []
    for t in times:
        psi = scipy.sparse.linalg.expm_multiply(-1j * t * H, psi0)
        out.append((np.abs(psi) ** 2).reshape(N, n).sum(axis=1))
    return np.array(out).reshape(len(times), N)


exact.populations = populations
_mutant.run('sparse_path_n4')
