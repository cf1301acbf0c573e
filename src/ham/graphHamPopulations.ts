import { symmetricEigen } from '../linalg/hermitianEigen.ts';
import type { GeneralModelSpec } from '../model/graph/generalModel.ts';
import { densities, graphRates } from './graphRates.ts';

/**
 * Generalized HAM: P_µ(t) from the master equation dP_µ/dt = Σ_ν (κ_νµ P_ν − κ_µν P_µ) with the golden-rule
 * rates of {@link graphRates}, solved in closed form; on the uniform chain it is (30)–(32).
 *
 * @remarks
 * Write dP/dt = M P, M_µν = κ_νµ (µ ≠ ν), M_µµ = −Σ_ν κ_µν. Detailed balance κ_µν ρ_µ = κ_νµ ρ_ν makes
 * S = R^{−1/2} M R^{1/2} (R = diag ρ) symmetric: S_µν = 2πλ_µν²√(ρ_µρ_ν), S_µµ = M_µµ. With S = U Λ Uᵀ
 * ({@link symmetricEigen}), P(t) = R^{1/2} U e^{Λt} Uᵀ R^{−1/2} P(0). Λ ≤ 0; the zero mode ∝ √ρ carries
 * Σ_µ P_µ, so the sum is conserved and P → ρ·ΣP(0)/Σρ (P ∝ n when all δε are equal).
 * @returns one Float64Array(N) per time.
 */
export function graphHamPopulations(spec: GeneralModelSpec, p0: ArrayLike<number>, times: ArrayLike<number>): Float64Array[] {
  return graphHamModes(spec).populations(p0, times);
}

/** The eigenmodes of S of {@link graphHamPopulations}, reusable for many initial populations. */
export function graphHamModes(spec: GeneralModelSpec): { rates: Float64Array; vectors: Float64Array; populations: (p0: ArrayLike<number>, times: ArrayLike<number>) => Float64Array[] } {
  const N = spec.sites.length;
  const kappa = graphRates(spec);
  const rho = densities(spec);
  const sqrtRho = rho.map(Math.sqrt);
  const s = new Float64Array(N * N);
  for (let mu = 0; mu < N; mu++) {
    let out = 0;
    for (let nu = 0; nu < N; nu++) {
      if (nu === mu) continue;
      out += kappa[mu * N + nu];
      // S_µν = ρ_µ^{−1/2} κ_νµ ρ_ν^{1/2} = 2πλ²√(ρ_µρ_ν), symmetric
      s[mu * N + nu] = (kappa[nu * N + mu] * sqrtRho[nu]) / sqrtRho[mu];
    }
    s[mu * N + mu] = -out;
  }
  const { values, vectors } = symmetricEigen(s, N);
  // The zero mode (∝ √ρ, exactly one on a connected graph: the largest eigenvalue) comes out as ±O(N·ε·‖S‖); a
  // rounding-sized negative value would slowly drain ΣP at long times, so it is set to its exact value 0.
  values[N - 1] = 0;
  const populations = (p0: ArrayLike<number>, times: ArrayLike<number>): Float64Array[] => {
    if (p0.length !== N) throw new RangeError(`graphHamPopulations: p0 has ${p0.length} entries for ${N} sites`);
    const amp = new Float64Array(N);
    for (let m = 0; m < N; m++) {
      let a = 0;
      for (let mu = 0; mu < N; mu++) a += vectors[mu * N + m] * (p0[mu] / sqrtRho[mu]);
      amp[m] = a;
    }
    const out: Float64Array[] = [];
    for (let j = 0; j < times.length; j++) {
      const p = new Float64Array(N);
      for (let m = 0; m < N; m++) {
        // Λ ≤ 0 up to rounding: clamp at 0 so no mode can grow
        const a = amp[m] * Math.exp(Math.min(0, values[m]) * times[j]);
        for (let mu = 0; mu < N; mu++) p[mu] += a * vectors[mu * N + m];
      }
      for (let mu = 0; mu < N; mu++) p[mu] *= sqrtRho[mu];
      out.push(p);
    }
    return out;
  };
  return { rates: values, vectors, populations };
}
