import { describe, expect, it } from 'vitest';
import { firstOrderPhaseIntegral, firstOrderPhaseIntegralAbs2 } from '../../src/dyson/firstOrderPhaseIntegral.ts';
import { SERIES_SWITCH, secondOrderPhaseIntegral } from '../../src/dyson/secondOrderPhaseIntegral.ts';
import { gQuadrature, gaussLegendre01, hQuadrature } from './support/quadrature.ts';

const EPS = Number.EPSILON;
const dist = (a: { re: number; im: number }, b: { re: number; im: number }) => Math.hypot(a.re - b.re, a.im - b.im);

describe('Gauss–Legendre oracle', () => {
  it('integrates polynomials of degree 2M − 1 = 127 exactly (∫₀¹ x^k = 1/(k+1))', () => {
    const { x, w } = gaussLegendre01(64);
    for (const k of [0, 1, 7, 64, 127]) {
      let s = 0;
      for (let i = 0; i < 64; i++) s += w[i] * x[i] ** k;
      // tol = 64·4ε/(k+1): 64 terms, each ≤ 1/(k+1)·(few ulp) — relative ~64ε.
      expect(Math.abs(s * (k + 1) - 1)).toBeLessThan(256 * EPS);
    }
  });
});

describe('g(ω, τ) = ∫₀^τ e^{iωt} dt (first order, (9))', () => {
  const taus = [0.3, 1, 7.5];
  // generic and near-degenerate ωτ, including exact zero and values far below √ε where a naive
  // (e^{iωτ} − 1)/(iω) has no correct digits
  const omegas = [0, 1e-300, 1e-14, 1e-9, 1e-6, 1e-3, 0.05, -0.4, 1, 3.7, -6];
  it.each(taus)('matches 64-point Gauss–Legendre at τ = %s', (tau) => {
    for (const w of omegas) {
      const g = firstOrderPhaseIntegral(w, tau);
      const q = gQuadrature(w, tau);
      // tol = (8 + 2|ωτ|)·ε·τ: closed form ≤ 4ε·τ (+ε|ωτ|τ phase), quadrature ≤ 2ε·Σ|w_i|·τ (Neumaier) + ε|ωτ|τ.
      const tol = (8 + 2 * Math.abs(w * tau)) * EPS * tau;
      expect(dist(g, q), `ω = ${w}: Δ vs tol ${tol}`).toBeLessThanOrEqual(tol);
    }
  });

  it('has the analytic limit and first-order Taylor term near ω = 0', () => {
    const tau = 2;
    for (const w of [1e-12, -3e-10, 1e-8]) {
      const g = firstOrderPhaseIntegral(w, tau);
      // g = τ(1 + iωτ/2 − (ωτ)²/6 + …): the quadratic term is < 1e-15·τ here.
      // tol = 4ε·τ + (ωτ)²τ/6: rounding of the closed form plus the omitted Taylor term.
      const tol = 4 * EPS * tau + ((w * tau) ** 2 * tau) / 6;
      expect(Math.abs(g.re - tau)).toBeLessThanOrEqual(tol);
      expect(Math.abs(g.im - (w * tau * tau) / 2) / Math.abs((w * tau * tau) / 2)).toBeLessThan(1e-6 + 8 * EPS);
    }
  });

  it('|g|² = τ² sinc²(ωτ/2) = 4 sin²(ωτ/2)/ω²', () => {
    for (const [w, tau] of [
      [0.3, 2],
      [1e-9, 5],
      [0, 3],
      [-2.5, 0.7],
    ]) {
      const g = firstOrderPhaseIntegral(w, tau);
      // tol = 16ε·τ²: |g|² from a value within 4ε·τ, squared.
      expect(Math.abs(firstOrderPhaseIntegralAbs2(w, tau) - (g.re ** 2 + g.im ** 2))).toBeLessThanOrEqual(16 * EPS * tau * tau);
    }
  });
});

