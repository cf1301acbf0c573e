import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCALE_BOUND, scaleFigure } from '../../src/bench/scaleFigure.ts';
import { chainModelBytes } from '../../src/model/memoryLimit.ts';

const schema = JSON.parse(readFileSync('schemas/bench.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema.properties.scale);

// One small child run (N = 3, n = 40: a second or two, mostly Node and tsx start-up).
const section = await scaleFigure(3, 40, 120_000);

describe('scaleFigure: a chain propagated in a child process, its peak RSS against 1.3·storage + 150 MB', () => {
  it('records the sizes, the storage, the child\'s figures and the bound check, in the schema\'s shape', () => {
    expect(section.failure).toBeNull();
    expect(validate(section), JSON.stringify(validate.errors)).toBe(true);
    const run = section.run!;
    expect([run.sites, run.levels, run.dimension]).toEqual([3, 40, 120]);
    expect(run.storageBytes).toBe(chainModelBytes(3, 40));
    expect(section.boundBytes).toBe(SCALE_BOUND.storageFactor * run.storageBytes + SCALE_BOUND.runtimeBytes);
    expect(section.boundRatio).toBe(run.peakRssBytes / section.boundBytes);
    expect(run.peakRssBytes).toBeGreaterThanOrEqual(run.buildPeakRssBytes);
    expect(run.passes).toBe(1);
    // norm drift ≤ 2τ + τ² + dim·ε with τ = 1e-12 (the norm-drift accuracy figure's bound)
    expect(run.normDrift).toBeLessThanOrEqual(2e-12 + 1e-24 + 120 * Number.EPSILON);
  });

  it('a child that does not finish is recorded as a failure, not thrown', async () => {
    const failed = await scaleFigure(3, 40, 1);
    expect(failed.run).toBeNull();
    expect(failed.boundRatio).toBeNull();
    expect(failed.failure).toMatch(/timed out after 1 ms/);
    expect(validate(failed), JSON.stringify(validate.errors)).toBe(true);
  });
});
