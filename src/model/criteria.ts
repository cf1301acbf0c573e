/**
 * The two validity criteria (29) of the golden-rule step behind HAM.
 *
 * @remarks
 * c₁ = λn/δε ≥ ½ (the golden-rule time window ħ/δε ≪ τ opens before the coupling has acted), and
 * c₂ = λ²n/δε² ≪ 1 (the decay is slow against the band's recurrence time ħn/δε). "≪ 1" is made
 * concrete as c₂ ≤ 0.01, the threshold the property suite calibrates against (docs/conventions.md: D² grows
 * tenfold between c₂ = 0.04 and 0.36).
 */
export interface Criteria {
  c1: number;
  c2: number;
  /** c₁ ≥ ½. */
  c1Holds: boolean;
  /** c₂ ≤ {@link C2_THRESHOLD}. */
  c2Holds: boolean;
  /** Both hold: HAM is expected to describe the exact dynamics. */
  valid: boolean;
  verdict: string;
}

/** Value of c₂ up to which "c₂ ≪ 1" counts as fulfilled. */
export const C2_THRESHOLD = 0.01;

export function criteria(model: { coupling: number; levels: number; bandWidth: number }): Criteria {
  const { coupling: lambda, levels: n, bandWidth: de } = model;
  const c1 = (lambda * n) / de;
  const c2 = (lambda * lambda * n) / (de * de);
  const c1Holds = c1 >= 0.5;
  const c2Holds = c2 <= C2_THRESHOLD;
  const verdict =
    c1Holds && c2Holds
      ? `valid: c1 = ${fmt(c1)} ≥ 1/2 and c2 = ${fmt(c2)} ≤ ${C2_THRESHOLD}`
      : [
          c1Holds ? '' : `c1 = ${fmt(c1)} < 1/2 (coupling too weak for the level density)`,
          c2Holds ? '' : `c2 = ${fmt(c2)} > ${C2_THRESHOLD} (coupling too strong: c2 ≪ 1 fails)`,
        ]
          .filter(Boolean)
          .join('; ');
  return { c1, c2, c1Holds, c2Holds, valid: c1Holds && c2Holds, verdict: c1Holds && c2Holds ? verdict : `invalid: ${verdict}` };
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
