import { checkGap } from './validate.ts';

/**
 * The energy current between two neighbouring subunits, eqs. (34)–(36), in hamcheck's ONE sign convention.
 *
 * @remarks
 * **Convention (used everywhere in src/transport):** J = J₁→₂ is the energy per unit time flowing from
 * subunit 1 to subunit 2, J = ½(dU₂/dt − dU₁/dt). It is positive when energy flows from the hotter to the
 * colder subunit: with T₁ = T + ΔT/2 and T₂ = T − ΔT/2 (eq. 40, subunit 1 hotter for ΔT > 0) Fourier's
 * law reads J = +κ_th ΔT with κ_th > 0.
 *
 * The paper's J₁,₂ of (34) is ½(dU₁/dt − dU₂/dt) = −J (positive when subunit 1 *gains* energy); its
 * Fourier law (2), J = −κ_thΔT, and (42)–(46) use that orientation consistently. Its (36) does not: it
 * prints J₁,₂ = −κΔE(P₂ − P₁), whereas (35) with the rate equation (30) gives J₁,₂ = −κΔE(P₁ − P₂).
 * Both points are in the errata report (entries `transport-eq36-sign`, `transport-eq46-orientation`).
 */

/** J₁→₂ = ½(dU₂/dt − dU₁/dt) from the rates of change of the local energies (eq. 34, our orientation). */
export function energyCurrent(dU1dt: number, dU2dt: number): number {
  return 0.5 * (dU2dt - dU1dt);
}

/** The paper's J₁,₂ of eq. (34), ½(dU₁/dt − dU₂/dt) = −J₁→₂. */
export function paperCurrentEq34(dU1dt: number, dU2dt: number): number {
  return 0.5 * (dU1dt - dU2dt);
}

/**
 * J₁→₂ under the HAM rate equation (30), dP₁/dt = −κ(P₁ − P₂) = −dP₂/dt, with U_µ = ΔE·P_µ (35):
 * J₁→₂ = κΔE(P₁ − P₂).
 */
export function rateEquationCurrent(P1: number, P2: number, kappa: number, gap = 1): number {
  const g = checkGap(gap);
  const dP1 = -kappa * (P1 - P2);
  const dP2 = -kappa * (P2 - P1);
  return energyCurrent(g * dP1, g * dP2);
}

/** The paper's (36) as printed: J₁,₂ = −κΔE(P₂ − P₁). Kept for the errata evidence only. */
export function printedEq36(P1: number, P2: number, kappa: number, gap = 1): number {
  return -kappa * checkGap(gap) * (P2 - P1);
}
