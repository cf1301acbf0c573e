/**
 * The Dyson truncation error of (8): ‖e^{iĤ₀τ}e^{−iĤτ} − (1̂ − iÛ⁽¹⁾ − Û⁽²⁾)‖ shrinks like (λτ)³.
 *
 * @remarks
 * Û⁽¹⁾, Û⁽²⁾ come from the implementation under test; Ĥ and the exact interaction-picture propagator
 * Û_I = e^{iĤ₀τ}e^{−iĤτ} are the suite's own (src/model/chainHamiltonian.ts, src/dyson/interactionPropagator.ts)
 * on the same explicit arrays, with λ scaled by rescaling the coupling blocks.
 */
import { EPS } from '../../src/checks/check.ts';
import { frobeniusNorm, scaled } from '../../src/checks/dyson/operatorAlgebra.ts';
import { secondOrderTol } from '../../src/checks/dyson/tolerances.ts';
import { exactInteractionPropagator } from '../../src/dyson/interactionPropagator.ts';
import { type ComplexMatrix, identityMatrix, matAdd, matSub } from '../../src/linalg/complexMatrix.ts';
import { denseHamiltonian } from '../../src/model/chainHamiltonian.ts';
import { type ChainCase, chainCase, describeCase } from '../arbitraries/chainModels.ts';
import { CapabilitySkipped } from '../../src/protocol/implementation.ts';
import { defineProperty, expectWithin } from '../framework/property.ts';
import { claimedErrors } from './support/claimedTolerance.ts';
import { caseChain, caseOperators, caseWireModel } from './support/operators.ts';

/** Points of the geometric λ ladder (factor ½ per step). */
const LADDER = 5;
/** x₀ = λ₀‖v‖_F τ at the top of the ladder. */
const X0 = 0.08;

/** Frobenius norm of the off-diagonal part of H (= ‖λV‖_F) and ‖(H − c)τ‖₁ with c the mean level. */
function hamiltonianNorms(h: ComplexMatrix, tau: number): { couplingF: number; shifted1: number } {
  const d = h.rows;
  let c = 0;
  for (let i = 0; i < d; i++) c += h.re[i * d + i];
  c /= d;
  let f = 0;
  let best = 0;
  for (let j = 0; j < d; j++) {
    let col = 0;
    for (let i = 0; i < d; i++) {
      const a = Math.hypot(h.re[i * d + j] - (i === j ? c : 0), h.im[i * d + j]);
      col += a;
      if (i !== j) f += a * a;
    }
    best = Math.max(best, col);
  }
  return { couplingF: Math.sqrt(f), shifted1: best * tau };
}

