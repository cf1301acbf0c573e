#!/usr/bin/env python3
"""Checks of the NumPy implementation against independent methods (plain asserts).

Run: python3 examples/numpy/test_adapter.py     (about half a minute; prints one line per check)

Each tolerance is derived in the comment next to it: eps * (a count of roundings) * (the scale of the
compared quantity) for identities and independent numerics, z * sigma / sqrt(M) for the statistics of
the seeded draw (z = 3.89: two-sided normal tail 1e-4, the false-alarm rate per check and seed).
"""
import io
import json
import os
import subprocess
import sys

import numpy as np
import scipy.linalg

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import adapter  # noqa: E402
from hamnp import capabilities, chain, dyson, exact, rates, thermal  # noqa: E402

EPS = np.finfo(float).eps
Z4 = 3.89  # P(|N(0,1)| > 3.89) = 1.0e-4


def model(N, n, lam, ens='GUE', seed=1, de=0.05, gap=1.0):
    p = chain.Params(N, n, de, gap, lam, ens, seed)
    return p, chain.build(p)


def wire_model(p, ch=None):
    m = {'sites': p.sites, 'levels': p.levels, 'bandWidth': p.bandWidth, 'gap': p.gap,
         'coupling': p.coupling, 'ensemble': p.ensemble, 'seed': p.seed}
    if ch is not None:
        m['explicit'] = {'levels': ch.energies.tolist(),
                         'couplings': [{'re': B.real.ravel().tolist(), 'im': B.imag.ravel().tolist()}
                                       for B in ch.blocks]}
    return m


def dense_h(ch):
    """H assembled with np.block, independently of chain.hamiltonian."""
    N, n = ch.sites, ch.levels
    Z = np.zeros((n, n))
    rows = []
    for mu in range(N):
        row = []
        for nu in range(N):
            if nu == mu:
                row.append(np.diag(ch.energies[mu]))
            elif nu == mu + 1:
                row.append(ch.blocks[mu])
            elif nu == mu - 1:
                row.append(ch.blocks[nu].conj().T)
            else:
                row.append(Z)
        rows.append(row)
    return np.block(rows)


# ---------------------------------------------------------------- model.build, kappa, criteria

def test_level_grid():
    for n in (1, 2, 7, 100):
        p, ch = model(3, n, 1e-3, de=0.05, gap=1.0)
        want = np.array([1.0 - 0.025 + (k + 0.5) * 0.05 / n for k in range(n)])
        # three roundings of numbers <= gap + de: |err| <= 4 eps (gap + de)
        assert np.all(np.abs(ch.energies - want) <= 4 * EPS * 1.05), n
        assert np.all(ch.energies == ch.energies[0])
        spacing = np.diff(ch.energies[0])
        assert np.all(np.abs(spacing - 0.05 / n) <= 8 * EPS * 1.05)  # difference of two values, each 4 eps


def test_coupling_moments():
    lam = 0.01
    for ens, var_abs2 in (('GUE', 1.0), ('GOE', 2.0)):  # Var|v|^2: Exp(1) for GUE, chi^2_1 for GOE
        p, ch = model(4, 60, lam, ens, seed=11)
        v = np.concatenate([B.ravel() for B in ch.blocks]) / lam
        M = v.size
        # E Re v = 0 with Var Re v = 1/2 (GUE) or 1 (GOE): |mean| <= z sqrt(var/M)
        var_re = 0.5 if ens == 'GUE' else 1.0
        assert abs(v.real.mean()) <= Z4 * np.sqrt(var_re / M), (ens, v.real.mean())
        assert abs(np.mean(np.abs(v) ** 2) - 1) <= Z4 * np.sqrt(var_abs2 / M), (ens, np.mean(np.abs(v) ** 2))
        if ens == 'GOE':
            assert np.all(v.imag == 0)
        else:
            assert abs(v.imag.mean()) <= Z4 * np.sqrt(0.5 / M)
            # E (Re v)^2 = E (Im v)^2 = 1/2: each a mean of M chi^2_1/2 values, Var = 1/2
            assert abs(np.mean(v.imag ** 2) - 0.5) <= Z4 * np.sqrt(0.5 / M)
    p1, a = model(3, 5, lam, seed=4)
    p2, b = model(3, 5, lam, seed=4)
    assert all(np.array_equal(x, y) for x, y in zip(a.blocks, b.blocks)), 'same seed, same draw'


