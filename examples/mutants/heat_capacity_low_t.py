#!/usr/bin/env python3
"""Mutant heat_capacity_low_t: below k_B T = DE/8 the heat capacity (50) switches to its "low-T limit"
c = n x^2 e^{-x}, dropping the 1/(1 + n e^{-x})^2 (a factor ~1.4 at the switch for n = 500, -> 1 as
T -> 0). transport.heatCapacity only: kappaTh (48) still uses the exact ln c, so kappa_th != kappa c."""
import numpy as np

import _mutant
from hamnp import thermal

_heat_capacity = thermal.heat_capacity


def heat_capacity(n, gap, T):
    x = gap / T
    low = np.exp(np.log(n) - x + 2 * np.log(x))
    return np.where(T < gap / 8, low, _heat_capacity(n, gap, T))


thermal.heat_capacity = heat_capacity
_mutant.run('heat_capacity_low_t')
