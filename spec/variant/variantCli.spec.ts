/**
 * `hamcheck variant` from the command line on the examples (examples/variants/), at the quick family size:
 * the ring, the disordered chain and the weak link are accepted (exit 0), the wrong-density variant is
 * rejected (exit 1) with a verdict naming what fails, and a module that is not a variant cannot run (exit 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesTableBlock, VARIANT_EXAMPLES } from '../../src/variant/examplesTable.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';

const tmp = tempFolder('variant');

const runs = new Map<string, ReturnType<typeof runOnce>>();

function runOnce(example: string) {
  const out = join(tmp.dir, example);
  const r = hamcheck(['variant', `examples/variants/${example}.ts`, '--out', out]);
  const report = existsSync(join(out, 'variant.json')) ? JSON.parse(readFileSync(join(out, 'variant.json'), 'utf8')) : null;
  return { ...r, report, out };
}

/** Each example runs once per file; later tests (the docs table) reuse its report. */
function run(example: string) {
  if (!runs.has(example)) runs.set(example, runOnce(example));
  return runs.get(example)!;
}

describe('hamcheck variant on the examples (quick family size)', () => {
  it.each(['ring', 'disorderedChain', 'weakLink', 'generalizedHam', 'sparseCouplings', 'bandedCouplings'])('%s is accepted', (example) => {
    const r = run(example);
    expect(r.stderr).toContain('accepted: geometric mean');
    expect(r.code).toBe(0);
    expect(r.report.format).toBe('hamcheck-variant/1');
    expect(r.report.accepted).toBe(true);
    expect(r.report.familySize).toBe(8);
    expect(r.report.variantStats.geometricMean).toBeLessThanOrEqual(r.report.criterion.bound);
    expect(r.report.models).toHaveLength(8);
    expect(readFileSync(join(r.out, 'variant.md'), 'utf8')).toContain(r.report.verdict);
    expect(readFileSync(join(r.out, 'variant.html'), 'utf8')).toContain('<table>');
    // the figures the Markdown page links are written beside it
    const linked = [...readFileSync(join(r.out, 'variant.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)].map((m) => m[1]);
    expect(linked).toEqual(['variant-distribution.svg', 'variant-scaling.svg', 'variant-populations.svg']);
    for (const svg of linked) expect(readFileSync(join(r.out, svg), 'utf8')).toMatch(/^<svg/);
  }, 40_000);

  it('the multi-band variant is accepted while the generalized HAM, which takes every bond as resonant, is far outside the bound', () => {
    const r = run('multiBand');
    expect(r.code, r.stderr).toBe(0);
    expect(r.report.variantStats.geometricMean).toBeLessThanOrEqual(r.report.criterion.bound);
    // the off-resonant bonds carry no golden-rule rate: the HAM that ignores the band offsets fails on every model
    expect(r.report.hamStats.min).toBeGreaterThan(r.report.criterion.bound);
    expect(r.report.models.every((m: { spec: { sites: { offset?: number }[] } }) => m.spec.sites.some((s) => (s.offset ?? 0) !== 0))).toBe(true);
  }, 40_000);

  it('too narrow a coupling band is rejected, and the diagnosis says the exact dynamics does not relax as a rate law (the generalized HAM misses too)', () => {
    const r = run('narrowBand');
    expect(r.code).toBe(1);
    expect(r.report.verdict).toContain('the generalized HAM misses them too: the exact dynamics does not relax as a golden-rule rate law would');
    expect(r.report.hamStats.geometricMean).toBeGreaterThan(r.report.criterion.bound);
  }, 40_000);

  it('the wrong-density variant is rejected, naming the statistic and the wrong long-time populations', () => {
    const r = run('wrongDensity');
    expect(r.code).toBe(1);
    expect(r.report.accepted).toBe(false);
    expect(r.report.verdict).toMatch(/^rejected: the geometric mean of n̄·D̄² over the family is [\d.]+ > [\d.]+/);
    expect(r.report.verdict).toContain('the populations at T_D = 5/κ_min are wrong');
    expect(r.report.variantStats.geometricMean).toBeGreaterThan(r.report.criterion.bound);
    // the generalized HAM on the same models stays inside the bound: the rate law, not the family, fails
    expect(r.report.hamStats.geometricMean).toBeLessThanOrEqual(r.report.criterion.bound);
    // shrunk to a model no larger than the worst sampled one, still above the one-model bound
    expect(r.report.shrunk).not.toBeNull();
    expect(r.report.shrunk.scaled).toBeGreaterThan(r.report.shrunk.bound);
    expect(r.report.shrunk.spec.sites.length).toBeLessThanOrEqual(r.report.models[r.report.worst.index].spec.sites.length);
    // the worst and the shrunk model keep their P_µ(t), and each gets a population figure
    expect(r.report.worst.trajectory.exact.at(-1)).toEqual(r.report.models[r.report.worst.index].finalExact);
    expect(r.report.shrunk.trajectory.times[0]).toBe(0);
    const linked = [...readFileSync(join(r.out, 'variant.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)].map((m) => m[1]);
    expect(linked).toEqual(['variant-distribution.svg', 'variant-scaling.svg', 'variant-populations.svg', 'variant-populations-shrunk.svg']);
    for (const svg of linked) expect(readFileSync(join(r.out, svg), 'utf8')).toMatch(/^<svg/);
  }, 40_000);

  it('exit 2 when the module exports no variant, or an option is out of range', () => {
    const bad = tmp.write('notAVariant.mjs', 'export const name = "x";\n');
    const r = hamcheck(['variant', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('exports no variant: missing family, predict');
    const s = hamcheck(['variant', 'examples/variants/ring.ts', '--family-size', '1']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('--family-size: expected an integer ≥ 3');
  }, 20_000);
  it('the examples table of docs/variants.md is what the runs give (regenerate with npm run variants:table)', () => {
    const doc = readFileSync('docs/variants.md', 'utf8');
    const rows = VARIANT_EXAMPLES.map(({ file, label }) => ({ file, label, evaluation: run(file).report }));
    expect(doc).toContain(examplesTableBlock(rows));
  }, 120_000);
});
