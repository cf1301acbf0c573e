import { firstOrderBondTraces } from '../../dyson/firstOrderBondTrace.ts';
import type { Erratum } from '../erratum.ts';
import { describeFrozen, frozenModel } from '../evidence/dysonCase.ts';

/** Shrunk by properties/dyson/goldenRule.prop.ts: N = 3, smallest n and t = τδε of its grid. */
const FROZEN = { sites: 3, levels: 200, coupling: 0.05 / 400, tau: 400, bandWidth: 0.05, ensemble: 'GUE', seed: 0 } as const;
const Z = 6;

/**
 * The edge correction b and relative fluctuation σ of one bond trace for the evenly spaced band
 * (derivation in properties/dyson/goldenRule.prop.ts).
 */
function window() {
  const { levels: n, bandWidth: de, coupling: lambda, tau } = FROZEN;
  const spacing = de / n;
  let s1 = 0;
  let s2 = 0;
  for (let m = -(n - 1); m <= n - 1; m++) {
    const x = (m * spacing * tau) / 2;
    const sinc = x === 0 ? 1 : Math.sin(x) / x;
    const v = tau * tau * sinc * sinc;
    s1 += (n - Math.abs(m)) * v;
    s2 += (n - Math.abs(m)) * v * v;
  }
  const integral = (2 * Math.PI * n * n * tau) / de;
  return { t26: lambda * lambda * integral, edge: 1 - s1 / integral, sigma: Math.sqrt(s2) / s1 };
}

/** (26): the printed value is the ONE-bond trace; the block trace of an interior site is twice it. */
export const eq26NeighbourCount: Erratum = {
  id: 'eq26-neighbour-count',
  equation: '(26)',
  printed: 'Tr_µ{(Û⁽¹⁾)²} ≈ 2πħλ²n²τ/δε, with Tr_µ the partial trace over subspace µ of (23)',
  corrected:
    'For the one-bond trace T_µν = Tr_µ{Û⁽¹⁾P̂_ν,νÛ⁽¹⁾} (ν = µ±1): T_µν ≈ 2πħλ²n²τ/δε. The block trace of (23) is ' +
    'Tr_µ{(Û⁽¹⁾)²} = Σ_ν=µ±1 T_µν ≈ z_µ·2πħλ²n²τ/δε, z_µ the number of neighbours (2 inside the chain, 1 at an end). ' +
    'Both within 1/δε ≪ τ ≪ n/δε and relative error ≤ b + 6σ: b = 1 − E T/T₂₆ ≥ 0 the finite-band correction ' +
    '(exact by Poisson summation for τ < 2πn/δε; b ≈ (2/π)(ln t + O(1))/t, t = τδε), σ ≈ √(Var|v|²·t/(3π))/n the ' +
    'fluctuation of the coupling draw.',
  consequences:
    '(27) and (28) need exactly the one-bond value: with it the corrected (25) gives (28) and (30)–(32), so κ and the ' +
    'rate equations survive. What is wrong is the reading of Tr_µ in (25)/(26) for interior sites (twice (26) under ' +
    'the definition (23)), which the factor 2 of (21) happens to compensate in (24)–(25).',
  checkedBy:
    'properties/dyson/goldenRule.prop.ts — “(26) holds for the one-bond trace”, “the block trace … is z_µ × (26)”, ' +
    '“(26) read with the block trace of (23) fails at an interior site” (shrinks to N = 3, n = 200), edge-correction bound',
  evidence() {
    const w = window();
    const bonds = firstOrderBondTraces(frozenModel(FROZEN), FROZEN.tau);
    const interior = bonds[0] + bonds[1]; // Tr_2{(Û⁽¹⁾)²}
    return {
      counterexample: `${describeFrozen(FROZEN)} (τδε = ${FROZEN.tau * FROZEN.bandWidth}, λ = δε/(2n)); interior site µ = 2`,
      printedResidual: Math.abs(interior / w.t26 - 1),
      correctedResidual: Math.abs(interior / (2 * w.t26) - 1),
      tolerance: w.edge + Z * w.sigma,
      toleranceDerivation:
        `relative deviation |Tr/target − 1|; tol = b + 6σ = ${w.edge.toFixed(4)} + 6·${w.sigma.toFixed(4)} — exact ` +
        'finite-band correction plus six standard deviations of the Gaussian-like sum of n² weighted |v|²',
    };
  },
};