export const truncationSlope = defineProperty({
  id: 'dyson/truncation-slope',
  title: '(8)–(10): log-log slope of ‖Û_I − (1 − iÛ⁽¹⁾ − Û⁽²⁾)‖_F over a λ ladder is 3 within a derived interval',
  requires: ['dyson.operators'],
  arbitrary: chainCase({ levels: [1, 5] }),
  cases: 60,
  minCases: 15,
  timeLimitMs: 20_000,
  async check(impl, c) {
    const base = denseHamiltonian(caseChain(caseWireModel(c)));
    const vF = hamiltonianNorms(base, c.tau).couplingF / c.spec.coupling; // ‖v‖_F at λ = 1
    const d = base.rows;
    const lambdas = Array.from({ length: LADDER }, (_, k) => (X0 / (vF * c.tau)) * 2 ** -k);
    const errors: number[] = [];
    const bounds: number[] = [];
    /** The same floor without the claim (the derived rounding tolerances alone). */
    const derivedBounds: number[] = [];
    for (const lambda of lambdas) {
      const kase: ChainCase = { spec: { ...c.spec, coupling: lambda }, tau: c.tau };
      const o = await caseOperators(impl, kase);
      const exact = exactInteractionPropagator(caseChain(caseWireModel(kase)), kase.tau);
      const dyson = matSub(matAdd(identityMatrix(d), scaled(o.u1, 0, -1)), o.u2);
      errors.push(frobeniusNorm(matSub(exact, dyson)));
      const x = lambda * vF * c.tau;
      // Remainder beyond third order: ‖Σ_{k≥4} (−i)^k Û⁽ᵏ⁾‖_F ≤ Σ_{k≥4} x^k/k! ≤ x⁴e^x/24 (‖Û⁽ᵏ⁾‖_F ≤ x^k/k!,
      // time-ordered integral over a simplex of volume τ^k/k!, Frobenius norm submultiplicative).
      const remainder = (x ** 4 * Math.exp(x)) / 24;
      // Rounding floor: d entries per row × the suite's propagator 64dε(1 + log₂(1 + ‖(H−c)τ‖₁)) per entry
      // (scaling and squaring on the shifted H), plus the Û⁽¹⁾/Û⁽²⁾ entry error over d² entries (Frobenius ≤ d·max):
      // max(secondOrderTol, the claim a(max|Û⁽¹⁾| + max|Û⁽²⁾|)).
      const shifted1 = hamiltonianNorms(o.h, c.tau).shifted1;
      const e = claimedErrors(impl, o);
      const propagatorFloor = d * 64 * d * EPS * (1 + Math.log2(1 + shifted1));
      bounds.push(remainder + propagatorFloor + d * Math.max(secondOrderTol(o), e.u1 + e.u2));
      derivedBounds.push(remainder + propagatorFloor + d * secondOrderTol(o));
    }
    // e_k = λ_k³·a + ρ_k with |ρ_k| ≤ bounds[k]; a ≥ a_lo from the smallest λ.
    const last = LADDER - 1;
    const ratios = (b: number[]) => {
      const aLo = (errors[last] - b[last]) / lambdas[last] ** 3;
      return { aLo, r: lambdas.map((l, k) => b[k] / (l ** 3 * aLo)) };
    };
    const resolved = ({ aLo, r }: { aLo: number; r: number[] }) => aLo > 0 && Math.max(...r) < 1;
    const { aLo, r } = ratios(bounds);
    if (!resolved({ aLo, r })) {
      // A loose claim can lift the floor above the third-order term at the small rungs: the slope is then not
      // decidable at that claim (the case is skipped; too many skips make the property inconclusive, never a pass).
      // Not resolved even above the claim-free floor: the answer hides the (λτ)³ term, which is wrong.
      const why = `e = ${errors[last]}, floor = ${bounds[last]}, remainder/third-order ratio ${Math.max(...r)} must stay below 1 (${describeCase(c)})`;
      if (resolved(ratios(derivedBounds))) {
        throw new CapabilitySkipped(`dyson.operators at the claimed accuracy ${impl.accuracy['dyson.operators']}: the (λτ)³ term is not resolved above the claimed error floor: ${why}`);
      }
      throw new Error(`third-order term not resolved above the floor: ${why}`);
    }
    // Step slope s_k = log₂(e_k/e_{k+1}) ∈ 3 + [log₂((1−r_k)/(1+r_{k+1})), log₂((1+r_k)/(1−r_{k+1}))]; the
    // least-squares slope over equally spaced log λ is a convex combination of the step slopes.
    let halfWidth = 0;
    for (let k = 0; k < last; k++) {
      halfWidth = Math.max(halfWidth, Math.abs(Math.log2((1 - r[k]) / (1 + r[k + 1]))), Math.abs(Math.log2((1 + r[k]) / (1 - r[k + 1]))));
    }
    const xs = lambdas.map(Math.log);
    const ys = errors.map(Math.log);
    const mx = xs.reduce((s, v) => s + v, 0) / LADDER;
    const my = ys.reduce((s, v) => s + v, 0) / LADDER;
    let num = 0;
    let den = 0;
    for (let k = 0; k < LADDER; k++) {
      num += (xs[k] - mx) * (ys[k] - my);
      den += (xs[k] - mx) ** 2;
    }
    const slope = num / den;
    const delta = Math.abs(slope - 3);
    expectWithin(delta <= halfWidth, `slope ${slope.toFixed(4)} (${describeCase(c)})`, delta, halfWidth);
  },
});
