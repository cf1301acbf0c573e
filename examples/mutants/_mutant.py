"""Shared runner of the mutants: each mutant file patches ONE function of the NumPy implementation
(examples/numpy/hamnp) and then serves protocol v1 through the unchanged adapter, so the transport is
correct and only the physics or numerics is wrong."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'numpy'))

import adapter  # noqa: E402,F401  (also puts hamnp on the path)
import hamnp  # noqa: E402,F401


def run(name, accuracy=None):
    """Serve protocol v1 as implementation `hamcheck-numpy-mutant-<name>`; exits with the adapter's status."""
    claims = dict(adapter.ACCURACY)
    claims.update(accuracy or {})
    try:
        sys.exit(adapter.main(name=f'hamcheck-numpy-mutant-{name}', accuracy=claims))
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(0)
