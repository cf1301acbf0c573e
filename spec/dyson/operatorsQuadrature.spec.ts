/**
 * Û⁽¹⁾ and Û⁽²⁾ of small chains against direct Gauss–Legendre quadrature of V̂(t) and V̂(t′)V̂(t″) — the
 * definitions (9), (10) — and the exact propagator against an independent ml-matrix eigen oracle.
 */
import { describe, expect, it } from 'vitest';
import { type ComplexMatrix, adjoint, identityMatrix, linearCombination, matMul, maxAbs, matSub } from '../../src/linalg/complexMatrix.ts';
import { dysonFirstOrder } from '../../src/dyson/firstOrderOperator.ts';
import { exactInteractionPropagator } from '../../src/dyson/interactionPropagator.ts';
import { interactionPictureCoupling } from '../../src/dyson/interactionPicture.ts';
import { dysonSecondOrder } from '../../src/dyson/secondOrderOperator.ts';
import { denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';
import { interactionPropagatorOracle } from './support/eigenOracle.ts';
import { gaussLegendre01 } from './support/quadrature.ts';

const EPS = Number.EPSILON;

function model(sites: number, levels: number, coupling: number, bandWidth: number, ensemble: 'GUE' | 'GOE', seed: number) {
  return buildChainModel(validateModelSpec({ sites, levels, coupling, bandWidth, ensemble, seed }));
}

function accumulate(acc: ComplexMatrix, m: ComplexMatrix, w: number): ComplexMatrix {
  return linearCombination(1, 0, acc, w, 0, m);
}

const MODELS = [
  { name: 'N = 3, n = 2, GUE', m: model(3, 2, 0.2, 0.6, 'GUE', 5), tau: 2.5 },
  { name: 'N = 4, n = 2, GOE', m: model(4, 2, 0.3, 1, 'GOE', 9), tau: 4 },
  { name: 'N = 2, n = 3, GUE', m: model(2, 3, 0.1, 0.2, 'GUE', 1), tau: 7 },
];

describe.each(MODELS)('Dyson operators against quadrature: $name', ({ m, tau }) => {
  const rule = gaussLegendre01(40);
  const vmax = Math.max(...m.couplingRe.flatMap((re, k) => Array.from(re, (x, e) => Math.hypot(x, m.couplingIm[k][e]))));
  const wmax = m.bandWidth;

  it('Û⁽¹⁾ = ∫₀^τ V̂(t) dt', () => {
    let q = identityMatrix(m.sites * m.levels);
    q = matSub(q, q);
    for (let i = 0; i < rule.x.length; i++) q = accumulate(q, interactionPictureCoupling(m, tau * rule.x[i]), tau * rule.w[i]);
    // GL-40 is exact to far below ε for phases |ω|τ ≤ 7 (error ~ (|ω|τ/2)^80/80!); tol = (8 + 2|ω|τ)·40·ε·|v|τ
    // covers the 40-term weighted sum of entries ≤ |v| and the phase rounding.
    const tol = (8 + 2 * wmax * tau) * 40 * EPS * vmax * tau;
    expect(maxAbs(matSub(dysonFirstOrder(m, tau), q))).toBeLessThanOrEqual(tol);
  });

  it('Û⁽²⁾ = ∫₀^τ dt′ ∫₀^{t′} dt″ V̂(t′)V̂(t″)', () => {
    let q = matSub(identityMatrix(m.sites * m.levels), identityMatrix(m.sites * m.levels));
    // t′ = τs, t″ = τsv: weight τ²·s·w_i·w_j on the unit square
    for (let i = 0; i < rule.x.length; i++) {
      const s = rule.x[i];
      const vp = interactionPictureCoupling(m, tau * s);
      for (let j = 0; j < rule.x.length; j++) {
        q = accumulate(q, matMul(vp, interactionPictureCoupling(m, tau * s * rule.x[j])), tau * tau * s * rule.w[i] * rule.w[j]);
      }
    }
    // tol = 2n·(1600 + 64 + 4|ω|τ)·ε·(|v|τ)²: 1600 weighted products summed (each ≤ 2n·|v|²·weight), the
    // closed form's own ≤ 2n·(2n + 32)ε(|v|τ)², and phase rounding.
    const tol = 2 * m.levels * (1600 + 64 + 4 * wmax * tau) * EPS * (vmax * tau) ** 2;
    expect(maxAbs(matSub(dysonSecondOrder(m, tau), q))).toBeLessThanOrEqual(tol);
  });

  it('e^{iĤ₀τ}e^{−iĤτ} (Taylor scaling-and-squaring) equals the ml-matrix eigen oracle', () => {
    const h = denseHamiltonian(m);
    const u = exactInteractionPropagator(m, tau);
    const oracle = interactionPropagatorOracle(h, tau);
    // Both are backward stable with ‖ΔH‖ ≲ d·ε·‖H − c‖, so they differ by ≲ 2·d·ε·‖H − c‖τ·(some log factor);
    // tol = 64·d·ε·(1 + ‖H − c‖_F·τ).
    let hf = 0;
    for (let i = 0; i < h.rows; i++) for (let j = 0; j < h.rows; j++) hf += (i === j ? 0 : h.re[i * h.rows + j] ** 2 + h.im[i * h.rows + j] ** 2);
    const tol = 64 * h.rows * EPS * (1 + (Math.sqrt(hf) + m.bandWidth) * tau);
    expect(maxAbs(matSub(u, oracle))).toBeLessThanOrEqual(tol);
    // and it is unitary
    const uu = matMul(u, adjoint(u));
    expect(maxAbs(matSub(uu, identityMatrix(h.rows)))).toBeLessThanOrEqual(tol);
  });
});
