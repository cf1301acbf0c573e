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
  const rotations = new RotationQueue(z, n);
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
          rotations.push(i, c, s);
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]) > eps * tst1);
    }
    d[l] += f;
    e[l] = 0;
  }
  rotations.flush();
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

/** Rotations buffered before they are applied; ≈ 24 bytes each. */
const QUEUE_ROTATIONS_PER_ROW = 8;
/** Columns of `z` rotated together: n·COLUMN_CHUNK doubles stay in L2 while the queue streams past. */
const COLUMN_CHUNK = 32;

/**
 * Delayed application of Givens rotations to the rows of `z`.
 *
 * @remarks
 * Rotating two full rows per rotation streams the whole n×n matrix through memory once per QL sweep,
 * which makes the sweep memory-bound once n²·8 bytes outgrows the cache. The queue collects the
 * rotations of several sweeps and applies them, in order, to one slab of {@link COLUMN_CHUNK} columns
 * at a time (columns are independent under row rotations), so the matrix passes through memory once
 * per flush instead of once per sweep.
 */
class RotationQueue {
  private readonly row: Int32Array;
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private count = 0;

  constructor(
    private readonly z: Float64Array,
    private readonly n: number,
  ) {
    const capacity = Math.max(1, QUEUE_ROTATIONS_PER_ROW * n);
    this.row = new Int32Array(capacity);
    this.cos = new Float64Array(capacity);
    this.sin = new Float64Array(capacity);
  }

  /** Queues the rotation (z_i, z_{i+1}) ← (c z_i − s z_{i+1}, s z_i + c z_{i+1}). */
  push(i: number, c: number, s: number): void {
    if (this.count === this.row.length) this.flush();
    this.row[this.count] = i;
    this.cos[this.count] = c;
    this.sin[this.count] = s;
    this.count++;
  }

  /** Applies every queued rotation, in order, and empties the queue. */
  flush(): void {
    const { z, n, row, cos, sin, count } = this;
    for (let k0 = 0; k0 < n; k0 += COLUMN_CHUNK) {
      const k1 = Math.min(n, k0 + COLUMN_CHUNK);
      for (let r = 0; r < count; r++) {
        const c = cos[r];
        const s = sin[r];
        const oi = row[r] * n;
        const oj = oi + n;
        for (let k = k0; k < k1; k++) {
          const zj = z[oj + k];
          const zi = z[oi + k];
          z[oj + k] = s * zi + c * zj;
          z[oi + k] = c * zi - s * zj;
        }
      }
    }
    this.count = 0;
  }
}
