/**
 * Cutting long text (counterexamples) for human-facing reports, with a note saying where it was cut.
 */

/** Most characters of a counterexample shown in the Markdown summary. */
export const SUMMARY_COUNTEREXAMPLE_CHARS = 2000;
/** Most characters of a counterexample in a JUnit failure (CI viewers choke on megabytes; the JSONL keeps all). */
export const JUNIT_COUNTEREXAMPLE_CHARS = 20_000;

export interface Truncated {
  text: string;
  /** Characters (code points) of the whole text. */
  total: number;
  cut: boolean;
}

/**
 * The first `max` code points of `s` (never half a surrogate pair).
 *
 * @remarks
 * Counts code points, not UTF-16 units, so an emoji or a supplementary-plane character is never split
 * into an invalid lone surrogate.
 */
export function truncate(s: string, max: number): Truncated {
  if (!Number.isInteger(max) || max < 0) throw new Error(`truncate: max must be a non-negative integer, got ${max}`);
  if (s.length <= max) return { text: s, total: [...s].length, cut: false };
  const points = [...s];
  if (points.length <= max) return { text: s, total: points.length, cut: false };
  return { text: points.slice(0, max).join(''), total: points.length, cut: true };
}

/** The note placed after a cut text. */
export function cutNote(t: Truncated): string {
  return `… cut at ${t.text.length === 0 ? 0 : [...t.text].length} of ${t.total} characters; the full counterexample is in the JSONL report (--out)`;
}
