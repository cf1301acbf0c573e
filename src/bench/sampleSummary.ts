import { medianAbsoluteDeviation, quantileSorted } from 'simple-statistics';
import type { SampleSummary } from './benchRecord.ts';

/**
 * p50, MAD, quartiles, min, max and count of timing samples (simple-statistics' quantiles: linear
 * interpolation between order statistics; MAD = median |x − p50|, unscaled).
 *
 * @remarks Robust figures: a few samples slowed down by another process on a shared machine move the
 * mean, not the median.
 */
export function summarizeSamples(samples: readonly number[]): SampleSummary {
  if (samples.length === 0) throw new Error('summarizeSamples: no samples');
  const s = [...samples].sort((a, b) => a - b);
  return {
    count: s.length,
    p50: quantileSorted(s, 0.5),
    mad: s.length > 1 ? medianAbsoluteDeviation(s) : 0,
    q1: quantileSorted(s, 0.25),
    q3: quantileSorted(s, 0.75),
    min: s[0],
    max: s[s.length - 1],
  };
}
