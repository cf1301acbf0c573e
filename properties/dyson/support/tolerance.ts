/**
 * Residual-versus-tolerance checks whose failure messages print Δ and tol.
 */
export const EPS = Number.EPSILON;

export interface Check {
  label: string;
  delta: number;
  tol: number;
}

export function check(label: string, delta: number, tol: number): Check {
  return { label, delta, tol };
}

export function holds(c: Check): boolean {
  return Number.isFinite(c.delta) && c.delta <= c.tol;
}

export function describe(c: Check): string {
  return `${c.label}: Δ = ${c.delta.toExponential(3)}, tol = ${c.tol.toExponential(3)}`;
}

/** Throws with Δ and tol in the message unless every check holds. */
export function assertAll(checks: Check[], context = ''): void {
  const bad = checks.filter((c) => !holds(c));
  if (bad.length > 0) throw new Error(`${context}${context ? ': ' : ''}${bad.map(describe).join('; ')}`);
}

/** The worst check (largest Δ/tol), for reporting. */
export function worst(checks: Check[]): Check {
  return checks.reduce((a, b) => (b.delta / b.tol > a.delta / a.tol ? b : a));
}
