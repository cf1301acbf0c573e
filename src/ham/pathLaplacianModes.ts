/**
 * Eigenmodes of the path-graph Laplacian L that generates the HAM rate equations (30)–(32).
 *
 * @remarks
 * dP/dt = −κ L P with (LP)_µ = 2P_µ − P_{µ+1} − P_{µ−1} inside the chain and P_1 − P_2, P_N − P_{N−1}
 * at the ends (Neumann boundary). L u_m = ω_m u_m with
 * ω_m = 2 − 2cos(πm/N) = 4 sin²(πm/2N), u_m(µ) = c_m cos(πm(µ − ½)/N), µ = 1 … N, m = 0 … N−1,
 * c_0 = 1/√N, c_m = √(2/N): the DCT-II basis, orthonormal.
 * Returned 0-based: `vectors[m·N + µ]`.
 */
export function pathLaplacianModes(sites: number): { rates: Float64Array; vectors: Float64Array } {
  const N = sites;
  const rates = new Float64Array(N);
  const vectors = new Float64Array(N * N);
  for (let m = 0; m < N; m++) {
    const s = Math.sin((Math.PI * m) / (2 * N));
    rates[m] = 4 * s * s;
    const c = m === 0 ? Math.sqrt(1 / N) : Math.sqrt(2 / N);
    for (let mu = 0; mu < N; mu++) vectors[m * N + mu] = c * Math.cos((Math.PI * m * (mu + 0.5)) / N);
  }
  return { rates, vectors };
}
