#!/usr/bin/env python3
"""Mutant u2_phase_sign: U2 (10) built with the interaction picture of the wrong sign,
V(t) = exp(-iH0 t) V exp(+iH0 t), while U1 (9) keeps the right one; U2 + U2^dagger != U1^2."""
import _mutant
from hamnp import dyson

_two_hop = dyson.two_hop


def two_hop(E1, E2, E3, B1, B2, tau):
    return _two_hop(-E1, -E2, -E3, B1, B2, tau)


dyson.two_hop = two_hop
_mutant.run('u2_phase_sign')
