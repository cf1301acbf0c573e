"""HAM rate equations (30)-(32): dP/dt = -kappa L P, with L the path Laplacian of the chain
(end sites decay with kappa to their one neighbour, interior sites with 2 kappa)."""
import numpy as np


def rate_matrix(N):
    """L of (30)-(32): L_mm = number of neighbours of site m, L_m,m+-1 = -1."""
    L = np.zeros((N, N))
    for mu in range(N - 1):
        L[mu, mu] += 1
        L[mu + 1, mu + 1] += 1
        L[mu, mu + 1] = L[mu + 1, mu] = -1
    return L


def populations(p0, kappa, times):
    """P(t) = Q exp(-kappa w t) Q^T P(0) for every t, (L = Q diag(w) Q^T by eigh); shape (len(times), N).

    L 1 = 0 exactly (each row of L sums to 0), so the smallest eigenvalue is set to 0: Sum P is
    conserved to rounding at any kappa t instead of drifting by eps kappa t.
    """
    N = p0.size
    w, Q = np.linalg.eigh(rate_matrix(N))
    w[0] = 0.0
    amp = Q.T @ p0
    decay = np.exp(-kappa * np.outer(times, w))
    return (decay * amp) @ Q.T


def graph_rate_matrix(model):
    """Generator M of the generalized HAM on a general model: dP/dt = M P with golden-rule rates
    kappa_mn = 2 pi lambda_mn^2 rho_n, rho = n/de (the density of final states), M_nm = kappa_mn (m != n),
    M_mm = -sum_n kappa_mn. Returns (M, rho)."""
    rho = np.array([s['levels'] / s['bandWidth'] for s in model['sites']], dtype=float)
    N = rho.size
    M = np.zeros((N, N))
    for b in model['bonds']:
        mu, nu = b['sites'][0] - 1, b['sites'][1] - 1
        g = 2 * np.pi * b['coupling'] ** 2
        M[nu, mu] += g * rho[nu]  # mu -> nu
        M[mu, nu] += g * rho[mu]  # nu -> mu
    M -= np.diag(M.sum(axis=0))
    return M, rho


def graph_populations(model, p0, times):
    """P(t) = R^(1/2) U exp(w t) U^T R^(-1/2) P(0), where S = R^(-1/2) M R^(1/2) = U diag(w) U^T is symmetric
    by detailed balance (R = diag rho). The zero mode (sqrt(rho), the largest w) is set to exactly 0 so that
    Sum P is conserved at any t; shape (len(times), N)."""
    M, rho = graph_rate_matrix(model)
    r = np.sqrt(rho)
    S = M * r[None, :] / r[:, None]
    S = 0.5 * (S + S.T)
    w, U = np.linalg.eigh(S)
    w[-1] = 0.0
    amp = U.T @ (p0 / r)
    return (np.exp(np.outer(times, w)) * amp) @ U.T * r[None, :]