def test_kappa_and_criteria():
    for lam, n, de in ((5e-5, 500, 0.05), (2.5e-4, 100, 0.05), (0.01, 7, 0.3)):
        p = chain.Params(3, n, de, 1.0, lam, 'GUE', 0)
        k = chain.decay_constant(p)
        # kappa de / (lam^2 n) = 2 pi to <= 6 roundings
        assert abs(k * de / (lam ** 2 * n) / (2 * np.pi) - 1) <= 6 * EPS
        c1, c2 = chain.criteria(p)
        assert abs(c1 * de / (lam * n) - 1) <= 4 * EPS
        assert abs(c2 * de ** 2 / (lam ** 2 * n) - 1) <= 6 * EPS
        assert abs(c2 - c1 ** 2 / n) <= 8 * EPS * c2  # c2 = c1^2 / n


# ---------------------------------------------------------------- ham.populations

def rk4_printed(p0, kappa, t_end, steps):
    """RK4 of (30)-(32) written out site by site, as printed."""
    def f(P):
        N = len(P)
        d = np.empty(N)
        d[0] = -kappa * (P[0] - P[1])
        d[-1] = -kappa * (P[-1] - P[-2])
        for m in range(1, N - 1):
            d[m] = -kappa * (2 * P[m] - P[m + 1] - P[m - 1])
        return d
    P, h = np.array(p0, float), t_end / steps
    for _ in range(steps):
        k1 = f(P); k2 = f(P + h / 2 * k1); k3 = f(P + h / 2 * k2); k4 = f(P + h * k3)
        P = P + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    return P


def test_ham_two_sites_closed_form():
    kappa = 0.37
    t = np.array([3.0, 0.0, 0.5, 40.0, 1e-3, 7.25])  # unsorted, uneven, beyond 1/kappa
    P = rates.populations(np.array([1.0, 0.0]), kappa, t)
    want = 0.5 * (1 + np.exp(-2 * kappa * t))
    # eigh of a 2x2 plus one product per entry: a few eps
    assert np.all(np.abs(P[:, 0] - want) <= 8 * EPS), np.abs(P[:, 0] - want).max()
    assert np.all(np.abs(P[:, 1] - (1 - want)) <= 8 * EPS)


def test_ham_against_expm_and_rk4():
    rng = np.random.default_rng(5)
    for N in (1, 2, 3, 4, 6, 9):
        p0 = rng.random(N)
        kappa = 0.8
        t = rng.permutation(np.concatenate([[0.0], rng.random(5) * 10]))
        P = rates.populations(p0, kappa, t)
        L = np.diag([1.0] + [2.0] * (N - 2) + [1.0]) if N > 1 else np.zeros((1, 1))
        L -= np.diag(np.ones(N - 1), 1) + np.diag(np.ones(N - 1), -1)
        for i, ti in enumerate(t):
            ref = scipy.linalg.expm(-kappa * L * ti) @ p0
            # both ~ N eps relative to sum(p0) (eigh vs scaling-and-squaring)
            assert np.all(np.abs(P[i] - ref) <= 32 * N * EPS * p0.sum()), (N, np.abs(P[i] - ref).max())
        assert np.all(np.abs(P.sum(axis=1) - p0.sum()) <= 4 * N * EPS * p0.sum())  # conservation
        if N >= 2:
            tm = float(t.max())
            ref = rk4_printed(p0, kappa, tm, 4000)
            # RK4 global error ~ (kappa h)^4 kappa t / 120 * sum(p0) (lambda_max <= 4), h = t/4000:
            # (0.8*4*10/4000)^4 * 32 / 120 = 1.1e-11; take 1e-10
            assert np.all(np.abs(P[np.argmax(t)] - ref) <= 1e-10 * p0.sum()), N


