/**
 * Calibration of the Fig. 5 slope statistic (properties/dynamics/deviationScalingProperty.ts) on the
 * reference: z = (slope + 1)/SE over independent ladders, so the bound FIG5_SLOPE_Z's false-alarm
 * probability can be derived. Usage: node bin/run-ts.mjs scripts/calibrateFig5.ts COUNT [FIRST_SEED]
 */
import { fig5Slope } from '../properties/dynamics/deviationScalingProperty.ts';
import { referenceImplementation } from '../src/protocol/reference/referenceImplementation.ts';

const [countText = '20', firstText = '1'] = process.argv.slice(2);
const impl = referenceImplementation();
const zs: number[] = [];
for (let i = 0; i < Number(countText); i++) {
  const N = 2 + (i % 2);
  const seed = (Number(firstText) + 7919 * i) >>> 0;
  const { slope, se, z } = await fig5Slope(impl, N, seed);
  zs.push(z);
  console.log(`ladder ${i}: N = ${N} seed ${seed}: slope ${slope.toFixed(4)} se ${se.toFixed(4)} z ${z.toFixed(3)}`);
}
const m = zs.reduce((a, b) => a + b, 0) / zs.length;
const sd = Math.sqrt(zs.reduce((a, b) => a + (b - m) ** 2, 0) / (zs.length - 1));
console.log(`${zs.length} ladders: z mean ${m.toFixed(3)} sd ${sd.toFixed(3)} min ${Math.min(...zs).toFixed(3)} max ${Math.max(...zs).toFixed(3)}`);
