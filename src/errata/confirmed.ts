import {
  CRITERIA_BATCH,
  C_INSIDE,
  C_OUTSIDE_FIRST,
  C_OUTSIDE_SECOND,
  C_TYPICAL,
  FIG5_SLOPE_Z,
  INSIDE_STATES,
  OUTSIDE_C1_MAX,
  OUTSIDE_C2_MIN,
  OUTSIDE_STATES,
} from '../checks/dynamicsBounds.ts';
import { GOLDEN_RULE_Z } from '../checks/goldenRuleWindow.ts';
import { C2_THRESHOLD } from '../model/criteria.ts';
import { F8 } from '../paper/paperConfigurations.ts';
import { kappaThPeak } from '../transport/fig8.ts';

/**
 * Printed statements of the paper that the suites checked and found to hold as printed, so that the
 * errata report lists every equation that was examined.
 *
 * @remarks
 * A statement is DATA: its text names each bound or computed figure as a `{NAME}` placeholder, and
 * `bounds` carries the value — taken from the constant the check itself uses (src/checks/…) or computed
 * by the same routine the check calls. `renderErrata` fills the placeholders, so a recalibrated bound
 * changes the report without touching this file; spec/errata/confirmed.spec.ts fails if a statement
 * retypes a value instead of naming it.
 */
export interface ConfirmedIdentity {
  /** The paper's equation number(s). */
  equation: string;
  /** What holds, in the paper's notation; `{NAME}` stands for `bounds[NAME]`. */
  statement: string;
  /** The values the statement names, by placeholder. */
  bounds: Readonly<Record<string, BoundValue>>;
  /** Where in the suite it is checked. */
  checkedBy: string;
}

/** A number a statement quotes, and where it comes from. */
export interface BoundValue {
  value: number;
  /** Significant digits for a computed figure; omitted for an exact constant (printed as written). */
  digits?: number;
  /** The constant or routine it comes from, e.g. `src/checks/dynamicsBounds.ts C_INSIDE`. */
  source: string;
}

/** Every value a confirmed statement quotes, by name (the defaults are the checks' own constants). */
export interface ConfirmedBounds {
  C_INSIDE: number;
  INSIDE_STATES: number;
  /** CRITERIA_BATCH.inside, .outsideFirst, .outsideSecond: chains per case. */
  INSIDE_BATCH: number;
  OUTSIDE_FIRST_BATCH: number;
  OUTSIDE_SECOND_BATCH: number;
  C_TYPICAL: number;
  C_OUTSIDE_FIRST: number;
  C_OUTSIDE_SECOND: number;
  OUTSIDE_C1_MAX: number;
  OUTSIDE_C2_MIN: number;
  OUTSIDE_STATES: number;
  FIG5_SLOPE_Z: number;
  GOLDEN_RULE_Z: number;
  C2_THRESHOLD: number;
  /** (48) at F8, computed by kappaThPeak. */
  PEAK_KAPPA_TH: number;
  PEAK_TEMPERATURE: number;
}

/** The bounds the checks use today, and the Fig. 8 peak computed from (48) at F8. */
export function currentBounds(): ConfirmedBounds {
  const peak = kappaThPeak(F8);
  return {
    C_INSIDE,
    INSIDE_STATES,
    INSIDE_BATCH: CRITERIA_BATCH.inside,
    OUTSIDE_FIRST_BATCH: CRITERIA_BATCH.outsideFirst,
    OUTSIDE_SECOND_BATCH: CRITERIA_BATCH.outsideSecond,
    C_TYPICAL,
    C_OUTSIDE_FIRST,
    C_OUTSIDE_SECOND,
    OUTSIDE_C1_MAX,
    OUTSIDE_C2_MIN,
    OUTSIDE_STATES,
    FIG5_SLOPE_Z,
    GOLDEN_RULE_Z,
    C2_THRESHOLD,
    PEAK_KAPPA_TH: peak.kappaTh,
    PEAK_TEMPERATURE: peak.temperature,
  };
}

const DYNAMICS = 'src/checks/dynamicsBounds.ts';

