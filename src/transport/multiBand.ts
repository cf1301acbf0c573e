import { HamcheckInputError } from '../errors.ts';
import { logSumExp, logTwoSinh } from './logMath.ts';
import { logPartitionFunction, type SubunitSpectrum } from './thermal.ts';
import { checkBandWidth, checkCoupling, checkTemperature, checkTemperaturePair } from './validate.ts';

/**
 * Golden-rule rates and heat conductivity of the two-subunit multi-band model (Sec. VII, Figs. 6–7).
 *
 * @remarks
 * Coordinates (39): a state with subunit 1 in band i and subunit 2 in band j lies in the "sub-band"
 * (i, j) with E = E_i + E_j and ℰ = (E_i − E_j)/2. The energy-exchanging coupling moves one quantum ΔE
 * between the subunits, so it connects (i, j) only with (i ∓ 1, j ± 1): same E, ℰ changed by ∓ΔE.
 * n(E, ℰ) = n_i n_j. Energy distribution inside a sub-band (bands of width δε, levels evenly spread):
 * uniform of width δε when one subunit is in its ground state, triangular of width 2δε (the convolution
 * of two uniform bands) when both are excited.
 *
 * Golden rule with the density of FINAL states: for iid couplings with E|v|² = 1, a state of sub-band a at
 * energy x decays into b at the rate 2πλ²ρ_b(x)/ħ; averaged over a's levels (the quasi-thermal state
 * fills a band uniformly, eq. 37), κ(E, ℰ_a, ℰ_b) = 2πλ²O_ab/(ħ n_a) with the overlap
 * O_ab = ∫ρ_a ρ_b dx = f·n_a n_b/δε, f = 1 (uniform–uniform), 3/4 (uniform–triangle), 2/3
 * (triangle–triangle). For one band this is κ = 2πλ²n/(ħδε), eq. (27). The rates are NOT symmetric:
 * n_a κ(ℰ_a → ℰ_b) = n_b κ(ℰ_b → ℰ_a) = g_ab (detailed balance), so κ(ℰ, ℰ′) = κ(ℰ′, ℰ), which (44)
 * requires, holds only where n(E, ℰ) = n(E, ℰ′).
 */
export interface TransportParameters {
  spectrum: SubunitSpectrum;
  /** δε > 0, the width of every excited band. */
  bandWidth: number;
  /** λ ≥ 0. */
  coupling: number;
}

/** One sub-band (i, j) of Fig. 7. */
export interface SubBand {
  /** Band of subunit 1. */
  i: number;
  /** Band of subunit 2. */
  j: number;
  /** Sector index i + j (E = (i + j)ΔE). */
  sector: number;
  /** n(E, ℰ) = n_i n_j. */
  count: number;
  /** ℰ = (i − j)ΔE/2. */
  epsilon: number;
  /** Energy distribution of its levels about EΔE. */
  shape: 'point' | 'uniform' | 'triangle';
}

/** An adjacent pair a = (i, j), b = (i − 1, j + 1): b is a with one quantum moved from subunit 1 to 2. */
export interface SubBandPair {
  sector: number;
  a: SubBand;
  b: SubBand;
  /** O_ab = ∫ρ_aρ_b (levels² per energy). */
  overlap: number;
  /** g_ab = 2πλ²O_ab/ħ = n_a κ_{a→b} = n_b κ_{b→a}. */
  g: number;
  /** κ(E, ℰ_a, ℰ_b): golden-rule rate from a into b, per unit probability in a (final density ρ_b). */
  rateAB: number;
  /** κ(E, ℰ_b, ℰ_a). */
  rateBA: number;
}

function validated(p: TransportParameters): { de: number; lambda: number } {
  return { de: checkBandWidth(p.bandWidth), lambda: checkCoupling(p.coupling) };
}

/** Number of excited bands B. */
export function bandCount(s: SubunitSpectrum): number {
  return s.counts.length - 1;
}

/** The sub-bands of sector E (= i + j), ordered by i descending (ℰ descending). */
export function subBandsOfSector(s: SubunitSpectrum, sector: number): SubBand[] {
  const B = bandCount(s);
  if (!Number.isInteger(sector) || sector < 0 || sector > 2 * B) {
    throw new HamcheckInputError('sector', `an integer in [0, 2B] = [0, ${2 * B}]`, sector);
  }
  const out: SubBand[] = [];
  for (let i = Math.min(B, sector); i >= Math.max(0, sector - B); i--) {
    const j = sector - i;
    const shape = i === 0 && j === 0 ? 'point' : i === 0 || j === 0 ? 'uniform' : 'triangle';
    out.push({ i, j, sector, count: s.counts[i] * s.counts[j], epsilon: ((i - j) * s.gap) / 2, shape });
  }
  return out;
}

const SHAPE_FACTOR = { uniform: { uniform: 1, triangle: 3 / 4 }, triangle: { uniform: 3 / 4, triangle: 2 / 3 } } as const;

