import { decadeAxis } from './axisFormat.ts';

/**
 * Axis properties of a log axis over [lo, hi] that always carries labels: under one decade, the ticks
 * 1 … 9 × 10ᵏ inside the span as plain numbers (20, 30, 40 or 0.05, 0.06, …); otherwise {@link decadeAxis}
 * (dense: 1, 2, 5 × 10ᵏ).
 *
 * @remarks Decade labels alone leave a span such as n̄ ∈ [50, 100] with one label or none.
 */
export function logAxis(title: string, lo: number, hi: number): Record<string, unknown> {
  if (hi / lo >= 10) return decadeAxis(title, true);
  const values: number[] = [];
  for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++)
    for (let m = 1; m <= 9; m++) {
      const v = Number((m * 10 ** k).toPrecision(1));
      if (v >= lo && v <= hi) values.push(v);
    }
  return { title, values, format: '~g', grid: true, labelOverlap: true };
}
