/**
 * N = 2, n = 1: the Dyson operators and the exact propagator against the analytic two-level (Rabi) result.
 */
import { describe, expect, it } from 'vitest';
import { adjoint, maxAbs, matSub } from '../../src/linalg/complexMatrix.ts';
import { firstOrderBondTraces } from '../../src/dyson/firstOrderBondTrace.ts';
import { dysonFirstOrder } from '../../src/dyson/firstOrderOperator.ts';
import { exactInteractionPropagator } from '../../src/dyson/interactionPropagator.ts';
import { interactionPictureCoupling } from '../../src/dyson/interactionPicture.ts';
import { splitSecondOrder } from '../../src/dyson/secondOrderDecomposition.ts';
import { dysonSecondOrder } from '../../src/dyson/secondOrderOperator.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';

const EPS = Number.EPSILON;
type C = { re: number; im: number };
const cx = (re: number, im = 0): C => ({ re, im });
const mul = (a: C, b: C): C => cx(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
const expi = (x: number): C => cx(Math.cos(x), Math.sin(x));
const dist = (a: C, b: C) => Math.hypot(a.re - b.re, a.im - b.im);
const entry = (m: { re: Float64Array; im: Float64Array; cols: number }, i: number, j: number): C =>
  cx(m.re[i * m.cols + j], m.im[i * m.cols + j]);

/** Two sites, one level each: H = [[E₁, b], [b*, E₂]]. */
function twoLevel(e1: number, e2: number, b: C) {
  return buildChainModel(
    validateModelSpec({
      sites: 2,
      levels: 1,
      bandWidth: 0.1,
      coupling: Math.hypot(b.re, b.im),
      explicit: { levels: [[e1], [e2]], couplings: [{ re: [b.re], im: [b.im] }] },
    }),
  );
}

const CASES: [number, number, C, number][] = [
  [1.02, 0.97, cx(0.03, -0.04), 3.5], // detuned, complex coupling
  [1, 1, cx(0.2, 0.1), 2], // degenerate: V̂(t) = V̂
  [1.3, 0.8, cx(-0.05, 0), 12], // large detuning, long step
];

describe.each(CASES)('two-level model E₁ = %s, E₂ = %s, b = %o, τ = %s', (e1, e2, b, tau) => {
  const model = twoLevel(e1, e2, b);
  const w = e1 - e2;
  const b2 = b.re ** 2 + b.im ** 2;
  const bc = cx(b.re, -b.im);
  // g(ω) = (e^{iωτ} − 1)/(iω) and h(ω, −ω) = iτ/ω − (e^{iωτ} − 1)/ω², written out directly
  const g = (om: number): C => (om === 0 ? cx(tau) : cx(Math.sin(om * tau) / om, (1 - Math.cos(om * tau)) / om));
  const hd = (om: number): C =>
    om === 0 ? cx((tau * tau) / 2) : cx(-(Math.cos(om * tau) - 1) / (om * om), tau / om - Math.sin(om * tau) / (om * om));
  // tol = 16ε·(1 + |b|τ)²·max(1, 1/(|ω|τ))²: the closed forms and these reference expressions each round
  // to a few ε of their scale |b|τ resp. |b|²τ²; the direct reference formulas lose a factor 1/(|ω|τ).
  const tol = 16 * EPS * (1 + Math.sqrt(b2) * tau) ** 2 * Math.max(1, 1 / Math.abs(w * tau || 1)) ** 2;

  it('V̂(t)_12 = b·e^{iωt}, Hermitian', () => {
    const v = interactionPictureCoupling(model, 0.7 * tau);
    expect(dist(entry(v, 0, 1), mul(b, expi(w * 0.7 * tau)))).toBeLessThanOrEqual(4 * EPS * Math.sqrt(b2) * (1 + w * tau));
    expect(maxAbs(matSub(v, adjoint(v)))).toBe(0);
  });

  it('Û⁽¹⁾ = [[0, b·g(ω)], [b*·g(−ω), 0]]', () => {
    const u1 = dysonFirstOrder(model, tau);
    expect(dist(entry(u1, 0, 1), mul(b, g(w)))).toBeLessThanOrEqual(tol);
    expect(dist(entry(u1, 1, 0), mul(bc, g(-w)))).toBeLessThanOrEqual(tol);
    expect(dist(entry(u1, 0, 0), cx(0)) + dist(entry(u1, 1, 1), cx(0))).toBe(0);
  });

  it('Û⁽²⁾ = diag(|b|² h(ω, −ω), |b|² h(−ω, ω)), no off part for N = 2', () => {
    const u2 = dysonSecondOrder(model, tau);
    const parts = splitSecondOrder(u2, 2, 1);
    expect(dist(entry(u2, 0, 0), mul(cx(b2), hd(w)))).toBeLessThanOrEqual(tol);
    expect(dist(entry(u2, 1, 1), mul(cx(b2), hd(-w)))).toBeLessThanOrEqual(tol);
    expect(maxAbs(parts.off)).toBe(0);
    expect(maxAbs(parts.remainder)).toBe(0);
  });

  it('bond trace T₁ = |b|²·|g(ω)|² = 4|b|² sin²(ωτ/2)/ω²', () => {
    const expected = w === 0 ? b2 * tau * tau : (4 * b2 * Math.sin((w * tau) / 2) ** 2) / (w * w);
    expect(Math.abs(firstOrderBondTraces(model, tau)[0] - expected)).toBeLessThanOrEqual(tol);
  });

  it('e^{iĤ₀τ}e^{−iĤτ} equals the Rabi formula', () => {
    // e^{−iĤτ} = e^{−iĒτ}[cos Ωτ − i sin(Ωτ)/Ω·(Ĥ − Ē)], Ē = (E₁+E₂)/2, Ω = √((ω/2)² + |b|²)
    const ebar = (e1 + e2) / 2;
    const om = Math.sqrt((w / 2) ** 2 + b2);
    const cs = Math.cos(om * tau);
    const sn = Math.sin(om * tau) / om;
    const hm = [
      [cx(w / 2), b],
      [bc, cx(-w / 2)],
    ];
    const energies = [e1, e2];
    const u = exactInteractionPropagator(model, tau);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        const inner = cx((i === j ? cs : 0) + sn * hm[i][j].im, -sn * hm[i][j].re);
        const expected = mul(expi((energies[i] - ebar) * tau), inner);
        // tol = 64ε(1 + Ωτ): the scaling-and-squaring bound (≈ (s + 19)·d·ε, s ≤ log₂(2Ωτ)+1) and the
        // reference's own rounding, with phases of size ≤ Ωτ + |ω|τ.
        expect(dist(entry(u, i, j), expected)).toBeLessThanOrEqual(64 * EPS * (1 + (om + Math.abs(w)) * tau));
      }
    }
  });
});
