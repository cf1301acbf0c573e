import { blockTraceChecks, GOLDEN_RULE_TOL_DERIVATION, GOLDEN_RULE_Z, goldenRuleWindow } from '../../checks/goldenRuleWindow.ts';
import { firstOrderBondTraces } from '../../dyson/firstOrderBondTrace.ts';
import type { Erratum } from '../erratum.ts';
import { describeFrozen, frozenModel } from '../evidence/frozenCase.ts';

/** Shrunk by properties/dyson/dyson.prop.ts: N = 3, smallest n and t = τδε of its grid. */
const FROZEN = { sites: 3, levels: 200, coupling: 0.05 / 400, tau: 400, bandWidth: 0.05, ensemble: 'GUE', seed: 0 } as const;

/** (26): the printed value is the ONE-bond trace; the block trace of an interior site is twice it. */
export const eq26NeighbourCount: Erratum = {
  id: 'eq26-neighbour-count',
  equation: '(26)',
  printed: 'Tr_µ{(Û⁽¹⁾)²} ≈ 2πħλ²n²τ/δε, with Tr_µ the partial trace over subspace µ of (23)',
  corrected:
    'For the one-bond trace T_µν = Tr_µ{Û⁽¹⁾P̂_ν,νÛ⁽¹⁾} (ν = µ±1): T_µν ≈ 2πħλ²n²τ/δε. The block trace of (23) is ' +
    'Tr_µ{(Û⁽¹⁾)²} = Σ_ν=µ±1 T_µν ≈ z_µ·2πħλ²n²τ/δε, z_µ the number of neighbours (2 inside the chain, 1 at an end). ' +
    `Both within 1/δε ≪ τ ≪ n/δε and relative error ≤ b + ${GOLDEN_RULE_Z}σ: b = 1 − E T/T₂₆ ≥ 0 the finite-band correction ` +
    '(exact by Poisson summation for τ < 2πn/δε; b ≈ (2/π)(ln t + O(1))/t, t = τδε), σ ≈ √(Var|v|²·t/(3π))/n the ' +
    'fluctuation of the coupling draw.',
  consequences:
    '(27) and (28) need exactly the one-bond value: with it the corrected (25) gives (28) and (30)–(32), so κ and the ' +
    'rate equations survive. What is wrong is the reading of Tr_µ in (25)/(26) for interior sites (twice (26) under ' +
    'the definition (23)), which the factor 2 of (21) happens to compensate in (24)–(25).',
  checkedBy:
    'properties/dyson/dyson.prop.ts — “(26) read with the block trace of (23) fails at an interior site” (shrinks to N = 3, ' +
    'n = 200), edge-correction bound; properties dyson/golden-rule-bond-trace, dyson/block-trace-neighbours ' +
    '(properties/dyson/goldenRuleProperties.ts)',
  evidence() {
    const w = goldenRuleWindow(FROZEN);
    const bonds = Array.from(firstOrderBondTraces(frozenModel(FROZEN), FROZEN.tau));
    // the interior site µ = 2: Tr_2{(Û⁽¹⁾)²} against (26) as printed, and against z_2·(26) = 2·(26)
    const printed = blockTraceChecks(w, bonds, FROZEN.sites, 'printed')[1];
    const corrected = blockTraceChecks(w, bonds, FROZEN.sites, 'neighbours')[1];
    return {
      counterexample: `${describeFrozen(FROZEN)} (τδε = ${FROZEN.tau * FROZEN.bandWidth}, λ = δε/(2n)); interior site µ = ${printed.site}`,
      printedResidual: printed.delta,
      correctedResidual: corrected.delta,
      tolerance: printed.tol,
      toleranceDerivation:
        `relative deviation |Tr/target − 1|; tol = b + ${GOLDEN_RULE_Z}σ = ${w.edge.toFixed(4)} + ${GOLDEN_RULE_Z}·${w.sigma.toFixed(4)} — ` +
        GOLDEN_RULE_TOL_DERIVATION,
    };
  },
};
