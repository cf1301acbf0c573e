"""Validation of request fields: every bad input becomes an InputError naming the field and the
allowed range, raised before any computation (the adapter turns it into an `errored` answer)."""
import math

import numpy as np


class InputError(ValueError):
    """A request field outside its allowed range."""

    def __init__(self, field, allowed, got):
        text = repr(got)
        if len(text) > 80:
            text = text[:77] + '...'
        super().__init__(f'{field} must be {allowed} (got {text})')
        self.field = field


def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def require(obj, key, path):
    """obj[key], or InputError when obj is not an object or lacks the key."""
    if not isinstance(obj, dict):
        raise InputError(path or 'args', 'an object', obj)
    if key not in obj:
        raise InputError(f'{path}.{key}' if path else key, 'present', None)
    return obj[key]


def finite(x, field):
    if not _is_number(x) or not math.isfinite(x):
        raise InputError(field, 'a finite number', x)
    return float(x)


def positive(x, field):
    v = finite(x, field)
    if not v > 0:
        raise InputError(field, 'a finite number > 0', x)
    return v


def non_negative(x, field):
    v = finite(x, field)
    if v < 0:
        raise InputError(field, 'a finite number >= 0', x)
    return v


def integer(x, field, lo, hi=None):
    ok = _is_number(x) and math.isfinite(x) and float(x) == int(x) and int(x) >= lo
    if ok and hi is not None:
        ok = int(x) <= hi
    if not ok:
        allowed = f'an integer >= {lo}' if hi is None else f'an integer in {lo} ... {hi}'
        raise InputError(field, allowed, x)
    return int(x)


def number_array(x, field, length=None, min_length=0):
    """A list of finite numbers as float64, optionally of an exact length."""
    if not isinstance(x, list) or not all(_is_number(v) for v in x):
        raise InputError(field, 'an array of numbers', x)
    a = np.asarray(x, dtype=np.float64)
    if length is not None and a.size != length:
        raise InputError(field, f'an array of {length} numbers', f'{a.size} numbers')
    if a.size < min_length:
        raise InputError(field, f'an array of at least {min_length} numbers', f'{a.size} numbers')
    if not np.all(np.isfinite(a)):
        raise InputError(field, 'an array of finite numbers', x)
    return a


def ensemble(x, field):
    if x not in ('GUE', 'GOE'):
        raise InputError(field, '"GUE" or "GOE"', x)
    return x


def graph(x, field):
    """A general model's parameters (PROTOCOL.md, wireGraph): N >= 2 sites {levels, bandWidth}, bonds
    {sites: [mu, nu], coupling} between distinct sites 1 ... N, connected."""
    if not isinstance(x, dict):
        raise InputError(field, 'an object {topology, sites, bonds, gap}', x)
    sites = require(x, 'sites', field)
    if not isinstance(sites, list) or len(sites) < 2:
        raise InputError(f'{field}.sites', 'an array of at least 2 sites', sites)
    out_sites = []
    for i, s in enumerate(sites):
        f = f'{field}.sites[{i}]'
        out_sites.append({'levels': integer(require(s, 'levels', f), f'{f}.levels', 1),
                          'bandWidth': positive(require(s, 'bandWidth', f), f'{f}.bandWidth')})
    N = len(out_sites)
    bonds = require(x, 'bonds', field)
    if not isinstance(bonds, list) or len(bonds) < 1:
        raise InputError(f'{field}.bonds', 'an array of at least 1 bond', bonds)
    out_bonds = []
    reach = {0}
    for i, b in enumerate(bonds):
        f = f'{field}.bonds[{i}]'
        pair = require(b, 'sites', f)
        if not isinstance(pair, list) or len(pair) != 2:
            raise InputError(f'{f}.sites', f'a pair [mu, nu] of sites 1 ... {N}', pair)
        mu, nu = integer(pair[0], f'{f}.sites[0]', 1, N), integer(pair[1], f'{f}.sites[1]', 1, N)
        if mu == nu:
            raise InputError(f'{f}.sites', 'two distinct sites', pair)
        out_bonds.append({'sites': [mu, nu], 'coupling': non_negative(require(b, 'coupling', f), f'{f}.coupling')})
    for _ in range(N):
        for b in out_bonds:
            a, c = b['sites'][0] - 1, b['sites'][1] - 1
            if a in reach or c in reach:
                reach |= {a, c}
    if len(reach) != N:
        raise InputError(f'{field}.bonds', 'a connected graph', f'{N - len(reach)} site(s) unreachable from site 1')
    return {'sites': out_sites, 'bonds': out_bonds}
