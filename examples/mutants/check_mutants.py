#!/usr/bin/env python3
"""Self-check of the mutants, without hamcheck: every mutant speaks protocol v1 correctly (hello, one
answer per request with its seq, exit 0 on stop) and differs from the correct NumPy adapter on the
request that exposes its bug by more than the claimed accuracy, while agreeing on a request outside
the bug (so each mutant is wrong in exactly the place its docstring says).

Run: python3 examples/mutants/check_mutants.py      (about 20 s)
"""
import json
import os
import subprocess
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'numpy'))
from hamnp import chain  # noqa: E402


def wire_model(N, n, lam, ens='GUE', seed=3, de=0.05, explicit=True):
    p = chain.Params(N, n, de, 1.0, lam, ens, seed)
    m = {'sites': N, 'levels': n, 'bandWidth': de, 'gap': 1.0, 'coupling': lam, 'ensemble': ens, 'seed': seed}
    if explicit:
        ch = chain.build(p)
        m['explicit'] = {'levels': ch.energies.tolist(),
                         'couplings': [{'re': B.real.ravel().tolist(), 'im': B.imag.ravel().tolist()} for B in ch.blocks]}
    return m


def initial(N, n):
    rng = np.random.default_rng(N * 100 + n)
    z = rng.standard_normal(N * n) + 1j * rng.standard_normal(N * n)
    z /= np.linalg.norm(z)
    return {'re': z.real.tolist(), 'im': z.imag.tolist()}


def exact_args(N, n, ens='GUE'):
    lam = 0.05 / (2 * n)  # c1 = 1/2
    kappa = 2 * np.pi * lam ** 2 * n / 0.05
    return {'model': wire_model(N, n, lam, ens), 'initial': initial(N, n),
            'times': [3 / kappa, 0.0, 0.5 / kappa, 5 / kappa]}


BUILD_GUE = {'model': wire_model(3, 40, 0.01, 'GUE', explicit=False)}
BUILD_GOE = {'model': wire_model(3, 40, 0.01, 'GOE', explicit=False)}
PARAMS = {'model': wire_model(3, 50, 5e-4, explicit=False)}
HAM3 = {'p0': [1.0, 0.0, 0.0], 'kappa': 0.3, 'times': [0.0, 1.0, 2.5, 10.0]}
HAM3_UNSORTED = {'p0': [1.0, 0.0, 0.0], 'kappa': 0.3, 'times': [2.5, 0.0, 10.0, 1.0]}
DYSON3 = {'model': wire_model(3, 3, 0.01), 'tau': 5.0}
DYSON2 = {'model': wire_model(2, 3, 0.01), 'tau': 5.0}
THERMAL = {'levels': 500, 'gap': 1.0, 'temperatures': [1e-3, 0.05, 0.1, 1.0, 100.0]}
THERMAL_HIGH = {'levels': 500, 'gap': 1.0, 'temperatures': [0.2, 1.0, 100.0]}

# mutant -> (capability, args where it must differ, args where it must agree (or None))
CASES = {
    'kappa_no_2pi': ('model.kappa', PARAMS, None),
    'boundary_rate': ('ham.populations', HAM3, None),
    'level_spacing': ('model.build', BUILD_GUE, None),
    'level_no_half_shift': ('model.build', BUILD_GUE, None),
    'gue_no_sqrt2': ('model.build', BUILD_GUE, BUILD_GOE),
    'goe_half_variance': ('model.build', BUILD_GOE, BUILD_GUE),
    'criteria_c2_n2': ('model.criteria', PARAMS, None),
    'chebyshev_few_terms': ('exact.populations', exact_args(2, 30), None),
    'u2_phase_sign': ('dyson.operators', DYSON3, None),
    'u2_time_order': ('dyson.operators', DYSON3, None),
    'bond_trace_block': ('dyson.bondTraces', DYSON3, DYSON2),
    'unsorted_times': ('ham.populations', HAM3_UNSORTED, HAM3),
    'sparse_path_n4': ('exact.populations', exact_args(4, 8, 'GUE'), exact_args(3, 8, 'GUE')),
    'float32_claim': ('exact.populations', exact_args(2, 30), None),
    'heat_capacity_low_t': ('transport.heatCapacity', THERMAL, THERMAL_HIGH),
}


