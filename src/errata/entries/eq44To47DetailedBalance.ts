import { detailedBalanceVerdicts } from '../../checks/kappaThBounds.ts';
import { measureKappaTh } from '../../transport/measureKappaTh.ts';
import { validateTransportModelSpec } from '../../transport/transportModel.ts';
import type { Erratum } from '../erratum.ts';

/**
 * Shrunk by fast-check (bands, then n) over B = 1 … 4, n = 1 … 10, k_BT ∈ {¼, ½, 1, 2, 4}ΔE, seeds 1 … 5, with
 * c = λn/δε = 0.03, δε = 0.05, the exact trace in the golden-rule regime, and "(47) misses by more than twice the
 * tolerance" as failure. B ≤ 2 cannot fail ((47) coincides with the corrected form there, formulas.prop.ts);
 * spec/transport/multiBandModel.spec.ts re-checks that no B = 3 model with n < 6 on that grid fails.
 */
const FROZEN = { bands: 3, levels: 6, bandWidth: 0.05, coupling: (0.03 * 0.05) / 6, seed: 1, T: 4 } as const;

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
    'None for one band: n(ΔE, ±ΔE/2) = n, so (47) gives (48) and (51). For B ≤ 2 (47) happens to coincide with the ' +
    'corrected form (every coupled pair has ℰℰ′ = 0 or equal n). From B = 3 on it fails: the (3,0)↔(2,1) bracket of ' +
    'sector E = 3ΔE nearly vanishes or turns negative instead of adding g. (44) with a symmetric κ would also drive ' +
    'P(E,ℰ) to P(E,ℰ′) rather than to n(E,ℰ)e^{−E/k_BT}: the thermal state would not be stationary.',
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
