"""Dyson operators of the interaction picture w.r.t. H0 = diag(E) (Sec. III), hbar = 1:

  U1(tau) = int_0^tau V(t) dt                                  (9)
  U2(tau) = int_0^tau dt' int_0^t' dt'' V(t') V(t'')           (10)
  U2 = U2_diag (blocks (mu, mu)) + U2_off (blocks (mu, mu+-2))  (16)

with V(t) = exp(iH0 t) (H - H0) exp(-iH0 t), entrywise V_ab exp(i w_ab t), w_ab = E_a - E_b.
"""
import numpy as np
import scipy.linalg



def phase_integral(omega, tau):
    """g(w, tau) = int_0^tau exp(iwt) dt = tau exp(iw tau/2) sinc(w tau/2), no cancellation for w -> 0."""
    x = 0.5 * omega * tau
    return tau * np.exp(1j * x) * np.sinc(x / np.pi)


def bond_block(chain, mu, nu):
    """The coupling block <mu|H|nu> (0-based sites, |mu - nu| = 1)."""
    return chain.blocks[mu] if nu == mu + 1 else chain.blocks[nu].conj().T


def first_order(chain, tau):
    """U1(tau) of (9), dense d x d: blocks u_{mu,nu} = B_{mu nu} * g(E_mu,i - E_nu,j, tau)."""
    N, n = chain.sites, chain.levels
    U = np.zeros((N * n, N * n), dtype=np.complex128)
    E = chain.energies
    for mu, B in enumerate(chain.blocks):
        u = B * phase_integral(E[mu][:, None] - E[mu + 1][None, :], tau)
        a, b = mu * n, (mu + 1) * n
        U[a:a + n, b:b + n] = u
        U[b:b + n, a:a + n] = u.conj().T
    return U


def two_hop(E1, E2, E3, B1, B2, tau):
    """int_{0<s''<s'<tau} V_12(s') V_23(s'') ds'' ds' for the path 1 <- 2 <- 3 (Van Loan block exponential).

    With A_k = -i(diag(E_k) - c), the (1, 3) block of expm([[A1, s1 B1, 0], [0, A2, s2 B2], [0, 0, A3]] tau)
    is s1 s2 exp(A1 tau) times the wanted integral (Van Loan 1978). The shift c (centre of the levels)
    leaves V(t) unchanged and keeps ||A tau|| at the band width times tau; the scales s_k = 1/(tau ||B_k||_F)
    make every block of the exponential O(1), so the rounding of expm is relative to the result.
    """
    n1, n2, n3 = len(E1), len(E2), len(E3)
    f1, f2 = np.linalg.norm(B1), np.linalg.norm(B2)
    if f1 == 0 or f2 == 0 or tau == 0:
        return np.zeros((n1, n3), dtype=np.complex128)
    allE = np.concatenate([E1, E2, E3])
    c = 0.5 * (allE.min() + allE.max())
    s1, s2 = 1 / (tau * f1), 1 / (tau * f2)
    M = np.zeros((n1 + n2 + n3, n1 + n2 + n3), dtype=np.complex128)
    M[np.diag_indices_from(M)] = -1j * (allE - c) * tau
    M[:n1, n1:n1 + n2] = s1 * tau * B1
    M[n1:n1 + n2, n1 + n2:] = s2 * tau * B2
    X = scipy.linalg.expm(M)
    return np.exp(1j * (E1 - c) * tau)[:, None] * X[:n1, n1 + n2:] / (s1 * s2)


def second_order(chain, tau):
    """(U2_diag, U2_off) of (16), dense d x d each; U2 of (10) is their sum.

    Block (mu, mu') of U2 is the sum over the intermediate sites nu adjacent to both of two_hop:
    nu = mu +- 1 for the diagonal blocks, nu = (mu + mu')/2 for mu' = mu +- 2.
    """
    N, n = chain.sites, chain.levels
    E = chain.energies
    diag = np.zeros((N * n, N * n), dtype=np.complex128)
    off = np.zeros_like(diag)
    for mu in range(N):
        for mu2 in (mu - 2, mu, mu + 2):
            if not 0 <= mu2 < N:
                continue
            target = diag if mu2 == mu else off
            for nu in (mu - 1, mu + 1):
                if not (0 <= nu < N and abs(nu - mu2) == 1):
                    continue
                blk = two_hop(E[mu], E[nu], E[mu2], bond_block(chain, mu, nu), bond_block(chain, nu, mu2), tau)
                target[mu * n:(mu + 1) * n, mu2 * n:(mu2 + 1) * n] += blk
    return diag, off


def bond_traces(chain, tau):
    """T_mu = Tr{u_{mu,mu+1} u_{mu+1,mu}} = sum_ij |B_ij|^2 |g(w_ij, tau)|^2, mu = 1 ... N-1 (one bond of (26))."""
    E = chain.energies
    out = []
    for mu, B in enumerate(chain.blocks):
        x = 0.5 * (E[mu][:, None] - E[mu + 1][None, :]) * tau
        weight = (tau * np.sinc(x / np.pi)) ** 2
        out.append(float(np.sum((B.real ** 2 + B.imag ** 2) * weight)))
    return out
