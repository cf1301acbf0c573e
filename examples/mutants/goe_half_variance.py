#!/usr/bin/env python3
"""Mutant goe_half_variance: one scale lam/sqrt(2) applied to both ensembles (copied from the GUE
branch), so GOE couplings have E|v|^2 = 1/2. Wrong only for GOE. model.build only."""
import numpy as np

import _mutant
from hamnp import chain


def coupling_matrix(rng, n, ens):
    x = rng.standard_normal((n, n))
    if ens == 'GUE':
        return (x + 1j * rng.standard_normal((n, n))) / np.sqrt(2.0)
    return (x / np.sqrt(2.0)).astype(np.complex128)


chain.coupling_matrix = coupling_matrix
_mutant.run('goe_half_variance')
