import { KAPPA_TH_Z } from '../checks/kappaThBounds.ts';
import { CHEBYSHEV_DEFAULT_TOLERANCE } from '../exact/chebyshevPropagator.ts';
import { F8 } from '../paper/paperConfigurations.ts';
import { subBandAmplitudes } from '../transport/fourier.ts';
import { measureKappaThRelaxation, RELAXATION_REALIZATION_ALLOWANCE, type RelaxationOptions } from '../transport/relaxationKappaTh.ts';
import { buildTransportModel, validateTransportModelSpec, type TransportModelSpec } from '../transport/transportModel.ts';
import type { AccuracyFigure } from './benchRecord.ts';
import { versionHash } from './versionHash.ts';

const EPS = Number.EPSILON;
/** ‖ψ_K(t) − ψ(t)‖ per propagated state: the transfer's Chebyshev default (src/transport/sectorChebyshev.ts), equal to the chain's. */
const TAU = CHEBYSHEV_DEFAULT_TOLERANCE;

/** Levels of the figure's band: F8 scaled down at F8's c₁ = λn/δε = ½ (δε t_a = 0.2n/π ≈ 6.4: the onset ħ/δε ≪ t_a). */
export const KAPPA_TH_FIGURE_LEVELS = 100;
/** k_BT/ΔE of the figure (one band has one decay mode: the ratio to (48) does not depend on T; the transport spec's middle T). */
export const KAPPA_TH_FIGURE_TEMPERATURE = 0.3;
/** The estimator's run: exact phase average (no statistical error, no phase seed), default fit range [0.1, 0.8]/κ. */
export const KAPPA_TH_FIGURE_OPTIONS: RelaxationOptions = { mode: 'trace' };

/** The figure's model: F8 (δε, ΔE, GUE seed 1) with n = {@link KAPPA_TH_FIGURE_LEVELS} at F8's c₁ = λn/δε. */
export function kappaThFigureSpec(levels = KAPPA_TH_FIGURE_LEVELS): TransportModelSpec {
  return validateTransportModelSpec({ bands: 1, levels, bandWidth: F8.bandWidth, gap: F8.gap, coupling: (F8.coupling * F8.levels) / levels, ensemble: 'GUE', seed: 1 });
}

/**
 * `kappa-th-vs-48`: (κ_th^relax − κ_th(48))/κ_th(48) on the two-site single-band model of Fig. 1 (F8 scaled
 * down), κ_th^relax measured from the exact dynamics by the relaxation estimator of the paper page
 * (src/transport/relaxationKappaTh.ts: ΔT(t) ∝ e^{−2κt}, κ_th = c(T)γ/2 with c of (49)), κ_th(48) the golden-rule
 * formula (48) = κ·c (51).
 *
 * @remarks
 * Size: n = 100 keeps the exact trace cheap (2n start vectors of dimension 2n, K ∝ n Chebyshev terms each: ≈ 0.7 s
 * on one core, cost ∝ n⁴) and the fit inside the regime the estimator needs, checked here with the two conditions of
 * {@link ../transport/goldenRuleRegime.ts isGoldenRuleRegime} that apply to a relaxation fit: ħ/(δε t_a) ≤ ½
 * (the golden-rule onset is over before the fit starts) and t_b ≤ t_H/3 (levels not resolved); depletion
 * (its κt₁ ≤ 0.2) is what this estimator fits, not a bias.
 *
 * Bound: the paper page's verdict |measured/(48) − 1| ≤ zσ + a with a = {@link RELAXATION_REALIZATION_ALLOWANCE}
 * (σ = 0 in trace mode). a was set for F8's n = 500 from the realizations' spread ≈ 0.4/√n (its TSDoc), so at
 * n levels it is taken as a·√(500/n) — 10 % at n = 40, the transport spec's own limit at that size. It is a spread, not
 * a guarantee for every realization: seed 1 at n = 80 lies at −8.9 % (≈ 2 × 0.4/√80), beyond its 7.5 %.
 *
 * Tolerance: every state is within τ of exact, so each band population M_a,bb is within 2τ + τ²; the error of
 * Y(t) = ½[X(T + ΔT/2, T − ΔT/2) − X(T − ΔT/2, T + ΔT/2)] is then ≤ ½Σ_a|ℰ_a|·Σ_b|c_b²(+) − c_b²(−)|·(2τ + τ²)
 * at every time (the same propagations serve both), |Y(t_k)| ≥ |Y(0)|e^{−γt_k} (the onset only delays the
 * decay), and the least-squares slope weights w_k carry δ ln|Y_k| into δγ; two runs lie within that of the
 * exact run, so they differ by at most twice it.
 */
