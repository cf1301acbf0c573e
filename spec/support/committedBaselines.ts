/** The committed bench baselines (reports/bench/baseline-*.json), oldest first, as the bench specs read them. */
import { readdirSync, readFileSync } from 'node:fs';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';

export const BASELINE_DIR = 'reports/bench';

/** File names of the committed baselines, in date order (their names start with the UTC date). */
export const baselineFiles: readonly string[] = readdirSync(BASELINE_DIR)
  .filter((f) => /^baseline-.*\.json$/.test(f))
  .sort();

/** The baseline `file` as recorded. */
export function readBaseline(file: string): BenchRecord {
  return JSON.parse(readFileSync(`${BASELINE_DIR}/${file}`, 'utf8')) as BenchRecord;
}

/** Baseline k without its tasks, figures and fits: only its scale section is left to compare or plot. */
export function scaleOnlyBaseline(k: number): BenchRecord {
  return { ...readBaseline(baselineFiles[k]), tasks: [], accuracy: [], scaling: [] };
}