def test_graph_ham_against_expm():
    """Generalized HAM on rings and disordered chains against scipy's expm of the generator M itself."""
    rng = np.random.default_rng(11)
    for N in (2, 3, 5):
        sites = [{'levels': int(rng.integers(20, 100)), 'bandWidth': 0.05} for _ in range(N)]
        bonds = [{'sites': [m + 1, m + 2], 'coupling': float(rng.uniform(2e-4, 6e-4))} for m in range(N - 1)]
        if N >= 3:
            bonds.append({'sites': [N, 1], 'coupling': 4e-4})
        model = {'sites': sites, 'bonds': bonds}
        M, rho = rates.graph_rate_matrix(model)
        p0 = np.zeros(N)
        p0[0] = 1.0
        t = np.array([0.0, 300.0, 50.0, 5000.0])
        P = rates.graph_populations(model, p0, t)
        for i, ti in enumerate(t):
            ref = scipy.linalg.expm(M * ti) @ p0
            # eigh of the symmetrized S vs scaling-and-squaring, each ~ N eps times the condition sqrt(rho_max/rho_min) <= 3
            assert np.all(np.abs(P[i] - ref) <= 64 * N * EPS), (N, ti, np.abs(P[i] - ref).max())
        # detailed balance: P -> rho / sum(rho)
        far = rates.graph_populations(model, p0, np.array([1e9]))[0]
        assert np.all(np.abs(far - rho / rho.sum()) <= 16 * N * EPS), far


# ---------------------------------------------------------------- exact.populations

def test_exact_against_expm():
    rng = np.random.default_rng(7)
    for N, n, ens in ((2, 5, 'GUE'), (3, 4, 'GOE'), (5, 3, 'GUE'), (1, 4, 'GUE')):
        p, ch = model(N, n, 0.01, ens, seed=N)
        psi = rng.standard_normal(N * n) + 1j * rng.standard_normal(N * n)
        psi /= np.linalg.norm(psi)
        t = np.array([50.0, 0.0, -3.0, 1.5, 400.0])
        P = exact.populations(ch, psi, t)
        H = dense_h(ch)
        for i, ti in enumerate(t):
            ps = scipy.linalg.expm(-1j * (H - np.eye(N * n)) * ti) @ psi
            ref = (np.abs(ps) ** 2).reshape(N, n).sum(axis=1)
            # both methods are backward stable: |dP| <= 2 |d psi| <= 2 (eps d ||H - 1|| t + eps d) ~ 1e-12 here
            tol = 2 * EPS * N * n * (1 + np.abs(H - np.eye(N * n)).sum(axis=1).max() * abs(ti)) * 16
            assert np.all(np.abs(P[i] - ref) <= tol), (N, n, ti, np.abs(P[i] - ref).max(), tol)
        assert np.all(np.abs(P.sum(axis=1) - 1) <= 8 * N * n * EPS)


def test_exact_two_levels_rabi():
    """N = 2, n = 1: P_1(t) = 1 - (2b/W)^2 sin^2(W t / 2), W = sqrt(w^2 + 4|b|^2) (Rabi)."""
    ch = chain.Chain(np.array([[1.0], [1.02]]), [np.array([[0.003 + 0.004j]])])
    t = np.array([10.0, 0.0, 700.0, 33.3])
    P = exact.populations(ch, np.array([1.0, 0.0], complex), t)
    b, w = abs(0.003 + 0.004j), 0.02
    W = np.sqrt(w ** 2 + 4 * b ** 2)
    want = 1 - (2 * b / W) ** 2 * np.sin(W * t / 2) ** 2
    # phase error eps * W * t in the sine: |dP| <= 2 eps (1 + W t) * 8
    assert np.all(np.abs(P[:, 0] - want) <= 16 * EPS * (1 + W * t)), np.abs(P[:, 0] - want).max()


