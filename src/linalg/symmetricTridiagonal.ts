/**
 * Householder reduction of a real symmetric matrix to symmetric tridiagonal form, A = Q T Qᵀ.
 *
 * @remarks
 * The real specialisation of {@link hermitianTridiagonal}: Q = P₀ ⋯ P_{n−3} with
 * P_k = 1 − u_k u_kᵀ/h_k, u = (x + sign(x₀)·α e₁)/α, h = 1 + |x₀|/α (= ‖u‖²/2), and the trailing block updated as
 * A − q uᵀ − u qᵀ with p = A u/h, q = p − (uᵀp/2h) u. The off-diagonal keeps its sign (no phases
 * needed). Only the upper triangle of the work copy is used; u_k sits in row k, columns k+1 … n−1.
 * Cost ≈ (4/3)n³ real flops.
 */
export interface SymmetricTridiagonal {
  readonly dim: number;
  /** Diagonal of T. */
  readonly diag: Float64Array;
  /** Off-diagonal of T between k and k+1 (length n, last entry 0). */
  readonly off: Float64Array;
  /** Work copy: row k, columns k+1 … n−1 hold u_k. */
  readonly u: Float64Array;
  /** h_k of each reflector; 0 marks P_k = 1. */
  readonly h: Float64Array;
}

/** Reduces the symmetric matrix `a` (upper triangle read, row-major n×n, not modified) to tridiagonal form. */
export function symmetricTridiagonal(a: Float64Array, n: number): SymmetricTridiagonal {
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const r = i * n;
    for (let j = i; j < n; j++) w[r + j] = a[r + j];
  }
  const diag = new Float64Array(n);
  const off = new Float64Array(n);
  const h = new Float64Array(n);
  const u = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    const rk = k * n;
    diag[k] = w[rk + k];
    let scale = 0;
    for (let j = k + 1; j < n; j++) scale = Math.max(scale, Math.abs(w[rk + j]));
    if (scale === 0) continue;
    let ss = 0;
    for (let j = k + 1; j < n; j++) {
      const x = w[rk + j] / scale;
      ss += x * x;
    }
    const alpha = scale * Math.sqrt(ss);
    const x0 = w[rk + k + 1];
    const sg = x0 < 0 ? -1 : 1;
    // u and h divided by α and α², so h ∈ [1, 2] never under- or overflows.
    const hk = 1 + Math.abs(x0) / alpha;
    h[k] = hk;
    off[k] = -sg * alpha;
    w[rk + k + 1] = sg * hk;
    for (let j = k + 2; j < n; j++) w[rk + j] /= alpha;
    for (let j = k + 1; j < n; j++) {
      u[j] = w[rk + j];
      p[j] = 0;
    }
    matvec(w, n, k + 1, u, p);
    let up = 0;
    for (let j = k + 1; j < n; j++) {
      p[j] /= hk;
      up += u[j] * p[j];
    }
    const kk = up / (2 * hk);
    for (let j = k + 1; j < n; j++) p[j] -= kk * u[j];
    rank2Update(w, n, k + 1, u, p);
  }
  if (n >= 2) {
    diag[n - 2] = w[(n - 2) * n + n - 2];
    off[n - 2] = w[(n - 2) * n + n - 1];
  }
  if (n >= 1) diag[n - 1] = w[n * n - 1];
  return { dim: n, diag, off, u: w, h };
}

/** p = A u over rows and columns `from` … n−1 (upper triangle), rows in pairs for shared loads and independent sums. */
function matvec(a: Float64Array, n: number, from: number, u: Float64Array, p: Float64Array): void {
  let i = from;
  for (; i + 1 < n; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const u0 = u[i];
    const u1 = u[i + 1];
    const x = a[r0 + i + 1];
    let s0 = a[r0 + i] * u0 + x * u1;
    let s1 = x * u0 + a[r1 + i + 1] * u1;
    for (let j = i + 2; j < n; j++) {
      const a0 = a[r0 + j];
      const a1 = a[r1 + j];
      const uj = u[j];
      s0 += a0 * uj;
      s1 += a1 * uj;
      p[j] += a0 * u0 + a1 * u1;
    }
    p[i] += s0;
    p[i + 1] += s1;
  }
  if (i < n) p[i] += a[i * n + i] * u[i];
}

/** A ← A − q uᵀ − u qᵀ on the upper triangle of rows `from` … n−1, rows in pairs. */
function rank2Update(a: Float64Array, n: number, from: number, u: Float64Array, q: Float64Array): void {
  let i = from;
  for (; i + 1 < n; i += 2) {
    const r0 = i * n;
    const r1 = r0 + n;
    const q0 = q[i];
    const u0 = u[i];
    const q1 = q[i + 1];
    const u1 = u[i + 1];
    a[r0 + i] -= 2 * q0 * u0;
    a[r0 + i + 1] -= q0 * u1 + u0 * q1;
    a[r1 + i + 1] -= 2 * q1 * u1;
    for (let j = i + 2; j < n; j++) {
      const uj = u[j];
      const qj = q[j];
      a[r0 + j] -= q0 * uj + u0 * qj;
      a[r1 + j] -= q1 * uj + u1 * qj;
    }
  }
  if (i < n) a[i * n + i] -= 2 * q[i] * u[i];
}
