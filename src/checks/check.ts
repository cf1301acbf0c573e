/**
 * A residual against its tolerance: the unit every identity check of hamcheck returns, so the property
 * suites and the errata report judge "holds" by the same rule and print the same Δ and tol.
 *
 * @remarks
 * A check holds when its residual Δ is finite and Δ ≤ tol. Each check function states the derivation of
 * its tolerance (ε·scale for identities) in one comment line next to it.
 */

/** Machine epsilon of IEEE doubles, the unit of every identity tolerance. */
export const EPS = Number.EPSILON;

export interface Check {
  /** What is compared, e.g. `(17) printed µ=2`. */
  label: string;
  /** The residual Δ (e.g. the largest entry of lhs − rhs). */
  delta: number;
  /** The tolerance separating "holds" from "fails". */
  tol: number;
  /** The site µ (1-based) the check is about, when it is about one. */
  site?: number;
}

export function check(label: string, delta: number, tol: number, site?: number): Check {
  return site === undefined ? { label, delta, tol } : { label, delta, tol, site };
}

export function holds(c: Check): boolean {
  return Number.isFinite(c.delta) && c.delta <= c.tol;
}

/** `label: Δ = …, tol = …` — the wording of every failure message. */
export function describeCheck(c: Check): string {
  return `${c.label}: Δ = ${c.delta.toExponential(3)}, tol = ${c.tol.toExponential(3)}`;
}

/** Throws with Δ and tol in the message unless every check holds. */
export function assertAll(checks: readonly Check[], context = ''): void {
  const bad = checks.filter((c) => !holds(c));
  if (bad.length > 0) throw new Error(`${context}${context ? ': ' : ''}${bad.map(describeCheck).join('; ')}`);
}

/** The worst check (largest Δ/tol; the first one on ties), for reporting. */
export function worst(checks: readonly Check[]): Check {
  if (checks.length === 0) throw new Error('worst: no checks');
  return checks.reduce((a, b) => (b.delta / b.tol > a.delta / a.tol ? b : a));
}

/** The check with the largest residual Δ (the first one on ties): the errata report's "worst site". */
export function largestResidual(checks: readonly Check[]): Check {
  if (checks.length === 0) throw new Error('largestResidual: no checks');
  return checks.reduce((a, b) => (b.delta > a.delta ? b : a));
}
