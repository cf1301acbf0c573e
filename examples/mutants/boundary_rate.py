#!/usr/bin/env python3
"""Mutant boundary_rate: the chain ends of (30)/(32) decay with 2 kappa like the interior sites (31),
dP_1/dt = -kappa (2 P_1 - P_2): the rate matrix of a chain with phantom neighbours beyond the ends."""
import numpy as np

import _mutant
from hamnp import rates


def rate_matrix(N):
    L = 2.0 * np.eye(N)
    for mu in range(N - 1):
        L[mu, mu + 1] = L[mu + 1, mu] = -1
    return L


rates.rate_matrix = rate_matrix
_mutant.run('boundary_rate')