# ---------------------------------------------------------------- dyson

def gauss_legendre_operators(ch, tau, m):
    """U1, U2 of (9), (10) by m-point Gauss-Legendre quadrature (nested for the inner integral of U2)."""
    E = ch.energies.reshape(-1)
    V = dense_h(ch) - np.diag(E)

    def Vt(t):
        return np.exp(1j * E * t)[:, None] * V * np.exp(-1j * E * t)[None, :]

    x, w = np.polynomial.legendre.leggauss(m)

    def U1(t):
        s = 0.5 * t * (x + 1)
        return 0.5 * t * sum(wi * Vt(si) for wi, si in zip(w, s))

    s = 0.5 * tau * (x + 1)
    U2 = 0.5 * tau * sum(wi * Vt(si) @ U1(si) for wi, si in zip(w, s))
    return U1(tau), U2


def test_dyson_against_quadrature():
    # tau de from 0.0125 to 20: the integrands are exp(i w t) with |w| tau <= de tau (+ couplings);
    # 80 (160) Gauss-Legendre nodes integrate such phases to rounding.
    for N, n, lam, tau, ens, m in ((2, 1, 0.025, 0.25, 'GUE', 20), (3, 3, 0.01, 0.25, 'GOE', 20),
                                   (4, 3, 0.003, 20.0, 'GUE', 60), (5, 2, 0.02, 100.0, 'GUE', 80),
                                   (3, 4, 1e-5, 400.0, 'GUE', 160)):
        p, ch = model(N, n, lam, ens, seed=3)
        q1, q2 = gauss_legendre_operators(ch, tau, m)
        u1 = dyson.first_order(ch, tau)
        d, o = dyson.second_order(ch, tau)
        # quadrature phases exp(iEt) carry eps * E * tau each; the sums ~ d terms: tol = 64 eps (1 + E tau) d
        tol = 64 * EPS * (1 + tau) * N * n
        assert np.abs(u1 - q1).max() <= tol * np.abs(q1).max(), (N, n, tau, np.abs(u1 - q1).max() / np.abs(q1).max())
        assert np.abs(d + o - q2).max() <= tol * np.abs(q2).max(), (N, n, tau, np.abs(d + o - q2).max() / np.abs(q2).max())


def test_dyson_structure():
    p, ch = model(5, 3, 0.02, 'GUE', seed=2)
    n, tau = 3, 7.0
    u1 = dyson.first_order(ch, tau)
    d, o = dyson.second_order(ch, tau)
    assert np.array_equal(u1, u1.conj().T), 'U1 Hermitian by construction'
    blocks = lambda A: np.abs(A).reshape(5, n, 5, n).max(axis=(1, 3))
    idx = np.subtract.outer(np.arange(5), np.arange(5))
    assert np.all(blocks(u1)[np.abs(idx) != 1] == 0) and np.all(blocks(u1)[np.abs(idx) == 1] > 0)  # (14)
    assert np.all(blocks(d)[idx != 0] == 0) and np.all(blocks(d)[idx == 0] > 0)  # (16) diag
    assert np.all(blocks(o)[np.abs(idx) != 2] == 0) and np.all(blocks(o)[np.abs(idx) == 2] > 0)  # (16) off
    # U2 + U2^dagger = U1^2 exactly (both time orderings fill the square); products of d terms: 16 d eps
    u2 = d + o
    sq = u1 @ u1
    assert np.abs(u2 + u2.conj().T - sq).max() <= 16 * 5 * n * EPS * np.abs(sq).max() * 10