/**
 * All adjacent sub-band pairs with their golden-rule rates (see the module remarks for the model).
 *
 * @remarks Overlap factors: uniform(δε)·uniform(δε): ∫(1/δε²)dx over δε → 1/δε; uniform·triangle:
 * (1/δε)∫_{−δε/2}^{δε/2}(1 − |x|/δε)/δε dx = (3/4)/δε; triangle·triangle: ∫(1 − |x|/δε)²/δε² dx = (2/3)/δε.
 */
export function subBandPairs(p: TransportParameters): SubBandPair[] {
  const { de, lambda } = validated(p);
  const s = p.spectrum;
  const out: SubBandPair[] = [];
  for (let E = 1; E < 2 * bandCount(s); E++) {
    const sb = subBandsOfSector(s, E);
    for (let k = 0; k + 1 < sb.length; k++) {
      const a = sb[k];
      const b = sb[k + 1];
      const factor = SHAPE_FACTOR[a.shape as 'uniform' | 'triangle'][b.shape as 'uniform' | 'triangle'];
      const overlap = (factor * a.count * b.count) / de;
      const g = 2 * Math.PI * lambda * lambda * overlap;
      out.push({ sector: E, a, b, overlap, g, rateAB: g / a.count, rateBA: g / b.count });
    }
  }
  return out;
}

/**
 * κ(E, ℰ, ℰ′) of eq. (44): the golden-rule rate from sub-band (E, ℰ) into (E, ℰ′) with the density of
 * final states; 0 unless ℰ′ = ℰ ± ΔE and both sub-bands exist. E and ℰ in energy units.
 */
export function goldenRuleRate(p: TransportParameters, E: number, eps: number, epsPrime: number): number {
  const gap = p.spectrum.gap;
  const sector = Math.round(E / gap);
  for (const pair of subBandPairs(p)) {
    if (pair.sector !== sector) continue;
    if (close(pair.a.epsilon, eps, gap) && close(pair.b.epsilon, epsPrime, gap)) return pair.rateAB;
    if (close(pair.b.epsilon, eps, gap) && close(pair.a.epsilon, epsPrime, gap)) return pair.rateBA;
  }
  return 0;
}

function close(x: number, y: number, gap: number): boolean {
  return Math.abs(x - y) <= 1e-9 * gap;
}

/**
 * ln κ_th(T) from the golden-rule master equation with detailed balance (the form the exact dynamics
 * follows; see the errata entry `transport-eq44-47-detailed-balance`):
 * κ_th = (ΔE/k_BT)² Σ_pairs g_ab e^{−E/k_BT}/Z², summed over adjacent pairs (a, b) of every sector.
 *
 * @remarks
 * Derivation: dP_a/dt = −Σ_b g_ab(P_a/n_a − P_b/n_b) (golden rule, final densities), J₁→₂ = −Σ_a ℰ_a dP_a/dt
 * and P_a/n_a − P_b/n_b = e^{−E/k_BT}/Z² (ℰ_a − ℰ_b)ΔT/(k_BT²) to first order (41) give
 * J = ΔT/(k_BT²) Σ_pairs g_ab (ℰ_a − ℰ_b)² e^{−E/k_BT}/Z², and (ℰ_a − ℰ_b)² = ΔE². Log-space: all terms
 * are positive. For one band it is (48).
 */
export function logKappaThDetailedBalance(p: TransportParameters, T: number, pairs: SubBandPair[] = subBandPairs(p)): number {
  const t = checkTemperature(T);
  const gap = p.spectrum.gap;
  const lz = logPartitionFunction(p.spectrum, t);
  const terms = pairs.map((pr) => Math.log(pr.g) - (pr.sector * gap) / t - 2 * lz + 2 * Math.log(gap / t));
  return logSumExp(terms);
}

/** κ_th(T) of {@link logKappaThDetailedBalance}; `pairs` may carry other (e.g. finite-time) rates. */
export function kappaThDetailedBalance(p: TransportParameters, T: number, pairs?: SubBandPair[]): number {
  return Math.exp(logKappaThDetailedBalance(p, T, pairs));
}

/** (47) term by term: κ_th and the contribution of every sector E. */
export interface PrintedKappaTh {
  value: number;
  /** bySector[E] = contribution of the terms with that E (0 for sectors without pairs). */
  bySector: number[];
}

/**
 * κ_th(T) of eq. (47) exactly as printed, with κ(E, ℰ, ℰ′) the golden-rule rate with the density of final
 * states ({@link goldenRuleRate}):
 * κ_th = Σ_{E,ℰ,ℰ′} κ(E, ℰ, ℰ′) e^{−E/k_BT}/(k_BT² Z²) (n(E, ℰ)ℰ² − n(E, ℰ′)ℰℰ′).
 *
 * @remarks
 * ℰ′ runs over the sub-bands of the same E (κ = 0 unless adjacent). The sector weight e^{−E/k_BT}/(k_BT²Z²)
 * is formed in log space; the bracket sums of a sector are O(n²ΔE²κ) and may have either sign, so the
 * result is a signed sum (it can be negative, see the errata report). For one band it equals (48).
 * `pairs` may carry other (e.g. finite-time window) rates in place of the golden-rule ones.
 */
