#!/usr/bin/env python3
"""Mutant unsorted_times: ham.populations sorts the time grid (to step through it) and returns the rows
in sorted order, not in the order asked for. Right for sorted grids, wrong for unsorted ones."""
import numpy as np

import _mutant
from hamnp import rates

_populations = rates.populations


def populations(p0, kappa, times):
    return _populations(p0, kappa, np.sort(times))


rates.populations = populations
_mutant.run('unsorted_times')
