#!/usr/bin/env python3
"""Mutant level_no_half_shift: spacing de/n but no 1/2 shift, E_k = DE - de/2 + k de/n: the band is
off-centre by de/(2n). model.build only."""
import numpy as np

import _mutant
from hamnp import chain


def band_levels(n, band_width, gap):
    k = np.arange(n, dtype=np.float64)
    return gap - band_width / 2 + k * (band_width / n)


chain.band_levels = band_levels
_mutant.run('level_no_half_shift')
