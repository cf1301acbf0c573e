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
