import type { GeneralModelSpec } from '../model/graph/generalModel.ts';

/**
 * Golden-rule rates of a general model with the density of final states, the generalization of (27):
 * κ_µν = 2π λ_µν² ρ_ν / ħ, ρ_ν = n_ν/δε_ν, for every bond (µ, ν) in both directions (0 without a bond).
 *
 * @remarks
 * Returned row-major N × N, `kappa[µ·N + ν]` = rate µ → ν (0-based). Detailed balance
 * κ_µν ρ_µ = κ_νµ ρ_ν = 2πλ²ρ_µρ_ν holds bond by bond, so the master equation of
 * {@link graphHamPopulations} relaxes to P_µ ∝ ρ_µ (∝ n_µ when all δε are equal). On the uniform chain every
 * rate is κ = 2πλ²n/δε (27).
 */
export function graphRates(spec: GeneralModelSpec): Float64Array {
  const N = spec.sites.length;
  const kappa = new Float64Array(N * N);
  // in the operation order of decayConstant (27), so the uniform chain's rates are its κ bit for bit
  const rate = (lam: number, final: { levels: number; bandWidth: number }) => (2 * Math.PI * lam * lam * final.levels) / final.bandWidth;
  for (const b of spec.bonds) {
    const mu = b.sites[0] - 1;
    const nu = b.sites[1] - 1;
    kappa[mu * N + nu] = rate(b.coupling, spec.sites[nu]);
    kappa[nu * N + mu] = rate(b.coupling, spec.sites[mu]);
  }
  return kappa;
}

/** Densities of states ρ_µ = n_µ/δε_µ (0-based µ). */
export function densities(spec: GeneralModelSpec): Float64Array {
  return Float64Array.from(spec.sites, (s) => s.levels / s.bandWidth);
}

/** The smallest non-zero rate κ_min of {@link graphRates}: the slowest bond sets the window T_D = 5/κ_min of D² (33). */
export function slowestRate(spec: GeneralModelSpec): number {
  let min = Infinity;
  for (const k of graphRates(spec)) if (k > 0) min = Math.min(min, k);
  return min;
}