describe('h(ω₁, ω₂, τ) = ∫₀^τ dt′ ∫₀^{t′} dt″ e^{iω₁t′} e^{iω₂t″} (second order, (10))', () => {
  const cases: [number, number, number, string][] = [
    [0.37, -1.21, 1.7, 'generic'],
    [2.1, 0.9, 3, 'generic, large phases'],
    [-4, 1.3, 5, 'generic, gap 20'],
    [0, 0, 2, 'all nodes coincide'],
    [1e-9, -2e-9, 3, 'all nodes within 1e-8'],
    [0.8, -0.8, 2.5, 'ω₁ + ω₂ = 0 (diagonal block of Û⁽²⁾)'],
    [0.8, -0.8 + 1e-11, 2.5, 'ω₁ + ω₂ ≈ 0'],
    [1e-10, 0.6, 4, 'ω₁ ≈ 0'],
    [0.6, 1e-13, 4, 'ω₂ ≈ 0'],
    [0, 0.6, 4, 'ω₁ = 0'],
    [0.6, 0, 4, 'ω₂ = 0'],
    [SERIES_SWITCH * (1 - 1e-12), 0, 1, 'gap just below the series switch'],
    [SERIES_SWITCH * (1 + 1e-12), 0, 1, 'gap just above the series switch'],
    [0.5 * SERIES_SWITCH, -0.5 * SERIES_SWITCH, 0.999, 'gap near the switch, ω₁ + ω₂ = 0'],
  ];
  it.each(cases)('matches 64×64 Gauss–Legendre at ω₁ = %s, ω₂ = %s, τ = %s (%s)', (w1, w2, tau) => {
    const h = secondOrderPhaseIntegral(w1, w2, tau);
    const q = hQuadrature(w1, w2, tau);
    const phase = (Math.abs(w1) + Math.abs(w2)) * tau;
    // tol = (16 + 2 + 4·|phase|)·ε·τ²: closed form ≤ 10ε·τ² (both branches, see its TSDoc) rounded up to 16,
    // quadrature ≤ 2ε·Σ|terms| = ε·τ² (Neumaier, Σ w = ½), and phase rounding ≤ 2ε·|phase|·τ² on each side.
    const tol = (18 + 4 * phase) * EPS * tau * tau;
    expect(dist(h, q), `Δ = ${dist(h, q)}, tol = ${tol}`).toBeLessThanOrEqual(tol);
  });

  it('has the analytic leading terms τ²[½ + i(2ω₁ + ω₂)τ/6] near coincident nodes', () => {
    const tau = 3;
    for (const [w1, w2] of [
      [1e-10, 3e-10],
      [-2e-9, 1e-9],
      [5e-12, -1e-11],
    ]) {
      const h = secondOrderPhaseIntegral(w1, w2, tau);
      const x1 = w1 * tau;
      const x2 = w2 * tau;
      const t2 = tau * tau;
      // tol = 16ε·τ² + τ²(|x₁| + |x₂|)²/8: rounding plus the omitted quadratic Taylor terms (≤ ⅛ max²).
      const tol = 16 * EPS * t2 + (t2 * (Math.abs(x1) + Math.abs(x2)) ** 2) / 8;
      expect(Math.abs(h.re - t2 / 2)).toBeLessThanOrEqual(tol);
      expect(Math.abs(h.im - (t2 * (2 * x1 + x2)) / 6)).toBeLessThanOrEqual(tol);
    }
  });

  it('is continuous across the series switch (both branches agree to rounding)', () => {
    for (const w2 of [0, 0.3, -0.7]) {
      const below = secondOrderPhaseIntegral(SERIES_SWITCH - 1e-13, w2 === 0 ? 0 : w2 * 1e-3, 1);
      const above = secondOrderPhaseIntegral(SERIES_SWITCH + 1e-13, w2 === 0 ? 0 : w2 * 1e-3, 1);
      // tol = 2·10ε + 2e-13·max|∂h/∂ω₁| ≤ 20ε + 2e-13 (|∂h/∂ω₁| ≤ τ³/3 = 1/3).
      expect(dist(below, above)).toBeLessThanOrEqual(20 * EPS + 1e-13);
    }
  });

  it('h(ω, −ω, τ) = iτ/ω − (e^{iωτ} − 1)/ω² (two-level diagonal element)', () => {
    for (const [w, tau] of [
      [0.9, 2],
      [-3, 1.5],
      [2, 10],
    ]) {
      const h = secondOrderPhaseIntegral(w, -w, tau);
      const exact = { re: -(Math.cos(w * tau) - 1) / (w * w), im: tau / w - Math.sin(w * tau) / (w * w) };
      // tol = (16 + 4|ωτ|)ε·τ² + 4ε/ω²: closed-form rounding and the rounding of the reference expression.
      const tol = (16 + 4 * Math.abs(w * tau)) * EPS * tau * tau + (4 * EPS) / (w * w);
      expect(dist(h, exact)).toBeLessThanOrEqual(tol);
    }
  });
});
