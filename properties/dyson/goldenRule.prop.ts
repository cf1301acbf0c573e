/**
 * The golden-rule trace (26): Tr_µ{(Û⁽¹⁾)²} ≈ 2πλ²n²τ/δε (ħ = 1) inside 1/δε ≪ τ ≪ n/δε.
 *
 * @remarks
 * Which trace. (23) defines Tr_µ as the trace over the band of subunit µ, so Tr_µ{(Û⁽¹⁾)²} =
 * Tr{P̂_µµ(Û⁽¹⁾)²P̂_µµ} = Σ_{ν=µ±1} T_{µν} with the one-bond trace T_{µν} = Tr{u⁽¹⁾_µν u⁽¹⁾_νµ} =
 * Tr_µ{Û⁽¹⁾P̂_ννÛ⁽¹⁾}: one term at a chain end, two for an interior site. The suite finds that (26) is
 * the ONE-bond trace; the block trace of an interior site is twice (26). What (25) → (28) needs is
 * exactly the one-bond trace (see the errata for (21) and (26)).
 *
 * Error bound (derived here, used as the tolerance). With evenly spaced levels (spacing Δ = δε/n),
 * T_{µν} = λ² Σ_ij |v_ij|² s(E_i − E_j), s(ω) = τ² sinc²(ωτ/2), E|v_ij|² = 1.
 * 1. Mean. E T = λ² Σ_{|m|<n} (n − |m|) s(mΔ). The Fourier transform of s is a triangle supported on
 *    |t| ≤ τ, so by Poisson summation Δ·Σ_{m∈ℤ} s(mΔ) = ∫ s dω = 2πτ EXACTLY when τ < 2π/Δ = 2πn/δε
 *    (the upper end of the window). Hence E T = T₂₆ − λ²C with T₂₆ = 2πλ²n²τ/δε and
 *    C = Σ_{m≠0} min(|m|, n) s(mΔ) ≥ 0: the finite-band (edge) correction, relative size
 *    b = C/(2πτn/Δ). Bounding s ≤ min(τ², 4/(mΔ)²) and summing (M = 2/(Δτ)):
 *    b ≤ (2/(πt))(3 + 2 ln(n/(M − 1))) + 1/(πn), t = τδε — small only when t ≫ 1 (the lower end).
 * 2. Fluctuation. Var T = Var|v|²·λ⁴ Σ_ij s_ij² (GUE: Var|v|² = 1, GOE: 2), so the relative standard
 *    deviation is σ = √(Var|v|² Σ s²)/Σ s ≈ √(Var|v|²·t/(3π))/n — the 1/√(n²) of n² terms, enhanced by
 *    the ≈ t levels inside the sinc² peak. T is a sum of ≈ 3πn²/t independent terms, close to Gaussian.
 * Bound: |T/T₂₆ − 1| ≤ b + zσ with z = 6 (two-sided Gaussian tail 2·10⁻⁹ per check).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ChainCase, anyChainCase } from '../arbitraries/chainModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { propertyParams } from '../support/propertyParams.ts';
import { expectMinimalCounterexample } from './support/counterexample.ts';
import { secondOrderTol, blockTrace } from './support/identities.ts';
import { caseOperators } from './support/operators.ts';
import { type Check, assertAll, check } from './support/tolerance.ts';

const impl = await implementationUnderTest();

/** z-score of the fluctuation allowance. */
const Z = 6;
/** δε of the paper's configurations. */
const BAND = 0.05;

/**
 * Large-n cases inside the window: N ∈ [2, 4], n = 200 + 50i ∈ [200, 300], t = τδε ∈ {20, 30, 40}
 * (so 1/δε ≪ τ and τ ≤ n/(5δε) ≪ n/δε), λ = δε/(2n) (criterion c₁ = ½), GUE/GOE, seed. The edge
 * correction b decays only like (2/π)(ln t + O(1))/t (b = 0.25 at t = 10, 0.15 at t = 20, 0.08 at
 * t = 40), so t ≥ 20 keeps b + 6σ ≤ 0.22 and an interior block trace (≈ 2(1 − b)·T₂₆) far outside it.
 */
