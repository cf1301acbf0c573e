#!/usr/bin/env python3
"""Mutant gue_no_sqrt2: GUE couplings v = x + i y without the 1/sqrt(2), so E|v|^2 = 2 and every GUE
model relaxes twice as fast as kappa (27) says. GOE is right. model.build only."""
import numpy as np

import _mutant
from hamnp import chain


def coupling_matrix(rng, n, ens):
    if ens == 'GUE':
        return rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))
    return rng.standard_normal((n, n)).astype(np.complex128)


chain.coupling_matrix = coupling_matrix
_mutant.run('gue_no_sqrt2')
