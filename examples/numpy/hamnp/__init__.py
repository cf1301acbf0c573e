"""hamnp: an independent NumPy implementation of the HAM heat-conduction model
(Michel, Gemmer & Mahler, cond-mat/0511727) for hamcheck's conformance protocol v1.

Modules, one concept each:
  fields   -- request validation (InputError naming the field and its allowed range)
  chain    -- level grid, seeded couplings, dense Hamiltonian, kappa (27), criteria (29)
  rates    -- HAM rate equations (30)-(32), closed form via eigh of the rate matrix
  exact    -- exact Schroedinger populations (11) by dense eigh
  dyson    -- Dyson operators (9), (10), the split (16), one-bond traces of (26)
  thermal  -- heat capacity (50) and heat conductivity (48), in log space
  wire     -- conversion between NumPy arrays and protocol v1 JSON shapes

Units: hbar = k_B = 1, energies in units of the gap (the protocol's convention).
"""
