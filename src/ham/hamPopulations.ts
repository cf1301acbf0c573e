import { pathLaplacianModes } from './pathLaplacianModes.ts';

/**
 * HAM prediction P_µ(t) from the rate equations (30)–(32), solved in closed form.
 *
 * @remarks
 * P(t) = Σ_m e^{−κ ω_m t} u_m (u_m · P(0)) over the eigenmodes of {@link pathLaplacianModes}.
 * For N = 2 this is P₁(t) = ½(1 + e^{−2κt}) when P(0) = (1, 0). The m = 0 mode carries Σ_µ P_µ, so
 * the sum is conserved and P → Σ P(0)/N as t → ∞.
 * @param p0 - initial populations P_µ(0), µ 0-based, length N ≥ 1.
 * @returns one Float64Array(N) per time.
 */
export function hamPopulations(p0: ArrayLike<number>, kappa: number, times: ArrayLike<number>): Float64Array[] {
  const N = p0.length;
  const { rates, vectors } = pathLaplacianModes(N);
  const amplitudes = new Float64Array(N);
  for (let m = 0; m < N; m++) {
    let s = 0;
    for (let mu = 0; mu < N; mu++) s += vectors[m * N + mu] * p0[mu];
    amplitudes[m] = s;
  }
  const out: Float64Array[] = [];
  for (let j = 0; j < times.length; j++) {
    const p = new Float64Array(N);
    for (let m = 0; m < N; m++) {
      const a = amplitudes[m] * Math.exp(-kappa * rates[m] * times[j]);
      for (let mu = 0; mu < N; mu++) p[mu] += a * vectors[m * N + mu];
    }
    out.push(p);
  }
  return out;
}
