/**
 * Bessel functions of the first kind J_0(z) … J_K(z) for one z ≥ 0, by Miller's backward recurrence.
 *
 * @remarks
 * J_{k−1}(z) = (2k/z) J_k(z) − J_{k+1}(z), run downward from an index M well above max(K, z) where
 * the true J_M is negligible, then normalized with the Neumann identity J_0 + 2 Σ_{k≥1} J_{2k} = 1.
 * Backward recurrence is stable for the minimal solution J_k, so every entry has a relative error of a
 * few ε in the oscillatory range and an absolute error ≤ a few ε beyond it. Start index:
 * M = K + 20 + ⌈z⌉ + ⌈√(40(K + z))⌉ (rounded up to even), as in Numerical Recipes' `bessj`, which makes
 * the starting truncation error below 10⁻¹⁶. Values are rescaled on the way down to avoid overflow.
 * Below z = 10⁻⁶ one step of the recurrence would outgrow the rescaling headroom, so the power series
 * J_k(z) = (z/2)^k/k! · (1 − (z/2)²/(k + 1) + …) is used instead: its first omitted term is
 * (z/2)⁴/(2(k+1)(k+2)) ≤ 10⁻²⁵ relative.
 */
export function besselJSequence(z: number, maxOrder: number, out = new Float64Array(maxOrder + 1)): Float64Array {
  if (z < SMALL_ARGUMENT) return smallArgument(z, maxOrder, out);
  let m = maxOrder + 20 + Math.ceil(z) + Math.ceil(Math.sqrt(40 * (maxOrder + z)));
  if (m % 2 === 1) m++;
  const big = 1e250;
  let jp1 = 0; // J_{k+1}
  let j = 1e-300; // J_k (arbitrary seed at k = m)
  let sum = 0; // Σ of even-order terms, J_0 counted once
  const twoOverZ = 2 / z;
  for (let k = m; k > 0; k--) {
    const jm1 = k * twoOverZ * j - jp1;
    jp1 = j;
    j = jm1;
    // j now holds J_{k−1}
    if (k - 1 <= maxOrder) out[k - 1] = j;
    if ((k - 1) % 2 === 0) sum += k - 1 === 0 ? j : 2 * j;
    if (Math.abs(j) > big) {
      j /= big;
      jp1 /= big;
      sum /= big;
      for (let i = k - 1; i <= maxOrder && i <= m; i++) out[i] /= big;
    }
  }
  const norm = 1 / sum;
  for (let i = 0; i <= maxOrder; i++) out[i] *= norm;
  return out;
}

/** Arguments below this use the two-term power series (see {@link besselJSequence}). */
const SMALL_ARGUMENT = 1e-6;

function smallArgument(z: number, maxOrder: number, out: Float64Array): Float64Array {
  const h = z / 2;
  let term = 1; // (z/2)^k / k!
  for (let k = 0; k <= maxOrder; k++) {
    if (k > 0) term *= h / k;
    out[k] = term * (1 - (h * h) / (k + 1));
  }
  return out;
}
