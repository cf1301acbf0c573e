/**
 * Calibration of the statistical bounds of the validity-criteria properties (src/checks/dynamicsBounds.ts):
 * samples the three case families exactly as the property generators draw them (properties/arbitraries/
 * dynamicsModels.ts), computes the per-case statistic (mean n·D²₁ over the case's initial states), and
 * prints the empirical distribution of ln(statistic) with a normal fit, so a bound's false-alarm
 * probability per case can be read off (and extrapolated by the fit where the sample is too small).
 *
 * Usage: node bin/run-ts.mjs scripts/calibrateCriteria.ts FAMILY COUNT [SEED]  (FAMILY: inside | outside-c1 | outside-c2)
 */
import fc from 'fast-check';
import { eigenSystem } from '../src/exact/eigenPropagator.ts';
import { decayConstant } from '../src/ham/decayConstant.ts';
import { hamPopulations } from '../src/ham/hamPopulations.ts';
import { buildChainModel } from '../src/model/buildChainModel.ts';
import { initialState } from '../src/model/initialState.ts';
import { insideCriteria, outsideFirstCriterionModel, outsideSecondCriterionModel } from '../properties/arbitraries/dynamicsModels.ts';

const [family = 'outside-c1', countText = '200', seedText = '12345'] = process.argv.slice(2);
const arb = { inside: insideCriteria, 'outside-c1': outsideFirstCriterionModel, 'outside-c2': outsideSecondCriterionModel }[family];
if (!arb) throw new Error(`unknown family ${family}`);
const cases = fc.sample(arb, { numRuns: Number(countText), seed: Number(seedText) });
const logs: number[] = [];
const rows: string[] = [];
const raw: { N: number; n: number; ensemble: string; perState: number[] }[] = [];
for (const c of cases) {
  const chain = buildChainModel(c.model);
  const sys = eigenSystem(chain);
  const kappa = decayConstant(c.model);
  const T = 5 / kappa;
  const times = Float64Array.from({ length: 201 }, (_, j) => (j * T) / 200);
  let sum = 0;
  const perState: number[] = [];
  for (const s of c.initialSeeds) {
    const exact = sys.populations(initialState({ site: 1, seed: s }, chain.sites, chain.levels), times);
    const ham = hamPopulations(exact[0], kappa, times);
    let acc = 0;
    for (let j = 0; j < 201; j++) {
      const d = ham[j][0] - exact[j][0];
      acc += (j === 0 || j === 200 ? 0.5 : 1) * d * d;
    }
    sum += (c.model.levels * acc) / 200;
    perState.push((c.model.levels * acc) / 200);
  }
  const m = sum / c.initialSeeds.length;
  logs.push(Math.log(m));
  const c1 = (c.model.coupling * c.model.levels) / c.model.bandWidth;
  raw.push({ N: c.model.sites, n: c.model.levels, ensemble: c.model.ensemble, perState });
  rows.push(`${m.toFixed(4)} N=${c.model.sites} n=${c.model.levels} c1=${c1.toFixed(3)} ${c.model.ensemble}`);
}
const mu = logs.reduce((a, b) => a + b, 0) / logs.length;
const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mu) ** 2, 0) / (logs.length - 1));
const sorted = [...logs].sort((a, b) => a - b).map(Math.exp);
console.log(`${family}: ${logs.length} cases; ln(mean n·D²₁): mean ${mu.toFixed(4)} sd ${sd.toFixed(4)}`);
console.log(`min ${sorted[0].toFixed(4)}  1% ${sorted[Math.floor(0.01 * sorted.length)].toFixed(4)}  median ${sorted[Math.floor(sorted.length / 2)].toFixed(4)}  99% ${sorted[Math.floor(0.99 * sorted.length)].toFixed(4)}  max ${sorted[sorted.length - 1].toFixed(4)}`);
for (const z of [3, 3.5, 4, 4.5, 5]) console.log(`fit: exp(mean − ${z}·sd) = ${Math.exp(mu - z * sd).toFixed(4)}   exp(mean + ${z}·sd) = ${Math.exp(mu + z * sd).toFixed(4)}`);
rows.sort((a, b) => parseFloat(a) - parseFloat(b));
console.log('lowest cases:\n' + rows.slice(0, 8).join('\n') + '\nhighest cases:\n' + rows.slice(-5).join('\n'));
if (process.env.CALIBRATION_JSON) (await import('node:fs')).writeFileSync(process.env.CALIBRATION_JSON, JSON.stringify(raw));
