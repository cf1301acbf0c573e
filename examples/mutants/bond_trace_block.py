#!/usr/bin/env python3
"""Mutant bond_trace_block: dyson.bondTraces returns the block trace Tr_mu{(U1)^2} of (23) for site mu
(the printed reading of (26), see the erratum) instead of the one-bond trace: right for mu = 1 (an end
site has one bond), wrong for every interior site, i.e. only for N >= 3."""
import _mutant
from hamnp import dyson

_bond_traces = dyson.bond_traces


def bond_traces(chain, tau):
    one = _bond_traces(chain, tau)
    return [one[mu] + (one[mu - 1] if mu > 0 else 0.0) for mu in range(len(one))]


dyson.bond_traces = bond_traces
_mutant.run('bond_trace_block')