export function goldenRuleCase(): fc.Arbitrary<ChainCase> {
  return fc
    .tuple(
      fc.integer({ min: 2, max: 4 }),
      fc.integer({ min: 0, max: 2 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom<'GUE' | 'GOE'>('GUE', 'GOE'),
      fc.integer({ min: 0, max: 0xffff }),
    )
    .map(([sites, i, j, ensemble, seed]) => {
      const levels = 200 + 50 * i;
      return {
        spec: { sites, levels, bandWidth: BAND, gap: 1, coupling: BAND / (2 * levels), ensemble, seed },
        tau: (20 + 10 * j) / BAND,
      };
    });
}

interface Window {
  /** (26): 2πλ²n²τ/δε. */
  t26: number;
  /** Relative edge correction b = 1 − E T/T₂₆ (exact for the evenly spaced band). */
  edge: number;
  /** Its analytic bound. */
  edgeBound: number;
  /** Relative standard deviation of one bond trace. */
  sigma: number;
}

/** The quantities of the error bound, from the band levels E_k = ΔE − δε/2 + (k + ½)δε/n. */
function window(c: ChainCase): Window {
  const { levels: n, bandWidth: de, coupling: lambda, ensemble } = c.spec;
  const tau = c.tau;
  const spacing = de / n;
  const s = (w: number) => {
    const x = (w * tau) / 2;
    const sinc = x === 0 ? 1 : Math.sin(x) / x;
    return tau * tau * sinc * sinc;
  };
  let s1 = 0;
  let s2 = 0;
  for (let m = -(n - 1); m <= n - 1; m++) {
    const v = s(m * spacing);
    s1 += (n - Math.abs(m)) * v;
    s2 += (n - Math.abs(m)) * v * v;
  }
  const integral = (2 * Math.PI * n * n * tau) / de;
  const t = tau * de;
  const M = 2 / (spacing * tau);
  const varV2 = ensemble === 'GOE' ? 2 : 1;
  return {
    t26: lambda * lambda * integral,
    edge: 1 - s1 / integral,
    edgeBound: (2 / (Math.PI * t)) * (3 + 2 * Math.log(n / (M - 1))) + 1 / (Math.PI * n),
    sigma: Math.sqrt(varV2 * s2) / s1,
  };
}

/** Block traces Tr_µ{(Û⁽¹⁾)²} = T_{µ−1} + T_µ from the bond traces (1-based µ → index µ−1). */
function blockTraces(bonds: number[], sites: number): number[] {
  return Array.from({ length: sites }, (_, i) => (i > 0 ? bonds[i - 1] : 0) + (i < sites - 1 ? bonds[i] : 0));
}

async function bondChecks(c: ChainCase): Promise<Check[]> {
  const w = window(c);
  const bonds = await impl.bondTraces(c.spec, c.tau);
  // tol = b + zσ: edge correction (exact, ≥ 0) plus z standard deviations of the coupling draw.
  return bonds.map((t, i) => check(`(26) bond ${i + 1}–${i + 2}`, Math.abs(t / w.t26 - 1), w.edge + Z * w.sigma));
}

/** (26) read with Tr_µ the block trace of (23), printed (factor 1) or counting the neighbours. */
async function blockChecks(c: ChainCase, variant: 'printed' | 'neighbours'): Promise<Check[]> {
  const w = window(c);
  const sites = c.spec.sites;
  const traces = blockTraces(await impl.bondTraces(c.spec, c.tau), sites);
  return traces.map((tr, i) => {
    const z = i === 0 || i === sites - 1 ? 1 : 2;
    const target = variant === 'printed' ? w.t26 : z * w.t26;
    // tol = b + zσ/√z: the z bonds of a site are independent draws, their sum has relative σ/√z.
    const tol = variant === 'printed' ? w.edge + Z * w.sigma : w.edge + (Z * w.sigma) / Math.sqrt(z);
    return check(`(26) ${variant} Tr_${i + 1}`, Math.abs(tr / target - 1), tol);
  });
}

describe(`golden-rule trace (26) (${impl.name})`, () => {
  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 10_000))(
    'the derived edge correction b = 1 − E T/T₂₆ is ≥ 0 and within its analytic bound',
    async (c) => {
      const w = window(c);
      expect(w.edge).toBeGreaterThanOrEqual(-1e-12); // Poisson exactness: E T ≤ T₂₆ up to rounding
      expect(w.edge).toBeLessThanOrEqual(w.edgeBound);
      expect(c.tau).toBeLessThan((2 * Math.PI * c.spec.levels) / c.spec.bandWidth); // inside the Poisson range
    },
  );

  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 15_000))(
    '(26) holds for the one-bond trace Tr_µ{Û⁽¹⁾P̂_ννÛ⁽¹⁾}, |T/T₂₆ − 1| ≤ b + 6σ',
    async (c) => {
      assertAll(await bondChecks(c));
    },
  );

  test.prop([goldenRuleCase()], propertyParams<[ChainCase]>(12, 15_000))(
    'the block trace Tr_µ{(Û⁽¹⁾)²} of (23) is z_µ × (26), z_µ = number of neighbours',
    async (c) => {
      assertAll(await blockChecks(c, 'neighbours'));
    },
  );

  it('(26) read with the block trace of (23) fails at an interior site; minimal counterexample N = 3, n = 200', async () => {
    await expectMinimalCounterexample(goldenRuleCase(), (c) => blockChecks(c, 'printed'), { sites: 3, levels: 200 }, 20, 15_000);
  });

  test.prop([anyChainCase()], propertyParams<[ChainCase]>(60, 5_000))(
    'bond traces agree with the dense Û⁽¹⁾: Tr_µ{(Û⁽¹⁾)²} = T_{µ−1} + T_µ',
    async (c) => {
      const o = await caseOperators(impl, c);
      const sq = o.u1.mul(o.u1);
      const traces = blockTraces(await impl.bondTraces(c.spec, c.tau), o.sites);
      // tol = n·secondOrderTol: a block trace sums n diagonal entries of (Û⁽¹⁾)², each within secondOrderTol.
      assertAll(traces.map((t, i) => check(`Tr_${i + 1}`, Math.abs(blockTrace(o, sq, i + 1) - t), o.levels * secondOrderTol(o))));
    },
  );
});