def test_dyson_third_order_remainder():
    """exp(iH0 tau) exp(-iH tau) - (1 - i U1 - U2) = O(lam^3): the remainder shrinks 8x when lam halves.

    The ratio is 8 (1 + O(r)), r = ||lam V tau|| ~ 0.03 here (relative size of the fourth order), so it
    lies in 8 (1 +- 4 r); the rounding floor eps d ~ 1e-15 is far below the remainder ~ r^3 ~ 1e-5.
    """
    p, ch = model(3, 4, 1.0, 'GUE', seed=8)
    tau = 3.0
    base = [B.copy() for B in ch.blocks]
    r0 = max(np.linalg.norm(B, 2) for B in base) * tau
    res = []
    for lam in (0.03 / r0, 0.015 / r0):
        ch.blocks = [lam * B for B in base]
        H = dense_h(ch)
        E = ch.energies.reshape(-1)
        UI = np.exp(1j * E * tau)[:, None] * scipy.linalg.expm(-1j * H * tau)
        d, o = dyson.second_order(ch, tau)
        R = UI - (np.eye(12) - 1j * dyson.first_order(ch, tau) - d - o)
        res.append(np.abs(R).max())
    r = 0.03 * 2  # bound on ||lam V tau|| summed over both bonds of a site
    assert 8 * (1 - 4 * r) <= res[0] / res[1] <= 8 * (1 + 4 * r), res[0] / res[1]


def test_van_loan_first_order_block_matches_closed_form():
    """The (1, 2) block of the same Van Loan exponential is s1 exp(A1 tau) U1: a second route to (9)."""
    p, ch = model(2, 5, 0.01, 'GUE', seed=9)
    tau = 30.0
    E1, E2, B = ch.energies[0], ch.energies[1], ch.blocks[0]
    c = 1.0
    M = np.zeros((10, 10), complex)
    M[np.diag_indices(10)] = -1j * (np.concatenate([E1, E2]) - c) * tau
    M[:5, 5:] = B * tau
    X = scipy.linalg.expm(M)
    vl = np.exp(1j * (E1 - c) * tau)[:, None] * X[:5, 5:]
    cf = dyson.first_order(ch, tau)[:5, 5:]
    # expm of norm ~ de tau: rounding ~ 32 eps * ||X|| per entry (Pade + 2 squarings)
    assert np.abs(vl - cf).max() <= 64 * EPS * np.abs(cf).max() * 10


def test_bond_traces():
    for N, ens in ((2, 'GUE'), (4, 'GOE'), (6, 'GUE')):
        p, ch = model(N, 6, 0.003, ens, seed=N)
        tau = 40.0
        u1 = dyson.first_order(ch, tau)
        T = dyson.bond_traces(ch, tau)
        assert len(T) == N - 1
        n = 6
        for mu in range(N - 1):
            a, b = mu * n, (mu + 1) * n
            ref = np.trace(u1[a:a + n, b:b + n] @ u1[b:b + n, a:a + n]).real
            # n^2 positive terms, each a few roundings: 8 n eps relative
            assert abs(T[mu] - ref) <= 8 * n * EPS * ref, (mu, T[mu], ref)
        # block trace of an end site = its one bond trace; interior = sum of both bonds (erratum (26))
        sq = u1 @ u1
        assert abs(np.trace(sq[:n, :n]).real - T[0]) <= 8 * n * EPS * T[0]
        if N >= 3:
            assert abs(np.trace(sq[n:2 * n, n:2 * n]).real - T[0] - T[1]) <= 8 * n * EPS * (T[0] + T[1])


# ---------------------------------------------------------------- transport

