/**
 * Complex Householder reduction of a Hermitian matrix to real symmetric tridiagonal form.
 *
 * @remarks
 * Computes A = Q D T_r D† Q† with Q = P₀ P₁ ⋯ P_{n−3} a product of Hermitian reflectors
 * P_k = 1 − u_k u_k† / h_k (h_k = ‖u_k‖²/2, so P_k² = 1), D = diag(d_k) with |d_k| = 1, and T_r real
 * symmetric tridiagonal with non-negative off-diagonal.
 *
 * Step k takes x = A[k+1:, k] (α = ‖x‖, φ = x₀/|x₀|) and sets u = (x + φα e₁)/α, h = 1 + |x₀|/α
 * (i.e. ‖u‖²/2, scaled so neither under- nor overflows), so that P x = −φα e₁. The trailing block is updated as A ← P A P = A − q u† − u q† with p = A u / h,
 * K = u†p / (2h) (real) and q = p − K u. Only the upper triangle of the work copy is read or written
 * (row-major, so every inner loop runs along a contiguous row); u_k is kept contiguous in row k,
 * columns k+1 … n−1, of the work copy, which the back-transformation then streams.
 *
 * The complex tridiagonal T = Q†AQ has super-diagonal e_k = T[k, k+1]; with d₀ = 1 and
 * d_{k+1} = d_k·ē_k/|e_k| the matrix D†TD is real with off-diagonal |e_k|.
 * Cost ≈ (16/3)n³ real flops; memory 2n² doubles for the work copy.
 */
export interface HermitianTridiagonal {
  readonly dim: number;
  /** Diagonal of T_r (length n). */
  readonly diag: Float64Array;
  /** Off-diagonal |e_k| ≥ 0 of T_r between k and k+1 (length n, last entry 0). */
  readonly off: Float64Array;
  /** Phases d_k of D (real and imaginary parts). */
  readonly phaseRe: Float64Array;
  readonly phaseIm: Float64Array;
  /** Work copy: row k, columns k+1 … n−1 hold u_k (k ≤ n−3). */
  readonly uRe: Float64Array;
  readonly uIm: Float64Array;
  /** h_k of each reflector; 0 marks P_k = 1 (nothing to annihilate). */
  readonly h: Float64Array;
}

/**
 * Reduces the Hermitian matrix (upper triangle and real diagonal of `re`, `im`, row-major n×n; the
 * input is not modified) to real tridiagonal form; see {@link HermitianTridiagonal} for the algorithm.
 */
export function hermitianTridiagonal(re: Float64Array, im: Float64Array, n: number): HermitianTridiagonal {
  const aRe = new Float64Array(n * n);
  const aIm = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const r = i * n;
    aRe[r + i] = re[r + i];
    for (let j = i + 1; j < n; j++) {
      aRe[r + j] = re[r + j];
      aIm[r + j] = im[r + j];
    }
  }
  const diag = new Float64Array(n);
  const eRe = new Float64Array(n);
  const eIm = new Float64Array(n);
  const h = new Float64Array(n);
  const uR = new Float64Array(n);
  const uI = new Float64Array(n);
  const pR = new Float64Array(n);
  const pI = new Float64Array(n);

  for (let k = 0; k < n - 2; k++) {
    const rk = k * n;
    diag[k] = aRe[rk + k];
    // x_j = A[j, k] = conj(A[k, j]), j > k; scaled norm so tiny or huge entries neither under- nor overflow.
    let scale = 0;
    for (let j = k + 1; j < n; j++) scale = Math.max(scale, Math.abs(aRe[rk + j]), Math.abs(aIm[rk + j]));
    if (scale === 0) {
      h[k] = 0;
      eRe[k] = 0;
      eIm[k] = 0;
      continue;
    }
    let ss = 0;
    for (let j = k + 1; j < n; j++) {
      const xr = aRe[rk + j] / scale;
      const xi = aIm[rk + j] / scale;
      ss += xr * xr + xi * xi;
    }
    const alpha = scale * Math.sqrt(ss);
    const x0r = aRe[rk + k + 1];
    const x0i = -aIm[rk + k + 1];
    const ax0 = Math.hypot(x0r, x0i);
    const phr = ax0 === 0 ? 1 : x0r / ax0;
    const phi = ax0 === 0 ? 0 : x0i / ax0;
    // u and h are stored divided by α and α², so h ∈ [1, 2] never under- or overflows.
    const hk = 1 + ax0 / alpha;
    h[k] = hk;
    // T[k+1, k] = −φα, so T[k, k+1] = −conj(φ)α.
    eRe[k] = -phr * alpha;
    eIm[k] = phi * alpha;
    uR[k + 1] = phr * hk;
    uI[k + 1] = phi * hk;
    for (let j = k + 2; j < n; j++) {
      uR[j] = aRe[rk + j] / alpha;
      uI[j] = -aIm[rk + j] / alpha;
    }
    for (let j = k + 1; j < n; j++) {
      aRe[rk + j] = uR[j];
      aIm[rk + j] = uI[j];
      pR[j] = 0;
      pI[j] = 0;
    }
    // p = A u over the trailing block, reading each upper-triangle row once.
    matvec(aRe, aIm, n, k + 1, uR, uI, pR, pI);
    let upr = 0;
    for (let j = k + 1; j < n; j++) {
      pR[j] /= hk;
      pI[j] /= hk;
      upr += uR[j] * pR[j] + uI[j] * pI[j];
    }
    const kk = upr / (2 * hk);
    for (let j = k + 1; j < n; j++) {
      pR[j] -= kk * uR[j];
      pI[j] -= kk * uI[j];
    }
    // A ← A − q u† − u q†, upper triangle; the diagonal stays real.
    rank2Update(aRe, aIm, n, k + 1, uR, uI, pR, pI);
  }
  if (n >= 2) {
    const r = (n - 2) * n;
    diag[n - 2] = aRe[r + n - 2];
    eRe[n - 2] = aRe[r + n - 1];
    eIm[n - 2] = aIm[r + n - 1];
  }
  if (n >= 1) diag[n - 1] = aRe[(n - 1) * n + n - 1];

  const off = new Float64Array(n);
  const phaseRe = new Float64Array(n);
  const phaseIm = new Float64Array(n);
  if (n >= 1) phaseRe[0] = 1;
  for (let k = 0; k < n - 1; k++) {
    const a = Math.hypot(eRe[k], eIm[k]);
    off[k] = a;
    if (a === 0) {
      phaseRe[k + 1] = phaseRe[k];
      phaseIm[k + 1] = phaseIm[k];
    } else {
      // d_{k+1} = d_k · conj(e_k) / |e_k|
      const cr = eRe[k] / a;
      const ci = -eIm[k] / a;
      phaseRe[k + 1] = phaseRe[k] * cr - phaseIm[k] * ci;
      phaseIm[k + 1] = phaseRe[k] * ci + phaseIm[k] * cr;
    }
  }
  return { dim: n, diag, off, phaseRe, phaseIm, uRe: aRe, uIm: aIm, h };
}

