/**
 * Calibration of the acceptance bound of `hamcheck variant` (src/variant/acceptance.ts): the statistic
 * ln(n̄·D̄²) of the paper's HAM (30)–(32) against the exact dynamics on the paper's chain inside (29)
 * ({@link paperChainInside}), one value per model ({@link modelDeviation}, 3 states).
 *
 * Run: `node bin/run-ts.mjs src/variant/calibrateAcceptance.ts [models] [seed]` → mean and sd of the logs.
 */
import fc from 'fast-check';
import { graphHamPopulations } from '../ham/graphHamPopulations.ts';
import { buildGeneralModel } from '../model/graph/buildGeneralModel.ts';
import { modelDeviation } from './modelDeviation.ts';
import { paperChainInside } from './paperChainFamily.ts';

export async function calibrationLogs(models: number, seed: number): Promise<number[]> {
  const logs: number[] = [];
  for (const spec of fc.sample(paperChainInside, { numRuns: models, seed })) {
    const m = buildGeneralModel(spec);
    logs.push(Math.log((await modelDeviation(m, (model, p0, times) => graphHamPopulations(model.spec, p0, times))).scaled));
  }
  return logs;
}

if (process.argv[1]?.endsWith('calibrateAcceptance.ts')) {
  const models = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 2024);
  const t0 = Date.now();
  const logs = await calibrationLogs(models, seed);
  const mean = logs.reduce((a, x) => a + x, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, x) => a + (x - mean) ** 2, 0) / (logs.length - 1));
  const sorted = [...logs].sort((a, b) => a - b);
  process.stdout.write(`${JSON.stringify({ models, seed, mean, sd, geometricMean: Math.exp(mean), min: Math.exp(sorted[0]), max: Math.exp(sorted[sorted.length - 1]), seconds: (Date.now() - t0) / 1000 })}\n`);
}