def test_heat_capacity_against_level_sum():
    """(49) as the energy variance over the n+1 explicit levels (ground + n at gap), at moderate T."""
    for n, gap in ((1, 1.0), (500, 1.0), (40, 0.3)):
        T = np.geomspace(0.05, 50, 25) * gap
        c = thermal.heat_capacity(n, gap, T)
        for Ti, ci in zip(T, c):
            Elev = np.concatenate([[0.0], np.full(n, gap)])
            w = np.exp(-(Elev - Elev.min()) / Ti)
            pr = w / w.sum()
            var = np.sum(pr * Elev ** 2) - np.sum(pr * Elev) ** 2
            ref = var / Ti ** 2
            # <E^2> - <E>^2 = p(1 - p) gap^2 loses a factor 1/(1 - p) <= n + 1 (high T), the weights
            # exp(-x) carry x eps each, the sums (n + 1) eps: tol 16 (n + 1) (1 + x) eps
            tol = 16 * (n + 1) * (1 + gap / Ti) * EPS
            assert abs(ci / ref - 1) <= tol, (n, Ti, ci, ref)


def test_heat_capacity_low_temperature_log_space():
    """k_B T down to 1e-3 gap: ln c stays finite and equals ln n - x + 2 ln x - 2 ln(1 + n e^{-x})."""
    n, gap = 500, 1.0
    T = np.geomspace(1e-3, 1e-1, 30)
    lc = thermal.log_heat_capacity(n, gap, T)
    x = gap / T
    want = np.log(n) - x + 2 * np.log(x) - 2 * np.log1p(n * np.exp(-x))
    assert np.all(np.isfinite(lc))
    # both sides are sums of terms up to x ~ 1e3 in size: 8 eps x absolute
    assert np.all(np.abs(lc - want) <= 8 * EPS * (x + np.log(n))), np.abs(lc - want).max()
    hi = thermal.heat_capacity(n, gap, np.geomspace(10, 1e3, 10))
    # high T: c -> n x^2 / (1 + n)^2 (x -> 0), relative correction <= 2x
    xh = gap / np.geomspace(10, 1e3, 10)
    assert np.all(np.abs(hi / (n * xh ** 2 / (1 + n) ** 2) - 1) <= 2 * xh)


def test_kappa_th_is_kappa_times_c():
    n, de, lam, gap = 500, 0.05, 5e-5, 1.0
    T = np.geomspace(1e-3, 1e3, 61)
    kt = thermal.kappa_th(n, de, lam, gap, T)
    c = thermal.heat_capacity(n, gap, T)
    kappa = chain.decay_constant(chain.Params(2, n, de, gap, lam, 'GUE', 0))
    lc = thermal.log_heat_capacity(n, gap, T)
    ok = c > 1e-300  # below, both are subnormal or 0
    # exp of sums of logs up to |ln c| + |ln kappa| in size: relative 4 eps (|ln c| + |ln kappa| + 2)
    tol = 4 * EPS * (np.abs(lc) + abs(np.log(kappa)) + 2)
    assert np.all(np.abs(kt[ok] / (kappa * c[ok]) - 1) <= tol[ok])
    peak = np.argmax(kt)
    assert 0.1 < T[peak] < 0.2  # Fig. 8: one maximum near k_B T = 0.15 gap


# ---------------------------------------------------------------- protocol

def run_adapter(lines):
    proc = subprocess.run([sys.executable, os.path.join(HERE, 'adapter.py')], input=''.join(lines),
                          capture_output=True, text=True, timeout=120)
    return proc.returncode, proc.stdout.splitlines(), proc.stderr


def no_constants(s):
    raise ValueError(f'non-JSON constant {s}')


