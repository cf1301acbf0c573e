/**
 * One finding about a printed equation of the paper: the printed form, the minimal counterexample
 * (found by shrinking, then frozen here so the report is deterministic), and the corrected form.
 *
 * @remarks
 * Entries live one per file in `src/errata/entries/` and are listed in `src/errata/registry.ts`.
 * `reports/errata.md` is rendered from the registry by `hamcheck errata`; a spec re-renders it and
 * compares with the committed file, and re-runs each `evidence()` so a stale entry fails the suite.
 */
export interface Erratum {
  /** Stable identifier, e.g. `eq21-off-diagonal`. */
  id: string;
  /** The paper's equation number(s), e.g. `(21), first line`. */
  equation: string;
  /** The form as printed (plain text / Unicode maths). */
  printed: string;
  /** The corrected statement that does hold, checked by the suite. */
  corrected: string;
  /** Whether the paper's later results depend on the printed form, and why (not). */
  consequences: string;
  /** Where in the suite the printed and corrected forms are checked. */
  checkedBy: string;
  /** Recomputes the counterexample deterministically. */
  evidence: () => ErratumEvidence;
}

export interface ErratumEvidence {
  /** The minimal counterexample, e.g. `N = 2, n = 1, λ = 0.3, τ = 1, GUE seed 1`. */
  counterexample: string;
  /** Size of the violation of the printed form (e.g. ‖lhs − rhs‖). */
  printedResidual: number;
  /** Residual of the corrected form on the same example. */
  correctedResidual: number;
  /** Tolerance separating "holds" from "fails", with its derivation. */
  tolerance: number;
  toleranceDerivation: string;
}
