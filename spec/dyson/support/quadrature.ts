/**
 * Gauss–Legendre quadrature (nodes by Newton iteration on P_M) and compensated summation, as an
 * independent oracle for the closed-form phase integrals.
 */

/** Nodes and weights of the M-point Gauss–Legendre rule on [0, 1]. */
export function gaussLegendre01(m: number): { x: Float64Array; w: Float64Array } {
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (m + 0.5));
    let dp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= m; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (m * (z * p1 - p0)) / (z * z - 1);
      const dz = p1 / dp;
      z -= dz;
      if (Math.abs(dz) < 1e-16) break;
    }
    {
      // recompute derivative at the converged node
      let p0 = 1;
      let p1 = z;
      for (let k = 2; k <= m; k++) {
        const p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
        p0 = p1;
        p1 = p2;
      }
      dp = (m * (z * p1 - p0)) / (z * z - 1);
    }
    x[i] = (1 - z) / 2;
    w[i] = 1 / ((1 - z * z) * dp * dp);
  }
  return { x, w };
}

/** Neumaier-compensated sum: error ≤ 2ε·Σ|terms| + O(mε²). */
export class CompensatedSum {
  private s = 0;
  private c = 0;
  add(v: number): void {
    const t = this.s + v;
    if (Math.abs(this.s) >= Math.abs(v)) this.c += this.s - t + v;
    else this.c += v - t + this.s;
    this.s = t;
  }
  get value(): number {
    return this.s + this.c;
  }
}

const RULE = gaussLegendre01(64);

/** ∫₀^τ e^{iωt} dt by 64-point Gauss–Legendre. */
export function gQuadrature(omega: number, tau: number): { re: number; im: number } {
  const re = new CompensatedSum();
  const im = new CompensatedSum();
  for (let i = 0; i < RULE.x.length; i++) {
    const ph = omega * tau * RULE.x[i];
    re.add(RULE.w[i] * Math.cos(ph));
    im.add(RULE.w[i] * Math.sin(ph));
  }
  return { re: tau * re.value, im: tau * im.value };
}

/**
 * ∫₀^τ dt′ ∫₀^{t′} dt″ e^{iω₁t′ + iω₂t″} = τ² ∫₀¹ ds s ∫₀¹ dv e^{i(ω₁τ)s + i(ω₂τ)sv}, 64×64 Gauss–Legendre
 * (the substitution u = sv maps the triangle onto the unit square; the integrand stays entire).
 */
export function hQuadrature(omega1: number, omega2: number, tau: number): { re: number; im: number } {
  const re = new CompensatedSum();
  const im = new CompensatedSum();
  const x1 = omega1 * tau;
  const x2 = omega2 * tau;
  for (let i = 0; i < RULE.x.length; i++) {
    const s = RULE.x[i];
    for (let j = 0; j < RULE.x.length; j++) {
      const ph = x1 * s + x2 * s * RULE.x[j];
      const w = RULE.w[i] * RULE.w[j] * s;
      re.add(w * Math.cos(ph));
      im.add(w * Math.sin(ph));
    }
  }
  return { re: tau * tau * re.value, im: tau * tau * im.value };
}
