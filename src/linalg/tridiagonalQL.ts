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
        let pending = false;
        let pc = 1;
        let ps = 0;
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
          // Rotations come in the order i = m−1, m−2, …; pairs sharing row i+1 go in one pass.
          if (pending) {
            rotatePair(z, n, i, pc, ps, c, s);
            pending = false;
          } else {
            pending = true;
            pc = c;
            ps = s;
          }
        }
        if (pending) rotate(z, n, l, pc, ps);
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
