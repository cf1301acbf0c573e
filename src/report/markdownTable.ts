import { HamcheckInputError } from '../errors.ts';

/**
 * A table cell: text as is, numbers through {@link formatNumber}, `null`/`undefined` as `–`.
 *
 * @remarks
 * Pass pre-formatted strings for anything {@link formatNumber} does not cover (units, ranges).
 */
export type TableCell = string | number | null | undefined;

/**
 * Formats `x` with `digits` significant digits for reports.
 *
 * @remarks
 * Exponent notation (`1.571e-4`, `3.183e4`: no `+`, no zero padding) when |x| < 1e-3 or when |x|
 * rounded to `digits` digits is ≥ 1e4; otherwise fixed notation keeping trailing zeros (`0.5000`).
 * Integers below 1e4 are printed exactly (`500`, not `500.0`). `0` → `0`, NaN → `NaN`, ±∞ → `∞` /
 * `-∞`. `digits` must be an integer in 1 … 21 (default 4).
 */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isInteger(digits) || digits < 1 || digits > 21)
    throw new HamcheckInputError('digits', 'an integer from 1 to 21', digits);
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '-∞';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (Number.isInteger(x) && abs < 1e4) return String(x);
  if (abs >= 1e-3) {
    const fixed = x.toPrecision(digits);
    const rounded = Math.abs(Number(fixed));
    // toPrecision switches to exponent form when digits < integer digits (1234 → "1.2e+3")
    if (rounded < 1e4) return fixed.includes('e') ? String(Number(fixed)) : fixed;
  }
  return x.toExponential(digits - 1).replace('e+', 'e');
}

/**
 * Renders a GitHub-flavoured Markdown table.
 *
 * @remarks
 * Numbers are formatted with {@link formatNumber} at `digits` significant digits (default 4).
 * Columns whose body cells are all numbers (or empty) are right-aligned, others left-aligned.
 * Columns are padded so the raw Markdown lines up too. `|` in text is escaped and line breaks become
 * spaces. Every row must have as many cells as `headers`, else {@link HamcheckInputError}.
 */
export function markdownTable(headers: string[], rows: TableCell[][], digits = 4): string {
  rows.forEach((row, i) => {
    if (row.length !== headers.length) throw new HamcheckInputError(`rows[${i}]`, `${headers.length} cells`, row);
  });
  const body = rows.map((row) => row.map((c) => cellText(c, digits)));
  const head = headers.map((h) => escapeCell(h));
  const numeric = headers.map((_, j) => rows.length > 0 && rows.every((r) => typeof r[j] === 'number' || r[j] == null));
  const width = head.map((h, j) => Math.max(3, h.length, ...body.map((r) => r[j].length)));
  const pad = (s: string, j: number): string => (numeric[j] ? s.padStart(width[j]) : s.padEnd(width[j]));
  const line = (cells: string[]): string => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${width.map((w, j) => (numeric[j] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}

function cellText(c: TableCell, digits: number): string {
  if (c === null || c === undefined) return '–';
  return typeof c === 'number' ? formatNumber(c, digits) : escapeCell(c);
}

function escapeCell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}