/** The statements with their values taken from `b` (default: {@link currentBounds}). */
export function confirmedStatements(b: ConfirmedBounds = currentBounds()): ConfirmedIdentity[] {
  const from = (names: (keyof ConfirmedBounds)[], source: string, digits?: number) =>
    Object.fromEntries(names.map((k) => [k, { value: b[k], source: `${source} ${k}`, ...(digits ? { digits } : {}) }]));
  return [
    {
      equation: '(5)',
      statement: 'P̂_µ+1,µP̂_µ,µ = P̂_µ+1,µ+1P̂_µ+1,µ, and the rule P̂_µνP̂_µ′ν′ = δ_νµ′P̂_µν′ behind it',
      bounds: {},
      checkedBy: 'spec/dyson/transitionOperators.spec.ts',
    },
    {
      equation: '(8)–(10)',
      statement:
        'e^{iĤ₀τ}e^{−iĤτ} − (1̂ − iÛ⁽¹⁾ − Û⁽²⁾) = O((λτ)³): log-log slope 3 over a λ ladder, within an interval derived ' +
        'from the fourth-order remainder bound and the rounding floor',
      bounds: {},
      checkedBy: 'properties/dyson/truncationProperty.ts (dyson/truncation-slope); closed forms vs quadrature in spec/dyson/',
    },
    {
      equation: '(13)',
      statement:
        'Â_µ to second order, with its signs and 1/ħ² prefactors: D̂†P̂_µ,µD̂ − Â_µ is exactly the dropped third and fourth orders',
      bounds: {},
      checkedBy: 'properties/dyson/structureProperties.ts (dyson/eq13)',
    },
    {
      equation: '(13), remark',
      statement: 'Û⁽¹⁾ is Hermitian',
      bounds: {},
      checkedBy: 'properties/dyson/structureProperties.ts (dyson/first-order-hermitian)',
    },
    {
      equation: '(14)–(16)',
      statement:
        'Û⁽¹⁾ has only the blocks (µ, µ±1); Û⁽²⁾ only (µ, µ) and (µ, µ±2) — no other block is non-zero — and Û⁽²⁾ = Û⁽²⁾_diag + Û⁽²⁾_off',
      bounds: {},
      checkedBy: 'properties/dyson/structureProperties.ts (dyson/block-structure)',
    },
    {
      equation: '(17), N = 2 only',
      statement: 'the printed form holds when µ±2 lie outside the chain (see the erratum for N ≥ 3)',
      bounds: {},
      checkedBy: 'properties/dyson/projectorProperties.ts (dyson/eq17-two-sites)',
    },
    {
      equation: '(18), N ≤ 4 only',
      statement: 'the printed form holds when µ±4 lie outside the chain (see the erratum for N ≥ 5)',
      bounds: {},
      checkedBy: 'properties/dyson/projectorProperties.ts (dyson/eq18-small-chains)',
    },
    {
      equation: '(19)',
      statement: 'P̂_µ,µÛ⁽²⁾_diag = Û⁽²⁾_diagP̂_µ,µ',
      bounds: {},
      checkedBy: 'properties/dyson/projectorProperties.ts (dyson/eq19)',
    },
    {
      equation: '(21), first line',
      statement:
        '⟨ψ_µ−1|Û⁽²⁾_off + (Û⁽²⁾_off)†|ψ_µ+1⟩ = ⟨ψ_µ−1|(Û⁽¹⁾)²|ψ_µ+1⟩ for all ψ — an operator identity on the block ' +
        '(µ−1, µ+1), the off-diagonal part of the exact Û⁽²⁾ + Û⁽²⁾† = (Û⁽¹⁾)²',
      bounds: {},
      checkedBy: 'properties/dyson/expansionProperties.ts (dyson/eq21-first-line)',
    },
    {
      equation: '(26), one bond / chain end',
      statement:
        'Tr_µ{Û⁽¹⁾P̂_ν,νÛ⁽¹⁾} ≈ 2πħλ²n²τ/δε within 1/δε ≪ τ ≪ n/δε (relative error ≤ b + {GOLDEN_RULE_Z}σ, b the ' +
        'finite-band correction, σ the relative spread of the coupling draw), hence also the block trace of an end site ' +
        '(see the erratum for interior sites)',
      bounds: from(['GOLDEN_RULE_Z'], 'src/checks/goldenRuleWindow.ts'),
      checkedBy: 'properties/dyson/goldenRuleProperties.ts (dyson/golden-rule-bond-trace)',
    },
    {
      equation: '(27), (30)–(32)',
      statement:
        'the golden-rule rate κ = 2πλ²n/(ħδε) and the rate equations as printed: inside (29) (c₁ ≥ ½, c₂ ≤ {C2_THRESHOLD}) ' +
        'the exact Schrödinger populations follow them — over a batch of {INSIDE_BATCH} random chains (N = 2, 3; GUE and ' +
        'GOE) with {INSIDE_STATES} initial states each, the geometric mean of the per-chain mean n·D²₁ stays ≤ {C_INSIDE}, ' +
        'i.e. D²₁ ≲ {C_INSIDE}/n; N = 2 gives P₁ = ½(1 + e^{−2κt})',
      bounds: { ...from(['C_INSIDE', 'INSIDE_STATES', 'INSIDE_BATCH'], DYNAMICS), ...from(['C2_THRESHOLD'], 'src/model/criteria.ts') },
      checkedBy: 'properties/dynamics/criteriaProperties.ts (dynamics/criteria-inside); spec/ham/hamPopulations.spec.ts (closed form vs RK4 of the printed equations)',
    },
    {
      equation: '(29)',
      statement:
        'both criteria matter: outside them the same statistic (geometric mean over a batch of chains of the mean n·D²₁ ' +
        'of {OUTSIDE_STATES} initial states) is ≥ {C_OUTSIDE_FIRST} over {OUTSIDE_FIRST_BATCH} chains with c₁ ≤ ' +
        '{OUTSIDE_C1_MAX}, and ≥ {C_OUTSIDE_SECOND} over {OUTSIDE_SECOND_BATCH} chains with c₂ ≥ {OUTSIDE_C2_MIN} — ' +
        'against a typical inside value C_typ = {C_TYPICAL}',
      bounds: from(
        ['OUTSIDE_STATES', 'C_OUTSIDE_FIRST', 'OUTSIDE_FIRST_BATCH', 'OUTSIDE_C1_MAX', 'C_OUTSIDE_SECOND', 'OUTSIDE_SECOND_BATCH', 'OUTSIDE_C2_MIN', 'C_TYPICAL'],
        DYNAMICS,
      ),
      checkedBy: 'properties/dynamics/criteriaProperties.ts (dynamics/criteria-outside-c1, dynamics/criteria-outside-c2)',
    },
    {
      equation: '(33), Fig. 5',
      statement: 'D²₁ ∝ 1/n at fixed c₁ = ½: least-squares slope of log D² against log n is −1 within {FIG5_SLOPE_Z} standard errors',
      bounds: from(['FIG5_SLOPE_Z'], DYNAMICS),
      checkedBy: 'properties/dynamics/deviationScalingProperty.ts (dynamics/fig5-scaling)',
    },
    {
      equation: '(47) → (48)',
      statement: 'for one band the general κ_th (47) reduces to (48) (and so does the detailed-balance form)',
      bounds: {},
      checkedBy: 'spec/transport/formulasProperties.spec.ts',
    },
    {
      equation: '(48), Fig. 8',
      statement:
        'κ_th(T) at the paper configuration F8 peaks at {PEAK_KAPPA_TH} k_BΔE/ħ at k_BT = {PEAK_TEMPERATURE}ΔE ' +
        '(as an independent NumPy calibration found, docs/conventions.md); ∝ e^{−ΔE/k_BT} at low and ∝ T⁻² at high T',
      bounds: from(['PEAK_KAPPA_TH', 'PEAK_TEMPERATURE'], 'src/transport/fig8.ts kappaThPeak(F8):', 4),
      checkedBy: 'spec/transport/formulas.spec.ts; spec/transport/formulasProperties.spec.ts; properties/transport/transportProperties.ts (transport/kappa-th-low-temperature, transport/kappa-th-high-temperature)',
    },
    {
      equation: '(49)–(51)',
      statement: 'c from (50) equals the second β-derivative of ln Z (49), and κ_th (48) = κ·c (51), at every T in [10⁻³, 10³]',
      bounds: {},
      checkedBy: 'spec/transport/formulasProperties.spec.ts; properties/transport/transportProperties.ts (transport/kappa-th-is-kappa-times-c)',
    },
  ];
}

/** The statements with today's bounds, in equation order. Add an entry above when a suite confirms a printed form. */
export const confirmed: readonly ConfirmedIdentity[] = confirmedStatements();