def session(script, requests):
    lines = [json.dumps({'cmd': 'hello', 'protocol': 1, 'hamcheck': 'check_mutants'})]
    lines += [json.dumps({'seq': 100 + i, 'cmd': c, 'args': a}) for i, (c, a) in enumerate(requests)]
    lines.append(json.dumps({'cmd': 'stop'}))
    p = subprocess.run([sys.executable, script], input='\n'.join(lines) + '\n', capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, f'{script}: exit {p.returncode}\n{p.stderr}'
    out = [json.loads(l) for l in p.stdout.splitlines()]
    assert len(out) == len(requests) + 1, f'{script}: {len(out)} lines for {len(requests) + 1} messages'
    hello = out[0]
    assert hello['protocol'] == 1 and 'model.kappa' in hello['capabilities'], hello
    for i, r in enumerate(out[1:]):
        assert r['seq'] == 100 + i and 'result' in r, f'{script}: {str(r)[:300]}'
    return hello, [r['result'] for r in out[1:]]


def flat(x):
    """All numbers of a result, in a fixed order."""
    if isinstance(x, dict):
        return [v for k in sorted(x) for v in flat(x[k])]
    if isinstance(x, list):
        return [v for e in x for v in flat(e)]
    return [float(x)] if isinstance(x, (int, float)) else []


def difference(a, b):
    """max |a - b| / max(1e-300, max |b|): relative to the scale of the correct answer."""
    fa, fb = np.array(flat(a)), np.array(flat(b))
    if fa.shape != fb.shape:
        return np.inf
    return float(np.max(np.abs(fa - fb)) / max(1e-300, np.max(np.abs(fb))))


def check_inventory():
    """manifest.json, the README table, the mutant files and CASES list the same mutants and capabilities."""
    manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))['mutants']
    listed = {m['name']: m['capability'] for m in manifest}
    files = {f[:-3] for f in os.listdir(HERE) if f.endswith('.py') and f not in ('_mutant.py', 'check_mutants.py')}
    readme = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read()
    assert set(listed) == files == set(CASES), (sorted(listed), sorted(files), sorted(CASES))
    for name, cap in listed.items():
        assert CASES[name][0] == cap, (name, cap, CASES[name][0])
        assert f'| `{name}` |' in readme and f'| `{cap}` |' in readme, name
        assert next(m for m in manifest if m['name'] == name)['command'] == f'python3 examples/mutants/{name}.py'
    assert len(files) >= 10
    print(f'ok    inventory: {len(files)} mutants in manifest.json, README.md and CASES')


def main():
    check_inventory()
    correct = os.path.join(HERE, '..', 'numpy', 'adapter.py')
    failures = 0
    for name, (cap, bad, good) in CASES.items():
        reqs = [(cap, bad)] + ([(cap, good)] if good is not None else [])
        _, want = session(correct, reqs)
        hello, got = session(os.path.join(HERE, f'{name}.py'), reqs)
        claim = hello['accuracy'].get(cap, 1e-12)
        d_bad = difference(got[0], want[0])
        msg = f'{name:22s} {cap:24s} differs by {d_bad:.2e} (claim {claim:.0e})'
        ok = d_bad > 1e3 * max(claim, 1e-12)  # far outside any accuracy a comparison could grant
        if good is not None:
            d_good = difference(got[1], want[1])
            msg += f'; outside the bug {d_good:.2e}'
            ok = ok and d_good <= max(claim, 1e-12)
        print(('ok    ' if ok else 'FAIL  ') + msg)
        failures += not ok
    print(f'{len(CASES) - failures} mutants ok, {failures} failed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
