#!/usr/bin/env python3
"""Mutant level_spacing: the band grid with spacing de/(n-1), levels from band edge to band edge
(E_k = DE - de/2 + k de/(n-1)), instead of de/n with the 1/2 shift. model.build only."""
import numpy as np

import _mutant
from hamnp import chain


def band_levels(n, band_width, gap):
    if n == 1:
        return np.array([float(gap)])
    k = np.arange(n, dtype=np.float64)
    return gap - band_width / 2 + k * (band_width / (n - 1))


chain.band_levels = band_levels
_mutant.run('level_spacing')