/**
 * p = A u over rows and columns `from` … n−1, A Hermitian in its upper triangle. Rows go in pairs:
 * they share the loads of u_j and p_j and give four independent sums (one sum would wait on the add
 * latency every element).
 */
function matvec(
  aRe: Float64Array,
  aIm: Float64Array,
  n: number,
  from: number,
  uR: Float64Array,
  uI: Float64Array,
  pR: Float64Array,
  pI: Float64Array,
): void {
  let i = from;
  for (; i + 1 < n; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const u0r = uR[i];
    const u0i = uI[i];
    const u1r = uR[i + 1];
    const u1i = uI[i + 1];
    const d0 = aRe[r0 + i];
    const d1 = aRe[r1 + i + 1];
    const xr = aRe[r0 + i + 1];
    const xi = aIm[r0 + i + 1];
    // Row i gets A[i,i]u_i + A[i,i+1]u_{i+1}; row i+1 gets conj(A[i,i+1])u_i + A[i+1,i+1]u_{i+1}.
    let s0r = d0 * u0r + xr * u1r - xi * u1i;
    let s0i = d0 * u0i + xr * u1i + xi * u1r;
    let s1r = d1 * u1r + xr * u0r + xi * u0i;
    let s1i = d1 * u1i + xr * u0i - xi * u0r;
    for (let j = i + 2; j < n; j++) {
      const a0r = aRe[r0 + j];
      const a0i = aIm[r0 + j];
      const a1r = aRe[r1 + j];
      const a1i = aIm[r1 + j];
      const ujr = uR[j];
      const uji = uI[j];
      s0r += a0r * ujr - a0i * uji;
      s0i += a0r * uji + a0i * ujr;
      s1r += a1r * ujr - a1i * uji;
      s1i += a1r * uji + a1i * ujr;
      pR[j] += a0r * u0r + a0i * u0i + a1r * u1r + a1i * u1i;
      pI[j] += a0r * u0i - a0i * u0r + a1r * u1i - a1i * u1r;
    }
    pR[i] += s0r;
    pI[i] += s0i;
    pR[i + 1] += s1r;
    pI[i + 1] += s1i;
  }
  if (i < n) {
    const d = aRe[i * n + i];
    pR[i] += d * uR[i];
    pI[i] += d * uI[i];
  }
}

/** A ← A − q u† − u q† on the upper triangle of rows `from` … n−1 (q in pR, pI), rows in pairs. */
function rank2Update(
  aRe: Float64Array,
  aIm: Float64Array,
  n: number,
  from: number,
  uR: Float64Array,
  uI: Float64Array,
  qR: Float64Array,
  qI: Float64Array,
): void {
  let i = from;
  for (; i + 1 < n; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const q0r = qR[i];
    const q0i = qI[i];
    const u0r = uR[i];
    const u0i = uI[i];
    const q1r = qR[i + 1];
    const q1i = qI[i + 1];
    const u1r = uR[i + 1];
    const u1i = uI[i + 1];
    aRe[r0 + i] -= 2 * (q0r * u0r + q0i * u0i);
    aRe[r0 + i + 1] -= q0r * u1r + q0i * u1i + u0r * q1r + u0i * q1i;
    aIm[r0 + i + 1] -= q0i * u1r - q0r * u1i + u0i * q1r - u0r * q1i;
    aRe[r1 + i + 1] -= 2 * (q1r * u1r + q1i * u1i);
    for (let j = i + 2; j < n; j++) {
      const ujr = uR[j];
      const uji = uI[j];
      const qjr = qR[j];
      const qji = qI[j];
      aRe[r0 + j] -= q0r * ujr + q0i * uji + u0r * qjr + u0i * qji;
      aIm[r0 + j] -= q0i * ujr - q0r * uji + u0i * qjr - u0r * qji;
      aRe[r1 + j] -= q1r * ujr + q1i * uji + u1r * qjr + u1i * qji;
      aIm[r1 + j] -= q1i * ujr - q1r * uji + u1i * qjr - u1r * qji;
    }
  }
  if (i < n) aRe[i * n + i] -= 2 * (qR[i] * uR[i] + qI[i] * uI[i]);
}
