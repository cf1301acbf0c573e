#!/usr/bin/env python3
"""Mutant kappa_no_2pi: the decay constant (27) without its 2 pi, kappa = lam^2 n / de
(the golden-rule prefactor forgotten). Only model.kappa is wrong."""
import _mutant
from hamnp import chain


def decay_constant(p):
    return p.coupling ** 2 * p.levels / p.bandWidth


chain.decay_constant = decay_constant
_mutant.run('kappa_no_2pi')
