/**
 * Tick labels a physicist reads without translating: powers of ten as 10⁻⁷ … 10², one format per axis.
 *
 * @remarks
 * Vega's default log-axis labels mix decimal and exponent forms (`0.000001` next to `1e-7`). The Vega
 * expression returned by {@link decadeLabelExpr} labels only exact decades, each as `10` followed by the
 * exponent in Unicode superscripts (ticks between decades stay unlabelled). Used by every log axis of the
 * paper figures.
 */
const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** The exponent e as Unicode superscript digits (−7 → ⁻⁷). */
export function superscript(e: number): string {
  return String(e)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('');
}

/** `10` + superscript exponent for decade values, '' otherwise (a Vega expression over `datum.value`). */
export function decadeLabelExpr(): string {
  const e = 'round(log(datum.value) / LN10)';
  let s = `'' + ${e}`;
  for (const [c, sup] of Object.entries(SUPERSCRIPT)) s = `replace(${s}, '${c}', '${sup}')`;
  // replace() substitutes the first occurrence only; exponents have at most one '-' and rarely repeat a digit
  // (10¹¹, 10⁻¹¹): a second pass covers them.
  for (const [c, sup] of Object.entries(SUPERSCRIPT)) s = `replace(${s}, '${c}', '${sup}')`;
  return `abs(log(datum.value) / LN10 - ${e}) < 1e-6 ? '10' + ${s} : ''`;
}

/**
 * Like {@link decadeLabelExpr}, and also the ticks 2·10ᵏ and 5·10ᵏ (for axes spanning about one decade,
 * where decades alone leave one label or none).
 */
export function decadeAndHalfLabelExpr(): string {
  const e = 'floor(log(datum.value) / LN10 + 1e-9)';
  let s = `'' + ${e}`;
  for (let pass = 0; pass < 2; pass++) for (const [c, sup] of Object.entries(SUPERSCRIPT)) s = `replace(${s}, '${c}', '${sup}')`;
  const mant = `datum.value / pow(10, ${e})`;
  return `abs(${mant} - 1) < 1e-6 ? '10' + ${s} : (abs(${mant} - 2) < 1e-6 || abs(${mant} - 5) < 1e-6) ? round(${mant}) + '·10' + ${s} : ''`;
}

/** Axis properties of a log axis labelled at decades ({@link decadeLabelExpr}); `dense` adds 2·10ᵏ and 5·10ᵏ. */
export function decadeAxis(title: string, dense = false): Record<string, unknown> {
  return { title, labelExpr: dense ? decadeAndHalfLabelExpr() : decadeLabelExpr(), grid: true, labelOverlap: false };
}

/** x as m·10ᵏ with Unicode superscripts (5e-5 → 5·10⁻⁵), plain for 10⁻³ ≤ |x| < 10⁴; `digits` significant digits. */
export function scientific(x: number, digits = 3): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  const k = Math.floor(Math.log10(Math.abs(x)));
  if (k >= -3 && k < 4) return String(Number(x.toPrecision(digits)));
  const m = Number((x / 10 ** k).toPrecision(digits));
  return m === 1 ? `10${superscript(k)}` : `${m}·10${superscript(k)}`;
}
