"""The single-band chain model of Fig. 1 (eqs. 3, 6, 7): N subunits, each a ground state and a band of
n levels of width de at the gap DE; next-neighbour couplings lam*v with E|v_ij|^2 = 1.

Single-excitation basis |mu, k> at index (mu-1)*n + k (mu 1-based, k 0-based); hbar = 1.
"""
from dataclasses import dataclass

import numpy as np

from . import fields


@dataclass
class Params:
    """The model parameters as they travel in a request."""
    sites: int
    levels: int
    bandWidth: float
    gap: float
    coupling: float
    ensemble: str
    seed: int


@dataclass
class Chain:
    """Explicit arrays: energies (N, n) and the N-1 upper coupling blocks <mu|H|mu+1> (n, n), lam included."""
    energies: np.ndarray
    blocks: list

    @property
    def sites(self):
        return self.energies.shape[0]

    @property
    def levels(self):
        return self.energies.shape[1]


def params(m, path='model'):
    """Validated model parameters of a request's `model` object."""
    g = lambda key: fields.require(m, key, path)
    return Params(
        sites=fields.integer(g('sites'), f'{path}.sites', 1),
        levels=fields.integer(g('levels'), f'{path}.levels', 1),
        bandWidth=fields.positive(g('bandWidth'), f'{path}.bandWidth'),
        gap=fields.finite(g('gap'), f'{path}.gap'),
        coupling=fields.non_negative(g('coupling'), f'{path}.coupling'),
        ensemble=fields.ensemble(g('ensemble'), f'{path}.ensemble'),
        seed=fields.integer(g('seed'), f'{path}.seed', 0),
    )


def band_levels(n, band_width, gap):
    """E_k = DE - de/2 + (k + 1/2) de/n, k = 0 ... n-1: spacing de/n, centred on the gap."""
    k = np.arange(n, dtype=np.float64)
    return gap - band_width / 2 + (k + 0.5) * (band_width / n)


def coupling_matrix(rng, n, ens):
    """One n x n block v with independent entries, E v = 0, E|v|^2 = 1.

    GUE: v = (x + i y)/sqrt(2), x, y ~ N(0, 1); GOE: v = x real.
    """
    if ens == 'GUE':
        return (rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))) / np.sqrt(2.0)
    return rng.standard_normal((n, n)).astype(np.complex128)


def build(p):
    """This implementation's own seeded draw (NumPy default_rng(seed)); not hamcheck's stream."""
    rng = np.random.default_rng(p.seed)
    row = band_levels(p.levels, p.bandWidth, p.gap)
    energies = np.tile(row, (p.sites, 1))
    blocks = [p.coupling * coupling_matrix(rng, p.levels, p.ensemble) for _ in range(p.sites - 1)]
    return Chain(energies, blocks)


def explicit(m, path='model'):
    """The Chain of a request's model.explicit arrays (levels N x n, couplings N-1 blocks of n*n)."""
    p = params(m, path)
    N, n = p.sites, p.levels
    ex = fields.require(m, 'explicit', path)
    lv = fields.require(ex, 'levels', f'{path}.explicit')
    if not isinstance(lv, list) or len(lv) != N:
        raise fields.InputError(f'{path}.explicit.levels', f'an array of {N} arrays (one per site)', lv)
    energies = np.stack([fields.number_array(r, f'{path}.explicit.levels[{i}]', n) for i, r in enumerate(lv)])
    cp = fields.require(ex, 'couplings', f'{path}.explicit')
    if not isinstance(cp, list) or len(cp) != N - 1:
        raise fields.InputError(f'{path}.explicit.couplings', f'an array of {N - 1} blocks', cp)
    blocks = []
    for i, b in enumerate(cp):
        f = f'{path}.explicit.couplings[{i}]'
        re = fields.number_array(fields.require(b, 're', f), f'{f}.re', n * n)
        im = fields.number_array(fields.require(b, 'im', f), f'{f}.im', n * n)
        blocks.append((re + 1j * im).reshape(n, n))
    return Chain(energies, blocks)


def hamiltonian(chain):
    """Dense H (d x d, d = N n): diag(E) plus blocks B_mu at (mu, mu+1) and B_mu^dagger at (mu+1, mu)."""
    N, n = chain.sites, chain.levels
    H = np.diag(chain.energies.reshape(-1)).astype(np.complex128)
    for mu, B in enumerate(chain.blocks):
        a, b = mu * n, (mu + 1) * n
        H[a:a + n, b:b + n] = B
        H[b:b + n, a:a + n] = B.conj().T
    return H


def decay_constant(p):
    """kappa = 2 pi lam^2 n / (hbar de), eq. (27)."""
    return 2 * np.pi * p.coupling ** 2 * p.levels / p.bandWidth


def criteria(p):
    """c1 = lam n / de (>= 1/2) and c2 = lam^2 n / de^2 (<< 1), eq. (29)."""
    return p.coupling * p.levels / p.bandWidth, p.coupling ** 2 * p.levels / p.bandWidth ** 2
