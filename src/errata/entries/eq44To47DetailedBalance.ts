import { detailedBalanceVerdicts } from '../../checks/kappaThBounds.ts';
import { C2_THRESHOLD } from '../../model/criteria.ts';
import { measureKappaTh } from '../../transport/measureKappaTh.ts';
import { kappaThDetailedBalance, kappaThPrinted47 } from '../../transport/multiBand.ts';
import { subunitSpectrum } from '../../transport/thermal.ts';
import { validateTransportModelSpec } from '../../transport/transportModel.ts';
import type { Erratum } from '../erratum.ts';

/**
 * Shrunk by fast-check (bands, then n) over B = 1 … 4, n = 1 … 10, k_BT ∈ {¼, ½, 1, 2, 4}ΔE, seeds 1 … 5, with
 * c = λn/δε = 0.03, δε = 0.05, the exact trace in the golden-rule regime, and "(47) misses by more than twice the
 * tolerance" as failure. B ≤ 2 cannot fail ((47) coincides with the corrected form there, formulas.prop.ts);
 * spec/transport/multiBandModel.spec.ts re-checks that no B = 3 model with n < 6 on that grid fails.
 */
const FROZEN = { bands: 3, levels: 6, bandWidth: 0.05, coupling: (0.03 * 0.05) / 6, seed: 1, T: 4 } as const;

/** Where the deficit of (47) is quoted: B bands, n levels each, k_BT/ΔE (the golden-rule forms; λ and δε cancel in the ratio). */
export const DEFICIT_GRID = { bands: [3, 4], levels: [4, 8, 25, 100], temperatures: [0.2, 0.5, 1, 2, 5] } as const;

/** 1 − (47)/(corrected form) at B, n, k_BT: the relative deficit of the printed formula (> 1 where (47) is negative). */
export function printed47Deficit(bands: number, levels: number, T: number): number {
  const p = { spectrum: subunitSpectrum(levels, 1, bands), bandWidth: 0.05, coupling: 1e-4 };
  return 1 - kappaThPrinted47(p, T).value / kappaThDetailedBalance(p, T);
}

const pct = (x: number): string => `${Math.round(100 * x)} %`;

function deficitSentence(): string {
  const g = DEFICIT_GRID;
  const rows = g.bands.flatMap((B) =>
    g.levels.map((n) => `B = ${B}, n = ${n}: ${g.temperatures.map((T) => pct(printed47Deficit(B, n, T))).join(', ')}`),
  );
  return `Deficit 1 − (47)/corrected at k_BT = ${g.temperatures.join(', ')} ΔE — ${rows.join('; ')}. It grows with n and with B ` +
    '(above 100 % (47) is negative) and falls off once n·e^{−ΔE/k_BT} ≪ 1, where sector E = ΔE (which (47) gets right) dominates.';
}

/** c₁ = ½ and c₂ ≤ C2_THRESHOLD need n ≥ 1/(4·C2_THRESHOLD) levels per band (c₂ = c₁²/n at fixed c₁). */
const INSIDE_CRITERIA_LEVELS = Math.ceil(1 / (4 * C2_THRESHOLD));

