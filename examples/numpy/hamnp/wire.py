"""NumPy arrays <-> protocol v1 JSON shapes (plain lists of Python floats: json prints them shortest
round-trip; NaN and Infinity are refused at serialization time by allow_nan=False)."""
import numpy as np

from . import fields


def matrix(M):
    """A dense complex matrix as {"rows", "cols", "re", "im"}, row-major."""
    M = np.asarray(M)
    return {'rows': int(M.shape[0]), 'cols': int(M.shape[1]),
            're': np.real(M).ravel().tolist(), 'im': np.imag(M).ravel().tolist()}


def vector_in(v, field, length):
    """A complex vector from {"re": [...], "im": [...]} of the given length."""
    re = fields.number_array(fields.require(v, 're', field), f'{field}.re', length)
    im = fields.number_array(fields.require(v, 'im', field), f'{field}.im', length)
    return re + 1j * im


def rows(A):
    """A 2-D real array as a list of lists of Python floats."""
    return np.asarray(A, dtype=np.float64).tolist()
