#!/usr/bin/env python3
"""Mutant criteria_c2_n2: the second criterion (29) with n^2, c2 = lam^2 n^2 / de^2 (= c1^2). model.criteria only."""
import _mutant
from hamnp import chain


def criteria(p):
    return p.coupling * p.levels / p.bandWidth, (p.coupling * p.levels / p.bandWidth) ** 2


chain.criteria = criteria
_mutant.run('criteria_c2_n2')
