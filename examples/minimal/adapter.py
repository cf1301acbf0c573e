#!/usr/bin/env python3
"""A minimal hamcheck protocol v1 adapter: model.kappa (27) and ham.populations (30)-(32) for N = 2.

Try it: hamcheck verify --impl "python3 examples/minimal/adapter.py"
"""
import json
import math
import sys


def kappa(args):  # (27): kappa = 2 pi lam^2 n / (hbar de)
    m = args['model']
    return {'kappa': 2 * math.pi * m['coupling'] ** 2 * m['levels'] / m['bandWidth']}


def ham_populations(args):  # (30), (32) for N = 2: the difference P1 - P2 decays with 2 kappa
    p1, p2 = args['p0']
    mean, half = (p1 + p2) / 2, (p1 - p2) / 2
    decay = [math.exp(-2 * args['kappa'] * t) for t in args['times']]
    return {'populations': [[mean + half * d, mean - half * d] for d in decay]}


HANDLERS = {'model.kappa': kappa, 'ham.populations': ham_populations}


def reply(obj):
    print(json.dumps(obj, allow_nan=False), flush=True)  # one line per message, flushed


for line in sys.stdin:
    if not line.strip():
        continue
    msg = json.loads(line)
    if msg['cmd'] == 'stop':
        break
    if msg['cmd'] == 'hello':
        reply({'protocol': 1, 'implementation': {'name': 'minimal', 'version': '0.1.0', 'language': 'python'},
               'capabilities': list(HANDLERS)})
    elif msg['cmd'] == 'ham.populations' and len(msg['args']['p0']) != 2:
        reply({'seq': msg['seq'], 'skipped': {'reason': 'this adapter solves N = 2 only'}})
    else:
        try:
            reply({'seq': msg['seq'], 'result': HANDLERS[msg['cmd']](msg['args'])})
        except Exception as e:  # a bad request is an answer, never a crash
            reply({'seq': msg['seq'], 'errored': {'message': f'{type(e).__name__}: {e}'}})
