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