def test_protocol_session():
    p, ch = model(2, 3, 0.01)
    lines = [json.dumps({'cmd': 'hello', 'protocol': 1, 'hamcheck': 'test'}) + '\n',
             'this is not json\n',
             json.dumps({'seq': 41, 'cmd': 'model.kappa', 'args': {'model': wire_model(p)}}) + '\n',
             json.dumps({'seq': 42, 'cmd': 'model.kappa', 'args': {'model': {'sites': 2}}}) + '\n',
             json.dumps({'seq': 43, 'cmd': 'no.such', 'args': {}}) + '\n',
             json.dumps({'seq': 44, 'cmd': 'exact.populations',
                         'args': {'model': wire_model(p, ch), 'initial': {'re': [1, 0, 0, 0, 0, 0], 'im': [0] * 6},
                                  'times': [3, 0]}}) + '\n',
             json.dumps({'cmd': 'stop'}) + '\n',
             json.dumps({'seq': 45, 'cmd': 'model.kappa', 'args': {'model': wire_model(p)}}) + '\n']
    rc, out, err = run_adapter(lines)
    assert rc == 0, err
    msgs = [json.loads(l, parse_constant=no_constants) for l in out]
    assert msgs[0]['protocol'] == 1 and msgs[0]['implementation']['language'] == 'python'
    assert set(msgs[0]['capabilities']) == set(capabilities.HANDLERS)
    assert [m.get('seq') for m in msgs[1:]] == [41, 42, 43, 44], 'one answer per request, none after stop'
    assert msgs[1]['result']['kappa'] == chain.decay_constant(p)
    assert 'model.levels' in msgs[2]['errored']['message']
    assert 'unknown capability' in msgs[3]['errored']['message']
    P = np.array(msgs[4]['result']['populations'])
    assert P.shape == (2, 2) and np.all(np.abs(P[1] - [1.0, 0.0]) <= 8 * 6 * EPS), 'times kept in request order'
    assert 'not JSON' in err


def test_protocol_other_version_and_eof():
    rc, out, err = run_adapter([json.dumps({'cmd': 'hello', 'protocol': 2, 'hamcheck': 'x'}) + '\n'])
    assert rc == 0 and json.loads(out[0])['protocol'] == 1, 'answers with its own version, exits 0 on EOF'


def test_nan_becomes_errored():
    saved = capabilities.model_kappa
    capabilities.model_kappa = lambda args: {'kappa': float('nan')}
    try:
        line = adapter.answer({'seq': 3, 'cmd': 'model.kappa', 'args': {}})
    finally:
        capabilities.model_kappa = saved
    resp = json.loads(line, parse_constant=no_constants)
    assert resp['seq'] == 3 and 'errored' in resp, resp


def test_smoke_sample_is_current_and_answered():
    made = subprocess.run([sys.executable, os.path.join(HERE, 'samples', 'make_smoke.py')], capture_output=True,
                          text=True, timeout=60).stdout
    with open(os.path.join(HERE, 'samples', 'smoke.jsonl')) as f:
        assert f.read() == made, 'samples/smoke.jsonl is stale: regenerate it with samples/make_smoke.py'
    requests = [json.loads(l) for l in made.splitlines() if 'seq' in json.loads(l)]
    rc, out, err = run_adapter([made])
    answers = [json.loads(l, parse_constant=no_constants) for l in out[1:]]
    assert rc == 0 and [a['seq'] for a in answers] == [r['seq'] for r in requests]
    errored = {r['cmd'] for r, a in zip(requests, answers) if 'errored' in a}
    assert errored == {'ham.populations', 'nope'}, errored  # the negative kappa and the unknown command


def test_shortest_round_trip_numbers():
    x = 0.1 + 0.2
    buf = io.StringIO()
    adapter.write(buf, adapter.encode({'seq': 1, 'result': {'kappa': x}}))
    assert '0.30000000000000004' in buf.getvalue() and float(json.loads(buf.getvalue())['result']['kappa']) == x


if __name__ == '__main__':
    tests = [(k, v) for k, v in sorted(globals().items()) if k.startswith('test_') and callable(v)]
    failed = 0
    for name, fn in tests:
        try:
            fn()
            print(f'ok    {name}')
        except AssertionError as e:
            failed += 1
            print(f'FAIL  {name}: {e}')
    print(f'{len(tests) - failed} passed, {failed} failed')
    sys.exit(1 if failed else 0)