/** (44)–(47): a symmetric κ(E, ℰ, ℰ′) breaks detailed balance; (47) fails from B = 3 on. */
export const eq44To47DetailedBalance: Erratum = {
  id: 'transport-eq44-47-detailed-balance',
  equation: '(44)–(47)',
  printed:
    'dP(E,ℰ)/dt = −Σ_ℰ′ κ(E,ℰ,ℰ′)(P(E,ℰ) − P(E,ℰ′)) with κ symmetric in ℰ, ℰ′ (44), hence ' +
    'κ_th = Σ_{E,ℰ,ℰ′} κ(E,ℰ,ℰ′) e^{−E/k_BT}/(k_BT²Z²)(n(E,ℰ)ℰ² − n(E,ℰ′)ℰℰ′) (47)',
  corrected:
    'The golden rule with the density of FINAL states gives κ(E,ℰ→ℰ′) = 2πλ²O/(ħn(E,ℰ)), O = ∫ρ_ℰρ_ℰ′ — not symmetric: ' +
    'n(E,ℰ)κ(ℰ→ℰ′) = n(E,ℰ′)κ(ℰ′→ℰ) = g (detailed balance; the exact dynamics obeys it, exactly for GOE). The rate ' +
    'equation is dP_ℰ/dt = −Σ_ℰ′ g(P_ℰ/n(E,ℰ) − P_ℰ′/n(E,ℰ′)), whose fixed point is the thermal P ∝ n e^{−E/k_BT}, and ' +
    'κ_th = Σ_{E,ℰ,ℰ′} κ(E,ℰ→ℰ′) n(E,ℰ) e^{−E/k_BT}(ℰ − ℰ′)²/(2k_BT²Z²) = (ΔE/k_BT)² Σ_pairs g e^{−E/k_BT}/Z². ' +
    'It differs from (47) by −g ℰℰ′(n − n′)²/(nn′) per coupled pair. The counterexample below measures both forms ' +
    'against the exact dynamics; the Fig. 8 note (reports/paper/fig8.md) does so for a B = 3 model at several T.',
  consequences:
    'Assumptions of (44)–(47) and of this entry: every subunit has a single ground level (band 0, n₀ = 1) and B excited ' +
    'bands of n levels; the coupling exchanges one quantum between sub-bands of the same sector E (ℰ → ℰ ± ΔE). ' +
    'None for one band: n(ΔE, ±ΔE/2) = n, so (47) gives (48) and (51). For B ≤ 2 (47) happens to coincide with the ' +
    'corrected form (every coupled pair has ℰℰ′ = 0 or equal n). From B = 3 on the failure is structural: the outer ' +
    'pair of sector E = 3ΔE, (3,0) with n states at ℰ = 3ΔE/2 and (2,1) with n² states at ℰ = ΔE/2, enters (47) with the ' +
    'bracket n·(3/2)² − n²·(3/2)(1/2) + n²·(1/2)² − n·(1/2)(3/2) = (3n − n²)/2 (in ΔE²), which is < 0 for every n > 3, so no ' +
    'positive symmetric κ makes (47) right, whereas the corrected form adds g(ℰ − ℰ′)² > 0. ' +
    deficitSentence() +
    ' (44) with a symmetric κ would also drive P(E,ℰ) to P(E,ℰ′) rather than to n(E,ℰ)e^{−E/k_BT}: the thermal state ' +
    'would not be stationary. The exact-dynamics evidence below (and in the Fig. 8 note) runs at c = λn/δε = 0.03, far ' +
    `outside (29): inside it (c₁ = ½, c₂ ≤ ${C2_THRESHOLD}) needs n ≥ ${INSIDE_CRITERIA_LEVELS} levels per band, so sector ` +
    `E = 4ΔE of B = 3 alone has 3n² = ${3 * INSIDE_CRITERIA_LEVELS ** 2} states and the exact trace propagates every ` +
    'basis state of every sector — beyond the 2-core budget of these checks. The golden-rule forms compared here do ' +
    'not depend on c, and the one-band case inside (29) is confirmed by Fig. 8.',
  checkedBy:
    'properties/transport/formulas.prop.ts (B ≤ 2: forms coincide); properties/transport/exactDynamics.prop.ts (GOE ' +
    'detailed balance exactly, GUE via H*, exact κ_th = corrected master equation within ρ for random B, n); ' +
    'spec/transport/multiBandModel.spec.ts (rates and verdict on B = 3, n = 8)',
  evidence() {
    const spec = validateTransportModelSpec({
      bands: FROZEN.bands,
      levels: FROZEN.levels,
      bandWidth: FROZEN.bandWidth,
      coupling: FROZEN.coupling,
      seed: FROZEN.seed,
    });
    const run = measureKappaTh(spec, [FROZEN.T], { mode: 'trace' });
    const q = run.points[0];
    const v = detailedBalanceVerdicts(q, run.remainderBound);
    const backFlow = v.backFlow;
    return {
      counterexample:
        `B = ${FROZEN.bands} bands of n = ${FROZEN.levels}, δε = ${FROZEN.bandWidth}, λ = ${FROZEN.coupling.toExponential(3)}, ` +
        `GUE seed ${FROZEN.seed}, k_BT = ${FROZEN.T}ΔE; exact κ_th = ${q.kappaThMeasured.toExponential(3)} (trace over ` +
        `t ∈ [${run.window.t0.toFixed(0)}, ${run.window.t1.toFixed(0)}]), (47) with the same window rates ` +
        `${q.kappaThPrinted47Window.toExponential(3)}, corrected ${q.kappaThFiniteTime.toExponential(3)}`,
      printedResidual: v.printed47.deviation,
      correctedResidual: v.corrected.deviation,
      tolerance: v.printed47.tolerance,
      toleranceDerivation:
        `relative deviation from the exact κ_th; tol = ρ + b = ${run.remainderBound.toExponential(2)} + ` +
        `${backFlow.toExponential(2)}: ρ the remainder of the second-order master equation, b the back-flow (depletion) ` +
        'the window-rate form of (47) leaves out, computed from the same master equation',
    };
  },
};
