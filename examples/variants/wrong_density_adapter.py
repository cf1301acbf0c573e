#!/usr/bin/env python3
"""The wrong-density variant (wrongDensity.ts) as an external program: the NumPy adapter with
ham.graphPopulations patched to rates kappa_mn = 2 pi lambda^2 rho_m, the density of the INITIAL site instead
of the final one. `hamcheck variant --impl "python3 examples/variants/wrong_density_adapter.py"
--family examples/variants/disorderedChain.ts` must reject it (exit 1): its equilibrium is P ~ 1/rho."""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'numpy'))

import adapter  # noqa: E402  (also puts hamnp on the path)
from hamnp import rates  # noqa: E402


def graph_rate_matrix(model):
    rho = np.array([s['levels'] / s['bandWidth'] for s in model['sites']], dtype=float)
    N = rho.size
    M = np.zeros((N, N))
    for b in model['bonds']:
        mu, nu = b['sites'][0] - 1, b['sites'][1] - 1
        g = 2 * np.pi * b['coupling'] ** 2
        M[nu, mu] += g * rho[mu]  # WRONG: mu -> nu at the initial site's density
        M[mu, nu] += g * rho[nu]
    M -= np.diag(M.sum(axis=0))
    # detailed balance of these rates holds with 1/rho in place of rho, so the symmetrization uses 1/rho
    return M, 1.0 / rho


rates.graph_rate_matrix = graph_rate_matrix
if __name__ == '__main__':
    try:
        sys.exit(adapter.main(name='wrong-density-adapter'))
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(0)
