import { measureKappaTh } from '../../transport/measureKappaTh.ts';
import { validateTransportModelSpec } from '../../transport/transportModel.ts';
import { MASTER_EQUATION_REMAINDER_FORMULA } from '../../transport/goldenRuleRegime.ts';
import type { Erratum } from '../erratum.ts';

/** The N = 2 chain with n = 100 at c₁ = ½ (exact trace, no statistical error), mean temperature T = 1, ΔT = 0.01. */
const FROZEN = { levels: 100, bandWidth: 0.05, coupling: 0.05 / 200, seed: 0, T: 1, dT: 0.01 } as const;

/** (46): the printed sign is the paper's orientation (current into subunit 1), opposite to hamcheck's J₁→₂. */
export const eq46CurrentOrientation: Erratum = {
  id: 'transport-eq46-orientation',
  equation: '(42), (43), (46)',
  printed:
    'J = ½Σ_ij(E_i − E_j)dP_ij/dt = Σ ℰ dP(E,ℰ)/dt and J = −Σ κ(E,ℰ,ℰ′)e^{−E/k_BT}/(k_BT²Z²)(n(E,ℰ)ℰ² − n(E,ℰ′)ℰℰ′)ΔT ' +
    '= −κ_thΔT, with β₁,₂ = 1/(k_B(T ± ΔT/2)) (subunit 1 hotter for ΔT > 0)',
  corrected:
    'Orientation, not an algebra error: the J of (42)/(43) is ½ d(U₁ − U₂)/dt, the energy flowing INTO the hotter ' +
    'subunit 1, so it is negative when heat flows normally and (46) is consistent with (2) and (34). hamcheck reports ' +
    'the current from the hotter to the colder subunit, J₁→₂ = −J(43) = +κ_th ΔT with κ_th > 0 of (47)/(48).',
  consequences:
    'None for κ_th (47)/(48), which is positive in both orientations. Every J in hamcheck (formulas, measured currents, ' +
    'CLI output) is J₁→₂ > 0 for ΔT = T₁ − T₂ > 0; compare with (46) only after flipping its sign.',
  checkedBy:
    'spec/transport/formulas.spec.ts (sign convention), spec/transport/fourierLaw.spec.ts (measured J > 0 from hot to ' +
    'cold at every T); the evidence below is the exact phase-averaged current (trace) of the quasi-thermal product state',
  evidence() {
    const spec = validateTransportModelSpec({ bands: 1, levels: FROZEN.levels, bandWidth: FROZEN.bandWidth, coupling: FROZEN.coupling, seed: FROZEN.seed });
    const run = measureKappaTh(spec, [FROZEN.T], { mode: 'trace' });
    const q = run.points[0];
    const measured = q.kappaThMeasured * FROZEN.dT; // J₁→₂ at ΔT (linear regime, ±ΔT slope)
    const printed = -q.kappaThFiniteTime * FROZEN.dT; // (46): J = −κ_thΔT, κ_th at the same finite times
    const corrected = q.kappaThFiniteTime * FROZEN.dT;
    return {
      counterexample:
        `N = 2, n = ${FROZEN.levels}, δε = ${FROZEN.bandWidth}, λ = ${FROZEN.coupling}, GUE seed ${FROZEN.seed}; k_BT = ${FROZEN.T}, ` +
        `ΔT = ${FROZEN.dT}: exact J₁→₂ = ${measured.toExponential(3)} (energy leaves the hotter subunit 1)`,
      printedResidual: Math.abs(printed - measured) / Math.abs(measured),
      correctedResidual: Math.abs(corrected - measured) / Math.abs(measured),
      tolerance: run.remainderBound,
      toleranceDerivation:
        `relative deviation from the exact current; tol = ${MASTER_EQUATION_REMAINDER_FORMULA} = ${run.remainderBound.toExponential(2)}, ` +
        'the remainder of the second-order master equation that gives κ_th at the finite times of the window',
    };
  },
};