export function kappaThPrinted47(p: TransportParameters, T: number, pairs: SubBandPair[] = subBandPairs(p)): PrintedKappaTh {
  const t = checkTemperature(T);
  const gap = p.spectrum.gap;
  const lz = logPartitionFunction(p.spectrum, t);
  const bySector = new Array<number>(2 * bandCount(p.spectrum) + 1).fill(0);
  for (const pr of pairs) {
    const w = Math.exp(-(pr.sector * gap) / t - 2 * Math.log(t) - 2 * lz);
    // ordered pair (ℰ, ℰ′) = (a, b) and (b, a)
    const ab = pr.rateAB * (pr.a.count * pr.a.epsilon * pr.a.epsilon - pr.b.count * pr.a.epsilon * pr.b.epsilon);
    const ba = pr.rateBA * (pr.b.count * pr.b.epsilon * pr.b.epsilon - pr.a.count * pr.b.epsilon * pr.a.epsilon);
    bySector[pr.sector] += w * (ab + ba);
  }
  return { value: bySector.reduce((x, y) => x + y, 0), bySector };
}

/**
 * J₁→₂ at finite ΔT under the detailed-balance master equation: Σ_pairs g_ab ΔE (P_a/n_a − P_b/n_b) with
 * the quasi-thermal product distribution (38) at T₁,₂ = T ± ΔT/2.
 *
 * @remarks P_a/n_a − P_b/n_b = e^{−(β₁(i−½) + β₂(j+½))ΔE}·2 sinh((β₂ − β₁)ΔE/2)/(Z₁Z₂) with
 * β₂ − β₁ = ΔT/(T² − ΔT²/4): no cancellation for small ΔT. Odd in ΔT; = κ_thΔT + O(ΔT³).
 */
export function masterEquationCurrent(p: TransportParameters, T: number, dT: number): number {
  const { T: t, dT: d } = checkTemperaturePair(T, dT);
  if (d === 0) return 0;
  const gap = p.spectrum.gap;
  const T1 = t + d / 2;
  const T2 = t - d / 2;
  const b1 = 1 / T1;
  const b2 = 1 / T2;
  const half = (d / (t * t - (d * d) / 4)) * (gap / 2);
  const lz = logPartitionFunction(p.spectrum, T1) + logPartitionFunction(p.spectrum, T2);
  const terms = subBandPairs(p).map(
    (pr) => Math.log(pr.g * gap) - (b1 * (pr.a.i - 0.5) + b2 * (pr.a.j + 0.5)) * gap - lz + logTwoSinh(Math.abs(half)),
  );
  return Math.sign(d) * Math.exp(logSumExp(terms));
}

/** P_ij of eq. (38): the product of the band distributions (37) of the two subunits at T₁ and T₂. */
export function productDistribution(s: SubunitSpectrum, T1: number, T2: number): Float64Array[] {
  const l1 = logPartitionFunction(s, T1);
  const l2 = logPartitionFunction(s, T2);
  return s.counts.map((ni, i) =>
    Float64Array.from(s.counts, (nj, j) => Math.exp(Math.log(ni * nj) - (i * s.gap) / T1 - (j * s.gap) / T2 - l1 - l2)),
  );
}

/**
 * P(E, ℰ) of eq. (40) as printed: n(E, ℰ)/(Z(β₁)Z(β₂)) exp(−(ET − ℰΔT)/(k_B(T² − (ΔT/2)²))), for every
 * sub-band, in the order of {@link subBandsOfSector} for E = 0 … 2B.
 */
export function rotatedDistributionEq40(s: SubunitSpectrum, T: number, dT: number): { band: SubBand; P: number }[] {
  const { T: t, dT: d } = checkTemperaturePair(T, dT);
  const lz = logPartitionFunction(s, t + d / 2) + logPartitionFunction(s, t - d / 2);
  const out: { band: SubBand; P: number }[] = [];
  for (let E = 0; E <= 2 * bandCount(s); E++) {
    for (const band of subBandsOfSector(s, E)) {
      const energy = E * s.gap;
      out.push({ band, P: Math.exp(Math.log(band.count) - lz - (energy * t - band.epsilon * d) / (t * t - (d * d) / 4)) });
    }
  }
  return out;
}

/** P(E, ℰ) of eq. (41): n(E, ℰ)e^{−E/k_BT}/Z²(T) (1 + ℰΔT/(k_BT²)), same order as {@link rotatedDistributionEq40}. */
export function linearizedDistributionEq41(s: SubunitSpectrum, T: number, dT: number): { band: SubBand; P: number }[] {
  const { T: t, dT: d } = checkTemperaturePair(T, dT);
  const lz = logPartitionFunction(s, t);
  const out: { band: SubBand; P: number }[] = [];
  for (let E = 0; E <= 2 * bandCount(s); E++) {
    for (const band of subBandsOfSector(s, E)) {
      out.push({ band, P: Math.exp(Math.log(band.count) - (E * s.gap) / t - 2 * lz) * (1 + (band.epsilon * d) / (t * t)) });
    }
  }
  return out;
}
