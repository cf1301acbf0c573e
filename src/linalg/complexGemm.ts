/** Inner-dimension block: a 2-row panel of A and a JB-row panel of B stay in cache while it is swept. */
const KB = 128;
/** Rows of B per panel (JB·KB·16 bytes = 128 KiB). */
const JB = 64;

/**
 * C ← A·Bᵀ for complex matrices stored as separate real and imaginary row-major arrays:
 * C[i, j] = Σ_l A[i, l]·B[j, l], with A m×k, B p×k and C m×p (C is overwritten).
 *
 * @remarks
 * Both operands are read along their rows (the "dot product" form), so a conjugate-transposed product
 * A·B† is this with B's imaginary part negated by the caller. The loops are blocked over l (KB) and j
 * (JB) for the cache, and the kernel computes a 2×2 block of C per pass: eight independent sums and
 * four complex multiply-adds per eight loads, instead of one latency-bound sum per entry.
 * Cost m·p·k complex multiply-adds.
 *
 * Its callers form W(t) = P̂₁e^{−iHt}P̂₁ and W(t)Z for many band states: the band-population kernel
 * (src/exact/bandPopulationKernel.ts, the F4 ensemble of the benchmarks) and Fig. 4 of `hamcheck reproduce`
 * (src/paper/fig4Ensemble.ts, which also needs W for the Haar average); checked by
 * spec/linalg/complexGemm.spec.ts against the naive triple loop.
 */
export function complexGemmNT(
  aRe: Float64Array,
  aIm: Float64Array,
  m: number,
  bRe: Float64Array,
  bIm: Float64Array,
  p: number,
  k: number,
  cRe: Float64Array,
  cIm: Float64Array,
): void {
  cRe.fill(0, 0, m * p);
  cIm.fill(0, 0, m * p);
  for (let l0 = 0; l0 < k; l0 += KB) {
    const l1 = Math.min(k, l0 + KB);
    for (let j0 = 0; j0 < p; j0 += JB) {
      const j1 = Math.min(p, j0 + JB);
      let i = 0;
      for (; i + 1 < m; i += 2) {
        const a0 = i * k;
        const a1 = a0 + k;
        let j = j0;
        for (; j + 1 < j1; j += 2) {
          const b0 = j * k;
          const b1 = b0 + k;
          let r00 = 0;
          let i00 = 0;
          let r01 = 0;
          let i01 = 0;
          let r10 = 0;
          let i10 = 0;
          let r11 = 0;
          let i11 = 0;
          for (let l = l0; l < l1; l++) {
            const x0r = aRe[a0 + l];
            const x0i = aIm[a0 + l];
            const x1r = aRe[a1 + l];
            const x1i = aIm[a1 + l];
            const y0r = bRe[b0 + l];
            const y0i = bIm[b0 + l];
            const y1r = bRe[b1 + l];
            const y1i = bIm[b1 + l];
            r00 += x0r * y0r - x0i * y0i;
            i00 += x0r * y0i + x0i * y0r;
            r01 += x0r * y1r - x0i * y1i;
            i01 += x0r * y1i + x0i * y1r;
            r10 += x1r * y0r - x1i * y0i;
            i10 += x1r * y0i + x1i * y0r;
            r11 += x1r * y1r - x1i * y1i;
            i11 += x1r * y1i + x1i * y1r;
          }
          const c0 = i * p + j;
          const c1 = c0 + p;
          cRe[c0] += r00;
          cIm[c0] += i00;
          cRe[c0 + 1] += r01;
          cIm[c0 + 1] += i01;
          cRe[c1] += r10;
          cIm[c1] += i10;
          cRe[c1 + 1] += r11;
          cIm[c1 + 1] += i11;
        }
        if (j < j1) {
          accumulateEntry(aRe, aIm, a0, bRe, bIm, j * k, l0, l1, cRe, cIm, i * p + j);
          accumulateEntry(aRe, aIm, a1, bRe, bIm, j * k, l0, l1, cRe, cIm, (i + 1) * p + j);
        }
      }
      if (i < m) {
        for (let j = j0; j < j1; j++) accumulateEntry(aRe, aIm, i * k, bRe, bIm, j * k, l0, l1, cRe, cIm, i * p + j);
      }
    }
  }
}

/** C[c] += Σ_{l0 ≤ l < l1} A[a + l]·B[b + l] (edge entries of {@link complexGemmNT}). */
function accumulateEntry(
  aRe: Float64Array,
  aIm: Float64Array,
  a: number,
  bRe: Float64Array,
  bIm: Float64Array,
  b: number,
  l0: number,
  l1: number,
  cRe: Float64Array,
  cIm: Float64Array,
  c: number,
): void {
  let sr = 0;
  let si = 0;
  for (let l = l0; l < l1; l++) {
    const xr = aRe[a + l];
    const xi = aIm[a + l];
    const yr = bRe[b + l];
    const yi = bIm[b + l];
    sr += xr * yr - xi * yi;
    si += xr * yi + xi * yr;
  }
  cRe[c] += sr;
  cIm[c] += si;
}
