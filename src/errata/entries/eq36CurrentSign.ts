import { paperCurrentEq34, printedEq36 } from '../../transport/current.ts';
import { defaultWindow, slopeWeights, windowTimes } from '../../transport/fourier.ts';
import { isGoldenRuleRegime, MASTER_EQUATION_REMAINDER_FORMULA, masterEquationRemainder } from '../../transport/goldenRuleRegime.ts';
import { masterEquationPopulations, secondOrderTransfer } from '../../transport/secondOrder.ts';
import { measureTransfer, transferAt } from '../../transport/transfer.ts';
import { buildTransportModel, transportParameters, validateTransportModelSpec } from '../../transport/transportModel.ts';
import type { Erratum } from '../erratum.ts';

/** N = 2 chain (one band per subunit), c₁ = λn/δε = ½, the Fig. 2/4 initial condition P₁ = 1, P₂ = 0. */
const FROZEN = { levels: 100, bandWidth: 0.05, coupling: 0.05 / 200, seed: 0 } as const;

/** (36): the printed sign contradicts (34)–(35) with the rate equation (30). */
export const eq36CurrentSign: Erratum = {
  id: 'transport-eq36-sign',
  equation: '(36)',
  printed: 'J₁,₂ = −κΔE(P₂ − P₁), for J₁,₂ = ½(dU₁/dt − dU₂/dt) of (34) and U_µ = ΔE·P_µ (35)',
  corrected:
    'From (35) and (30), dP₁/dt = −κ(P₁ − P₂) = −dP₂/dt: J₁,₂ = ½ΔE(dP₁/dt − dP₂/dt) = −κΔE(P₁ − P₂) = +κΔE(P₂ − P₁). ' +
    'Read instead as the flow from subunit 1 to 2 (hamcheck’s J₁→₂ = ½(dU₂/dt − dU₁/dt), positive from hot to cold), ' +
    '(36) is right and (34)/(35) carry the flipped sign; either way (34)–(36) are inconsistent as printed.',
  consequences:
    'None for κ or κ_th: (27)–(33) do not use (36), and Sec. VII redefines the current by (42)/(43) with the orientation ' +
    'of (34), which (45)–(47) follow consistently. The magnitude |J| = κΔE|P₁ − P₂| is right. All hamcheck outputs use ' +
    'J₁→₂ = κΔE(P₁ − P₂) (src/transport/current.ts).',
  checkedBy:
    'spec/transport/formulas.spec.ts (sign convention of the current); the evidence below measures dP₁/dt of the exact ' +
    'Schrödinger dynamics (src/transport/transfer.ts, exact trace over band-1 states)',
  evidence() {
    const spec = validateTransportModelSpec({ bands: 1, ...FROZEN });
    const model = buildTransportModel(spec);
    const w = defaultWindow(transportParameters(spec));
    const times = windowTimes(w, 9);
    const weights = slopeWeights(times, w.t0, w.t1);
    const data = measureTransfer(model, { times, mode: 'trace' });
    let dP1 = 0; // window slope of P₁(t) for ψ(0) uniformly in band 1 of subunit 1 (P₁ = 1, P₂ = 0)
    for (let m = 0; m < times.length; m++) dP1 += weights[m] * transferAt(data.sectors[0], times.length, 0, m, 0, 0, 0);
    const exact = paperCurrentEq34(dP1, -dP1); // ΔE = 1, dP₂/dt = −dP₁/dt (probability conserved)
    // κ at the finite times of the window: second-order transfers of this H through the rate equation (30)
    const so = secondOrderTransfer(model, times);
    let kappa = 0;
    for (let m = 0; m < times.length; m++) {
      if (weights[m] !== 0) kappa -= weights[m] * masterEquationPopulations(model.sectors[0], so.w[0], m, new Float64Array([1, 0]))[0];
    }
    const printed = printedEq36(1, 0, kappa);
    const corrected = -kappa * (1 - 0); // −κΔE(P₁ − P₂)
    const rho = masterEquationRemainder(w, FROZEN.bandWidth);
    if (!isGoldenRuleRegime(w, FROZEN.bandWidth)) throw new Error('transport-eq36-sign: frozen case left the golden-rule regime');
    return {
      counterexample:
        `N = 2, n = ${FROZEN.levels}, δε = ${FROZEN.bandWidth}, λ = ${FROZEN.coupling} (c₁ = ½), GUE seed ${FROZEN.seed}; ` +
        `P₁ = 1, P₂ = 0; exact J₁,₂ = ΔE·dP₁/dt = ${exact.toExponential(3)} over t ∈ [${w.t0.toFixed(0)}, ${w.t1.toFixed(0)}]`,
      printedResidual: Math.abs(printed - exact) / Math.abs(exact),
      correctedResidual: Math.abs(corrected - exact) / Math.abs(exact),
      tolerance: rho,
      toleranceDerivation:
        `relative deviation from the exact window current, κ taken at the same finite times (second-order transfer ` +
        `through (30)); tol = ${MASTER_EQUATION_REMAINDER_FORMULA} = ${rho.toExponential(2)}, the remainder of that master equation`,
    };
  },
};
