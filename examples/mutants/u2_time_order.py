#!/usr/bin/env python3
"""Mutant u2_time_order: U2 (10) with the time order reversed, int dt' int_0^t' dt'' V(t'') V(t')
(the earlier coupling on the left) = U2^dagger. U2 + U2^dagger = U1^2 and the block structure (16) still
hold; the second-order truncation (8) does not."""
import _mutant
from hamnp import dyson

_second_order = dyson.second_order


def second_order(chain, tau):
    diag, off = _second_order(chain, tau)
    return diag.conj().T, off.conj().T


dyson.second_order = second_order
_mutant.run('u2_time_order')
