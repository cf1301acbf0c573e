import { HamcheckNumericalError } from '../errors.ts';

/**
 * Eigenvalues and eigenvectors of a real symmetric tridiagonal matrix by implicit QL with Wilkinson
 * shifts (the EISPACK `tql2` scheme), in place.
 *
 * @remarks
 * On entry `d` holds the diagonal, `e[k]` the off-diagonal between k and k+1 (`e[n−1]` is ignored),
 * and `z` an n×n row-major matrix whose rows are rotated along (pass the identity to get the
 * eigenvectors of T itself). On return `d` holds the eigenvalues in ascending order and row j of `z`
 * the eigenvector belonging to `d[j]`, i.e. T zⱼ = dⱼ zⱼ. Keeping eigenvectors in rows makes each
 * Givens rotation touch two contiguous rows.
 *
 * An off-diagonal e_m counts as zero once |e_m| ≤ ε·max_{l' ≤ l}(|d_l'| + |e_l'|), so the computed
 * eigenvalues are those of a matrix within O(ε‖T‖) of T. The total number of QL sweeps is capped at
 * 30n (LAPACK's `dsteqr` limit); beyond that a {@link HamcheckNumericalError} is thrown.
 */
export function tridiagonalQL(d: Float64Array, e: Float64Array, z: Float64Array, n: number): void {
  const eps = Number.EPSILON;
  const maxSweeps = 30 * n;
  let sweeps = 0;
  let f = 0;
  let tst1 = 0;
  if (n > 0) e[n - 1] = 0;
  // Rotation (c, s) of row pair (i, i+1) in the current sweep; applied to z once the sweep is done.
  const rc = new Float64Array(n);
  const rs = new Float64Array(n);
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let m = l;
    while (m < n - 1 && Math.abs(e[m]) > eps * tst1) m++;
    if (m > l) {
      do {
        if (++sweeps > maxSweeps) {
          throw new HamcheckNumericalError(
            `tridiagonal QL did not converge within ${maxSweeps} sweeps (30·dim, dim = ${n})`,
          );
        }
        // Wilkinson shift: eigenvalue of the leading 2×2 block nearest d[l].
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < n; i++) d[i] -= h;
        f += h;
        // Implicit QL sweep from m−1 down to l.
        p = d[m];
        let c = 1;
        let c2 = 1;
        let c3 = 1;
        const el1 = e[l + 1];
        let s = 0;
        let s2 = 0;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          rc[i] = c;
          rs[i] = s;
        }
        applySweep(z, n, l, m, rc, rs);
        p = -s * s2 * c3 * (el1 / dl1) * e[l]; // divided first: el1·e[l] could overflow
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  // Selection sort, ascending, swapping eigenvector rows along.
  for (let i = 0; i < n - 1; i++) {
    let k = i;
    let p = d[i];
    for (let j = i + 1; j < n; j++) {
      if (d[j] < p) {
        k = j;
        p = d[j];
      }
    }
    if (k !== i) {
      d[k] = d[i];
      d[i] = p;
      const oi = i * n;
      const ok = k * n;
      for (let c = 0; c < n; c++) {
        const t = z[oi + c];
        z[oi + c] = z[ok + c];
        z[ok + c] = t;
      }
    }
  }
}


/**
 * Applies the rotations of one QL sweep, i = m−1 down to l, to the rows of `z`. Consecutive rotations
 * share a row, so four of them go in one pass over five rows (each row loaded and stored once per
 * pass instead of twice per rotation); the remainder goes in pairs or singly.
 */
function applySweep(z: Float64Array, n: number, l: number, m: number, rc: Float64Array, rs: Float64Array): void {
  let i = m - 1;
  for (; i - 3 >= l; i -= 4) rotateFour(z, n, i - 3, rc, rs);
  for (; i - 1 >= l; i -= 2) rotatePair(z, n, i - 1, rc[i], rs[i], rc[i - 1], rs[i - 1]);
  if (i === l) rotate(z, n, i, rc[i], rs[i]);
}

/** (z_i, z_{i+1}) ← (c z_i − s z_{i+1}, s z_i + c z_{i+1}) on rows of the row-major n×n `z`. */
function rotate(z: Float64Array, n: number, i: number, c: number, s: number): void {
  const oi = i * n;
  const oj = oi + n;
  for (let k = 0; k < n; k++) {
    const zj = z[oj + k];
    const zi = z[oi + k];
    z[oj + k] = s * zi + c * zj;
    z[oi + k] = c * zi - s * zj;
  }
}

/** `rotate(i+1, c1, s1)` followed by `rotate(i, c2, s2)`, fused: three rows read and written once. */
function rotatePair(z: Float64Array, n: number, i: number, c1: number, s1: number, c2: number, s2: number): void {
  const o0 = i * n;
  const o1 = o0 + n;
  const o2 = o1 + n;
  for (let k = 0; k < n; k++) {
    const a = z[o2 + k];
    const b = z[o1 + k];
    const x = z[o0 + k];
    const b1 = c1 * b - s1 * a;
    z[o2 + k] = s1 * b + c1 * a;
    z[o1 + k] = s2 * x + c2 * b1;
    z[o0 + k] = c2 * x - s2 * b1;
  }
}

/** Rotations i+3, i+2, i+1, i (in that order, from `rc`, `rs`) fused: rows i … i+4 read and written once. */
function rotateFour(z: Float64Array, n: number, i: number, rc: Float64Array, rs: Float64Array): void {
  const c0 = rc[i + 3];
  const s0 = rs[i + 3];
  const c1 = rc[i + 2];
  const s1 = rs[i + 2];
  const c2 = rc[i + 1];
  const s2 = rs[i + 1];
  const c3 = rc[i];
  const s3 = rs[i];
  const o0 = i * n;
  const o1 = o0 + n;
  const o2 = o1 + n;
  const o3 = o2 + n;
  const o4 = o3 + n;
  for (let k = 0; k < n; k++) {
    const a4 = z[o4 + k];
    let a3 = z[o3 + k];
    z[o4 + k] = s0 * a3 + c0 * a4;
    a3 = c0 * a3 - s0 * a4;
    let a2 = z[o2 + k];
    z[o3 + k] = s1 * a2 + c1 * a3;
    a2 = c1 * a2 - s1 * a3;
    let a1 = z[o1 + k];
    z[o2 + k] = s2 * a1 + c2 * a2;
    a1 = c2 * a1 - s2 * a2;
    const a0 = z[o0 + k];
    z[o1 + k] = s3 * a0 + c3 * a1;
    z[o0 + k] = c3 * a0 - s3 * a1;
  }
}