export function kappaThFigure(levels = KAPPA_TH_FIGURE_LEVELS): AccuracyFigure {
  const spec = kappaThFigureSpec(levels);
  const T = KAPPA_TH_FIGURE_TEMPERATURE * spec.gap;
  const run = measureKappaThRelaxation(spec, [T], KAPPA_TH_FIGURE_OPTIONS);
  const q = run.points[0];
  if (!(1 / (spec.bandWidth * run.fitFrom) <= 0.5 && run.fitTo <= run.heisenbergTime / 3)) {
    throw new Error(`kappa-th-vs-48: n = ${levels} puts the fit [${run.fitFrom}, ${run.fitTo}] outside the golden-rule regime (ħ/(δε t_a) ≤ ½, t_b ≤ t_H/3)`);
  }
  const value = q.kappaTh / q.kappaThFormula - 1;

  const model = buildTransportModel(spec);
  const ap = subBandAmplitudes(model, T + q.dT / 2, T - q.dT / 2);
  const am = subBandAmplitudes(model, T - q.dT / 2, T + q.dT / 2);
  let dY = 0;
  let y0 = 0;
  model.sectors.forEach((s, e) => {
    const eSum = s.subBands.reduce((acc, b) => acc + Math.abs(b.epsilon), 0);
    const cDiff = s.subBands.reduce((acc, _, b) => acc + Math.abs(ap[e][b] ** 2 - am[e][b] ** 2), 0);
    dY += 0.5 * eSum * cDiff * (2 * TAU + TAU * TAU);
    // Y(0): M_a,bb(0) = δ_ab, so Y(0) = −½Σ_a ℰ_a (c_a²(+) − c_a²(−))
    y0 += -0.5 * s.subBands.reduce((acc, b, a) => acc + b.epsilon * (ap[e][a] ** 2 - am[e][a] ** 2), 0);
  });
  const fit = run.times.slice(1);
  const mean = fit.reduce((s, t) => s + t, 0) / fit.length;
  const ss = fit.reduce((s, t) => s + (t - mean) ** 2, 0);
  const gamma = 2 * q.halfRate.mean;
  // δ(γ/2) ≤ ½Σ_k |w_k|·δY/|Y_k|, w_k = (t_k − t̄)/Σ(t − t̄)²; relative to γ/2, plus the fit's own rounding 16ε·points
  const halfRateError = 0.5 * fit.reduce((s, t) => s + (Math.abs(t - mean) / ss) * (dY / (Math.abs(y0) * Math.exp(-gamma * t))), 0);
  const relative = halfRateError / q.halfRate.mean + 16 * EPS * fit.length;
  const bound = RELAXATION_REALIZATION_ALLOWANCE * Math.sqrt(F8.levels / levels) + (KAPPA_TH_Z * q.uncertainty) / q.kappaThFormula;
  return {
    id: `kappa-th-vs-48 N=2 n=${levels} k_BT=${KAPPA_TH_FIGURE_TEMPERATURE} relaxation trace seed ${spec.seed}`,
    version: versionHash(import.meta.url, { spec, temperature: KAPPA_TH_FIGURE_TEMPERATURE, options: KAPPA_TH_FIGURE_OPTIONS }),
    value,
    tolerance: 2 * (1 + Math.abs(value)) * relative,
    bound,
    derivation:
      'change ≤ 2(1 + |v|)·δγ/γ, δγ the Chebyshev error τ = 1e-12 per state (2τ + τ² per population) carried through Y(t) and the least-squares slope of ln|Y|; ' +
      `|v| ≤ zσ + a·√(${F8.levels}/n), a = ${RELAXATION_REALIZATION_ALLOWANCE} the paper page's relaxation allowance at n = ${F8.levels} (spread ∝ 1/√n), σ = 0 (trace)`,
  };
}
