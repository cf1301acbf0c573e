"""Single-band thermal formulas of Sec. VIII (k_B = 1, energies and temperatures in the gap's unit):

  c = n e^{-x} / (1 + n e^{-x})^2 x^2,   x = DE / k_B T            (50)
  kappa_th = kappa c,  kappa = 2 pi lam^2 n / de                  (48) = (51)
"""
import numpy as np


def log_heat_capacity(n, gap, T):
    """ln c of (50) for an array of T > 0, with y = ln n - x:

    n e^{-x}/(1 + n e^{-x})^2 = e^{y - 2 ln(1 + e^y)}, and ln(1 + e^y) = logaddexp(0, y) never
    overflows (high T: y -> ln n) nor underflows to a lost digit (low T: y -> -x, e^y tiny).
    """
    x = gap / T
    y = np.log(n) - x
    return y - 2 * np.logaddexp(0.0, y) + 2 * np.log(x)


def heat_capacity(n, gap, T):
    """c(T) of (50); underflows gracefully to 0 below ~1e-308 (k_B T << gap / 700)."""
    return np.exp(log_heat_capacity(n, gap, T))


def kappa_th(n, band_width, coupling, gap, T):
    """kappa_th(T) of (48), formed as exp(ln kappa + ln c) so that it underflows only once."""
    if coupling == 0:
        return np.zeros_like(T)
    log_kappa = np.log(2 * np.pi * n / band_width) + 2 * np.log(coupling)
    return np.exp(log_kappa + log_heat_capacity(n, gap, T))
