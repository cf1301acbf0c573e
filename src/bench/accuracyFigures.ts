import { GOLDEN_RULE_Z, goldenRuleTolerance, goldenRuleWindow } from '../checks/goldenRuleWindow.ts';
import { firstOrderBondTraces } from '../dyson/firstOrderBondTrace.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE } from '../exact/chebyshevPropagator.ts';
import { propagate } from '../exact/propagate.ts';
import { gershgorinBounds } from '../linalg/blockTridiagonalOperator.ts';
import { chainOperator } from '../model/chainHamiltonian.ts';
import type { ChainModel } from '../model/modelSpec.ts';
import type { AccuracyFigure } from './benchRecord.ts';
import { kappaThFigure } from './kappaThFigure.ts';
import { benchChain, benchChainInputs } from './tasks/benchChain.ts';
import { d2Ensemble, ensembleSeeds } from './tasks/d2EnsembleTask.ts';
import { versionHash } from './versionHash.ts';

const EPS = Number.EPSILON;
const TAU = CHEBYSHEV_DEFAULT_TOLERANCE;

/** Sizes of the accuracy figures per workload (fixed seeds; cheap, untimed). */
export interface AccuracySizes {
  /** Chain of the drift and Chebyshev-vs-eigen figures. */
  chain: { sites: number; levels: number };
  /** D² ensemble: chain and realizations. */
  d2: { sites: number; levels: number; realizations: number };
  /** Band of the golden-rule trace. */
  goldenRuleLevels: number;
}

function maxNormDrift(populations: readonly Float64Array[]): number {
  let worst = 0;
  for (const row of populations) worst = Math.max(worst, Math.abs(row.reduce((s, p) => s + p, 0) - 1));
  return worst;
}

/**
 * Bound on the norm drift |‖ψ_K(t)‖² − 1| of a Chebyshev propagation in dimension `dim` at the default
 * tolerance τ (the `norm-drift` figure and the scale run's drift): ‖ψ_K − ψ‖ ≤ τ ⇒ |‖ψ_K‖² − 1| ≤ 2τ + τ²,
 * and summing dim squares adds ≤ dim·ε; a run lies in [0, bound], so it is also the tolerance of a change.
 */
export function normDriftBound(dim: number): number {
  return 2 * TAU + TAU * TAU + dim * EPS;
}

/** The one-line derivation of {@link normDriftBound} that the records carry. */
export const NORM_DRIFT_DERIVATION = '2τ + τ² + dim·ε: the Chebyshev state error τ = 1e-12 in the squared norm plus the rounding of the sum';

/**
 * Bound on max |P_µ^cheb(t) − P_µ^eigen(t)| for t ≤ `tMax`: 2(τ + dim·ε·(1 + ‖H − σ‖·t_max)).
 *
 * @remarks
 * |ΔP| ≤ 2‖Δψ‖ for unit states; ‖Δψ‖ ≤ τ (the Chebyshev truncation, `tolerance`) plus the eigensolver's
 * backward error dim·ε·‖H − σ‖, whose eigenvalue part grows into a phase error ∝ t. ‖H − σ‖ with σ = ΔE
 * is bounded by the Gershgorin discs of the chain operator. The `chebyshev-vs-eigen` accuracy figure of
 * the benchmarks and the propagation specs use this one bound. It lives with the bench's figures
 * because `bench ab` runs this tree's src/bench against an older library: bench code may only import
 * library modules that every base has.
 */
export function chebyshevVsEigenBound(model: ChainModel, tMax: number, tolerance: number = TAU): number {
  const g = gershgorinBounds(chainOperator(model));
  const halfWidth = Math.max(g.max - model.gap, model.gap - g.min);
  const dim = model.sites * model.levels;
  return 2 * (tolerance + dim * Number.EPSILON * (1 + halfWidth * tMax));
}

/** The one-line derivation of {@link chebyshevVsEigenBound} that the bench records carry. */
export const CHEBYSHEV_VS_EIGEN_DERIVATION =
  '2(τ + dim·ε·(1 + ‖H − σ‖·t_max)): Chebyshev error τ plus the eigensolver backward error, its eigenvalue part growing as a phase error ∝ t';

