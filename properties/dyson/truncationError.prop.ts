/**
 * The Dyson truncation error of (8): ‖e^{iĤ₀τ}e^{−iĤτ} − (1̂ − iÛ⁽¹⁾ − Û⁽²⁾)‖ shrinks like (λτ)³.
 */
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { type ChainCase, chainCase, describeCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { EPS } from '../../src/checks/check.ts';
import { toComplexMatrix } from '../../src/checks/dyson/operatorSet.ts';
import { frobeniusNorm, scaled } from '../../src/checks/dyson/operatorAlgebra.ts';
import { secondOrderTol } from '../../src/checks/dyson/tolerances.ts';
import { type ComplexMatrix, identityMatrix, matAdd, matSub } from '../../src/linalg/complexMatrix.ts';
import { caseOperators } from './support/operators.ts';

const impl = await implementationUnderTest();

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

describe(`Dyson truncation error (${impl.name})`, () => {
  test.prop([chainCase({ levels: [1, 5] })], propertyParams<[ChainCase]>(60, 20_000))(
    'log-log slope of ‖Û_I − (1 − iÛ⁽¹⁾ − Û⁽²⁾)‖_F over a λ ladder is 3 within a derived interval',
    async (c) => {
      const base = toComplexMatrix(await impl.hamiltonian(c.spec));
      const vF = hamiltonianNorms(base, c.tau).couplingF / c.spec.coupling; // ‖v‖_F at λ = 1
      const d = base.rows;
      const lambdas = Array.from({ length: LADDER }, (_, k) => (X0 / (vF * c.tau)) * 2 ** -k);
      const errors: number[] = [];
      const bounds: number[] = [];
      for (const lambda of lambdas) {
        const kase: ChainCase = { spec: { ...c.spec, coupling: lambda }, tau: c.tau };
        const o = await caseOperators(impl, kase);
        const exact = toComplexMatrix(await impl.interactionPropagator(kase.spec, kase.tau));
        const dyson = matSub(matAdd(identityMatrix(d), scaled(o.u1, 0, -1)), o.u2);
        errors.push(frobeniusNorm(matSub(exact, dyson)));
        const x = lambda * vF * c.tau;
        // Remainder beyond third order: ‖Σ_{k≥4} (−i)^k Û⁽ᵏ⁾‖_F ≤ Σ_{k≥4} x^k/k! ≤ x⁴e^x/24 (‖Û⁽ᵏ⁾‖_F ≤ x^k/k!,
        // time-ordered integral over a simplex of volume τ^k/k!, Frobenius norm submultiplicative).
        const remainder = (x ** 4 * Math.exp(x)) / 24;
        // Rounding floor: d entries per row × the propagator contract 64dε(1 + log₂(1 + ‖(H−c)τ‖₁)) per
        // entry, plus the Û⁽¹⁾/Û⁽²⁾ entry tolerance (secondOrderTol) over d² entries (Frobenius ≤ d·max).
        const shifted1 = hamiltonianNorms(o.h, c.tau).shifted1;
        const rounding = d * 64 * d * EPS * (1 + Math.log2(1 + shifted1)) + d * secondOrderTol(o);
        bounds.push(remainder + rounding);
      }
      // e_k = λ_k³·a + ρ_k with |ρ_k| ≤ bounds[k]; a ≥ a_lo from the smallest λ.
      const last = LADDER - 1;
      const aLo = (errors[last] - bounds[last]) / lambdas[last] ** 3;
      expect(aLo, `third-order term not resolved above the floor: ${describeCase(c)}`).toBeGreaterThan(0);
      const r = lambdas.map((l, k) => bounds[k] / (l ** 3 * aLo));
      expect(Math.max(...r), 'remainder/third-order ratio must stay below 1').toBeLessThan(1);
      // Step slope s_k = log₂(e_k/e_{k+1}) ∈ 3 + [log₂((1−r_k)/(1+r_{k+1})), log₂((1+r_k)/(1−r_{k+1}))]; the
      // least-squares slope over equally spaced log λ is a convex combination of the step slopes.
      let halfWidth = 0;
      for (let k = 0; k < last; k++) {
        halfWidth = Math.max(
          halfWidth,
          Math.abs(Math.log2((1 - r[k]) / (1 + r[k + 1]))),
          Math.abs(Math.log2((1 + r[k]) / (1 - r[k + 1]))),
        );
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
      expect(
        Math.abs(slope - 3),
        `slope ${slope.toFixed(4)}: Δ = ${Math.abs(slope - 3).toExponential(3)}, tol = ${halfWidth.toExponential(3)} (${describeCase(c)})`,
      ).toBeLessThanOrEqual(halfWidth);
    },
  );
});
