#!/usr/bin/env python3
"""hamcheck conformance protocol v1 adapter for the independent NumPy implementation in hamnp/.

Run:  hamcheck verify --impl "python3 examples/numpy/adapter.py"

JSON Lines on stdin/stdout, one object per line, flushed after each; diagnostics only on stderr.
  {"cmd":"hello",...}        -> {"protocol":1,"implementation":{...},"capabilities":[...],"accuracy":{...}}
  {"seq":s,"cmd":c,"args":a} -> {"seq":s,"result":{...}}  or  {"seq":s,"errored":{"message":"..."}}
  {"cmd":"stop"} or EOF      -> exit 0
A bad request never ends the process: it becomes an `errored` answer (or, with no seq to echo, a
line on stderr).
"""
import json
import os
import sys
import traceback

# One BLAS thread unless the caller chose otherwise: hamcheck sends one request at a time and usually
# runs next to other work, and an oversubscribed multi-threaded OpenBLAS eigh was measured 10x slower
# than a single thread on a loaded 2-core machine. Must be set before NumPy is imported.
for _var in ('OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS', 'MKL_NUM_THREADS'):
    os.environ.setdefault(_var, '1')

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from hamnp import capabilities  # noqa: E402

PROTOCOL = 1
NAME = 'hamcheck-numpy-example'
VERSION = '1.0.0'

# Claimed accuracy per capability (absolute for populations, relative for closed forms), each one
# measured by test_adapter.py against an independent method with a margin (see the README):
ACCURACY = {
    'model.build': 1e-14,            # level grid: three roundings of values ~ gap
    'model.kappa': 1e-14,            # four roundings
    'model.criteria': 1e-14,         # three roundings
    'ham.populations': 1e-13,        # eigh of the N x N rate matrix, N <= a few tens
    'exact.populations': 1e-11,      # dense eigh; measured <= 4e-15 vs expm at t = 20/kappa, N n = 600
    'dyson.operators': 1e-12,        # Van Loan expm; measured <= 1e-14 of max|entry| vs quadrature
    'dyson.bondTraces': 1e-13,       # sum of positive terms
    'transport.heatCapacity': 1e-12,  # exp of a log up to ~1e3 in size: relative error ~ 1e3 eps
    'transport.kappaTh': 1e-12,
    'ham.graphPopulations': 1e-13,   # eigh of the symmetrized N x N generator, rates within a factor ~10
}


def hello_reply(name, version, accuracy):
    return {'protocol': PROTOCOL,
            'implementation': {'name': name, 'version': version, 'language': 'python'},
            'capabilities': list(capabilities.HANDLERS),
            'accuracy': dict(accuracy)}


_label = NAME  # the implementation name in stderr diagnostics (a mutant's own, once main runs)


def encode(obj):
    """One protocol line: compact JSON, shortest round-trip floats (repr), NaN/Infinity refused."""
    return json.dumps(obj, allow_nan=False, separators=(',', ':'))


def answer(request):
    """The response line (JSON text) to one capability request; never raises."""
    seq = request.get('seq')
    cmd = request.get('cmd')
    try:
        handler_name = capabilities.HANDLERS.get(cmd)
        if handler_name is None:
            raise ValueError(f'unknown capability {cmd!r} (this adapter speaks {", ".join(capabilities.HANDLERS)})')
        result = getattr(capabilities, handler_name)(request.get('args'))
        # Encoding inside the try: a NaN/Infinity becomes an errored answer, not an invalid line.
        return encode({'seq': seq, 'result': result})
    except Exception as e:  # one bad request must not end the run
        print(f'[{_label}] seq {seq} {cmd}: {type(e).__name__}: {e}', file=sys.stderr)
        if not isinstance(e, ValueError):
            traceback.print_exc(file=sys.stderr)
        return encode({'seq': seq, 'errored': {'message': f'{type(e).__name__}: {e}'}})


def write(out, line):
    out.write(line + '\n')
    out.flush()


def main(name=NAME, version=VERSION, accuracy=None, stdin=None, stdout=None):
    """Serve protocol v1 until stop or EOF; returns the exit status (0)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    global _label
    _label = name
    claims = ACCURACY if accuracy is None else accuracy
    while True:
        line = stdin.readline()
        if not line:
            return 0
        if not line.strip():
            continue
        try:
            msg = json.loads(line)
        except ValueError as e:
            print(f'[{name}] not JSON, ignored ({e}): {line[:200]!r}', file=sys.stderr)
            continue
        if not isinstance(msg, dict):
            print(f'[{name}] not a JSON object, ignored: {line[:200]!r}', file=sys.stderr)
            continue
        cmd = msg.get('cmd')
        if cmd == 'stop':
            return 0
        if cmd == 'hello':
            if msg.get('protocol') != PROTOCOL:
                print(f'[{name}] hamcheck asks for protocol {msg.get("protocol")!r}; this adapter speaks {PROTOCOL}',
                      file=sys.stderr)
            write(stdout, encode(hello_reply(name, version, claims)))
            continue
        if 'seq' not in msg:
            print(f'[{name}] request without seq, ignored: {line[:200]!r}', file=sys.stderr)
            continue
        write(stdout, answer(msg))


if __name__ == '__main__':
    try:
        sys.exit(main())
    except (BrokenPipeError, KeyboardInterrupt):
        sys.exit(0)
