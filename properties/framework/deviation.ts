/**
 * The suites' own judge of D²_µ (33), independent of the code under test (src/ham/squaredDeviation.ts).
 *
 * @remarks
 * On the even grid t_j = jh, j = 0 … J, h = T_D/J, the trapezoid rule of (33) is
 * D²_µ = (1/J)·(Σ_j f_j − (f_0 + f_J)/2), f_j = (P_µ^HAM(t_j) − P_µ^exact(t_j))²: written here from that
 * closed form (one weighted sum, no interval loop), so a slip in either copy shows as a disagreement
 * with the spec's hand-computed cases (spec/ham) or with these suites.
 */
export function evenGridSquaredDeviation(ham: number[][], exact: number[][], site = 0): number {
  const J = ham.length - 1;
  if (J < 1 || exact.length !== ham.length) throw new Error(`D² needs two equal grids of ≥ 2 points, got ${ham.length} and ${exact.length}`);
  let sum = 0;
  for (let j = 0; j <= J; j++) sum += (ham[j][site] - exact[j][site]) ** 2;
  const ends = (ham[0][site] - exact[0][site]) ** 2 + (ham[J][site] - exact[J][site]) ** 2;
  return (sum - ends / 2) / J;
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