/**
 * The run's accuracy figures, deterministic on fixed seeds:
 * - `norm-drift`: max_j |Σ_µ P_µ(t_j) − 1| of Chebyshev over 5/κ;
 * - `chebyshev-vs-eigen`: max_{j,µ} |P^cheb − P^eigen| on the same chain;
 * - `d2`: D²₁ (33) of HAM against the exact dynamics, mean over the coupling seeds 1 … R;
 * - `golden-rule-trace`: T₁₂/T₂₆ − 1, the one-bond trace of (Û⁽¹⁾)² against (26) at τ = √n/δε;
 * - `kappa-th-vs-48`: κ_th of the relaxation estimator (ΔT ∝ e^{−2κt}) over κ_th of (48), minus 1, on one fixed
 *   two-site single-band model in every workload ({@link kappaThFigure}, ≈ 1 s).
 * Each carries the tolerance of a change between two runs and the bound its value must stay under,
 * both derived in `derivation`.
 */
export function accuracyFigures(sizes: AccuracySizes): AccuracyFigure[] {
  const out: AccuracyFigure[] = [];
  const { sites, levels } = sizes.chain;
  const chain = benchChain(sites, levels);
  const dim = sites * levels;
  const cheb = propagate(chain.model, chain.psi0, chain.times, { method: 'chebyshev' });
  const eig = propagate(chain.model, chain.psi0, chain.times, { method: 'eigen' });
  const chainVersion = versionHash(import.meta.url, benchChainInputs(sites, levels));

  const driftBound = normDriftBound(dim);
  out.push({
    id: `norm-drift chebyshev N=${sites} n=${levels} over 5/κ`,
    version: chainVersion,
    value: maxNormDrift(cheb.populations),
    tolerance: driftBound,
    bound: driftBound,
    derivation: NORM_DRIFT_DERIVATION,
  });

  const residualBound = chebyshevVsEigenBound(chain.model, chain.times[chain.times.length - 1], TAU);
  let residual = 0;
  cheb.populations.forEach((row, j) => row.forEach((p, mu) => (residual = Math.max(residual, Math.abs(p - eig.populations[j][mu])))));
  out.push({
    id: `chebyshev-vs-eigen N=${sites} n=${levels} over 5/κ`,
    version: chainVersion,
    value: residual,
    tolerance: residualBound,
    bound: residualBound,
    derivation: CHEBYSHEV_VS_EIGEN_DERIVATION,
  });

  const d = sizes.d2;
  const d2 = d2Ensemble(d.sites, d.levels, d.realizations);
  const meanD2 = d2.reduce((s, r) => s + r[0], 0) / d2.length;
  // D² = ⟨(P^HAM − P)²⟩: a population error δP ≤ 2τ moves it by ≤ 2√D²·δP + δP²; the trapezoid sum of 201 terms adds 201·ε·D².
  const dP = 2 * TAU;
  out.push({
    id: `d2 site 1 N=${d.sites} n=${d.levels} seeds 1-${d.realizations}`,
    version: versionHash(import.meta.url, { ...benchChainInputs(d.sites, d.levels), seeds: ensembleSeeds(d.realizations) }),
    value: meanD2,
    tolerance: 2 * Math.sqrt(meanD2) * dP + dP * dP + 201 * EPS * meanD2,
    bound: null,
    derivation: '2√D²·δP + δP² + 201ε·D², δP = 2τ: how far D² (33) moves when the exact populations move by the Chebyshev error',
  });

  const n = sizes.goldenRuleLevels;
  const gr = benchChain(2, n);
  const tau = Math.sqrt(n) / gr.model.bandWidth; // geometric middle of the window 1/δε ≪ τ ≪ n/δε of (26)
  const trace = firstOrderBondTraces(gr.model, tau)[0];
  const w = goldenRuleWindow({ levels: n, bandWidth: gr.model.bandWidth, coupling: gr.model.coupling, ensemble: 'GUE', tau });
  const rel = trace / w.t26 - 1;
  out.push({
    id: `golden-rule-trace N=2 n=${n} τ=√n/δε`,
    version: versionHash(import.meta.url, { ...benchChainInputs(2, n), tau: 'sqrt(n)/bandWidth' }),
    value: rel,
    // a sum of n² positive terms with ≈ 4ε relative rounding each: relative error ≤ 4n²ε of T (naive summation bound).
    tolerance: 4 * n * n * EPS * (1 + Math.abs(rel)),
    bound: goldenRuleTolerance(w),
    derivation: `change ≤ 4n²ε (rounding of the n² terms); value ≤ b + ${GOLDEN_RULE_Z}σ (src/checks/goldenRuleWindow.ts)`,
  });
  out.push(kappaThFigure());
  return out;
}
