/**
 * What the paper states or plots that hamcheck recomputes — the "paper" column of the paper-vs-hamcheck
 * table (reports/paper/index.html). Each entry cites where the paper says it; numbers the paper prints are
 * kept here, once, so the page formats them instead of retyping them.
 */
export const PAPER_CLAIMS = {
  /** Fig. 4 axis: 10³·D²₁ from 0 to 1, i.e. almost all states below D²₁ = 10⁻³ ("almost all initial states lead to approximately the same small deviation"). */
  fig4AxisMax: 1e-3,
  /** Fig. 5: "the deviation scales like 1/n with the band size". */
  fig5Slope: -1,
  /** (29): c₁ = λn/δε ≥ ½ and c₂ = λ²n/δε² ≤ 0.01 (docs/conventions.md: the reading of "≪ 1"). */
  c1Min: 0.5,
  c2Max: 0.01,
  /** Sec. VIII: κ_th ∝ exp(−ΔE/k_BT) at low T and ∝ T⁻² at high T. */
  highTemperatureExponent: -2,
} as const;
