import { C2_THRESHOLD, type Criteria } from '../criteria.ts';
import type { GeneralModelSpec } from './generalModel.ts';

/**
 * The validity criteria (29) bond by bond, for the golden-rule step of each transition of a general model.
 *
 * @remarks
 * The chain's c₁ = λn/δε = λρ compares the coupling with the level spacing of the final band and
 * c₂ = λ²n/δε² = λ²ρ/δε (= κ/(2πδε)) the decay rate with the final band's width. A transition µ → ν has its
 * own final band ν, so the natural generalization takes each direction and keeps the worse one:
 * c₁,b = λ_b·min(ρ_µ, ρ_ν) ≥ ½ and c₂,b = λ_b²·max(ρ_µ/δε_µ, ρ_ν/δε_ν) ≤ {@link C2_THRESHOLD}
 * (ρ = n/δε). Both reduce to (29) on the uniform chain (docs/variants.md).
 */
export interface BondCriterion {
  /** 1-based sites of the bond. */
  sites: [number, number];
  c1: number;
  c2: number;
  c1Holds: boolean;
  c2Holds: boolean;
}

export interface GraphCriteria {
  bonds: BondCriterion[];
  valid: boolean;
  /** "valid: …" or "invalid: bond 2–3 c1 = 0.31 < 1/2; …", naming every violating bond. */
  verdict: string;
}

export function bondCriteria(spec: GeneralModelSpec): GraphCriteria {
  const bonds = spec.bonds.map((b): BondCriterion => {
    const [mu, nu] = b.sites.map((s) => spec.sites[s - 1]);
    const lam = b.coupling;
    // per direction, in the operation order of src/model/criteria.ts so the uniform chain gives its numbers bit for bit
    const c1 = Math.min((lam * mu.levels) / mu.bandWidth, (lam * nu.levels) / nu.bandWidth);
    const c2 = Math.max((lam * lam * mu.levels) / (mu.bandWidth * mu.bandWidth), (lam * lam * nu.levels) / (nu.bandWidth * nu.bandWidth));
    return { sites: [b.sites[0], b.sites[1]], c1, c2, c1Holds: c1 >= 0.5, c2Holds: c2 <= C2_THRESHOLD };
  });
  const bad = bonds.filter((b) => !b.c1Holds || !b.c2Holds);
  const verdict = bad.length
    ? `invalid: ${bad
        .map((b) =>
          [!b.c1Holds ? `bond ${b.sites.join('–')} c1 = ${fmt(b.c1)} < 1/2` : '', !b.c2Holds ? `bond ${b.sites.join('–')} c2 = ${fmt(b.c2)} > ${C2_THRESHOLD}` : '']
            .filter(Boolean)
            .join('; '),
        )
        .join('; ')}`
    : `valid: every bond has c1 ≥ 1/2 (min ${fmt(Math.min(...bonds.map((b) => b.c1)))}) and c2 ≤ ${C2_THRESHOLD} (max ${fmt(Math.max(...bonds.map((b) => b.c2)))})`;
  return { bonds, valid: bad.length === 0, verdict };
}

/** The chain's {@link Criteria} shape for a general model: the smallest c₁ and the largest c₂ over the bonds, the per-bond verdict. */
export function worstBondCriteria(crit: GraphCriteria): Criteria {
  const c1 = Math.min(...crit.bonds.map((b) => b.c1));
  const c2 = Math.max(...crit.bonds.map((b) => b.c2));
  return { c1, c2, c1Holds: crit.bonds.every((b) => b.c1Holds), c2Holds: crit.bonds.every((b) => b.c2Holds), valid: crit.valid, verdict: crit.verdict };
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
