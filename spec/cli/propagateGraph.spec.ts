/**
 * `hamcheck propagate` of a general model (a spec whose model has a `topology`): the uniform chain given as a
 * general model reproduces the chain spec's exact dynamics bit for bit; a ring runs end to end with per-bond
 * criteria, its report and its `hamcheck-model/2` dump validate, the dump's parameters rebuild its arrays
 * exactly; chain dumps stay `hamcheck-model/1`; bad input is refused before any compute, naming the field.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildGeneralModel } from '../../src/model/graph/buildGeneralModel.ts';
import { uniformChainSpec } from '../../src/model/graph/generalModel.ts';
import { hamcheck, tempFolder } from './cliHarness.ts';

const tmp = tempFolder('propagate-graph');
const ajv = new Ajv2020({ strict: true, allErrors: true });
for (const f of ['model', 'propagate']) ajv.addSchema(JSON.parse(readFileSync(`schemas/${f}.schema.json`, 'utf8')), f);
const valid = (name: string, v: unknown) => (ajv.getSchema(name)!(v) ? '' : ajv.errorsText(ajv.getSchema(name)!.errors));
const EPS = Number.EPSILON;

const ring = {
  topology: 'ring',
  sites: [40, 60, 50].map((levels) => ({ levels, bandWidth: 0.05 })),
  bonds: [{ sites: [1, 2], coupling: 7e-4 }, { sites: [2, 3], coupling: 6e-4 }, { sites: [3, 1], coupling: 8e-4 }],
  seed: 3,
};

function run(spec: unknown, dump = false) {
  const out = join(tmp.dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const model = `${out}.model.json`;
  const r = hamcheck(['propagate', tmp.write(`spec-${Math.random().toString(36).slice(2)}.json`, spec), '--out', out, ...(dump ? ['--dump-model', model] : [])]);
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
  return { ...r, report: r.code === 0 ? read(out) : null, dump: r.code === 0 && dump ? read(model) : null };
}

describe('hamcheck propagate with a general model', () => {
  it('the uniform chain as a general model gives the chain spec’s exact dynamics bit for bit, and its HAM to rounding', () => {
    const chain = { sites: 3, levels: 30, bandWidth: 0.05, coupling: 1e-3, seed: 5 };
    const times = { count: 9, untilKappa: 4 };
    const a = run({ model: chain, initial: { site: 1, seed: 2 }, times });
    const general = uniformChainSpec(chain);
    const b = run({ model: general, initial: { site: 1, seed: 2 }, times });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.report.topology).toBe('chain');
    expect(b.report.kappa).toBe(a.report.kappa);
    expect(b.report.exact).toEqual(a.report.exact);
    // (30)–(32) in closed form vs the symmetric eigenproblem of the generalized rates: N modes of terms ≤ 1, a few roundings each: 8N²ε
    const ham = (r: typeof a) => r.report.ham.flat() as number[];
    expect(Math.max(...ham(a).map((x, i) => Math.abs(x - ham(b)[i])))).toBeLessThanOrEqual(8 * 9 * EPS);
  });

  it('a ring runs end to end: per-bond criteria, κ_min, D² per site, Σ P conserved; report and hamcheck-model/2 dump validate', () => {
    const r = run({ model: ring, initial: { site: 2, seed: 9 }, times: { count: 6, untilKappa: 5 } }, true);
    expect(r.code, r.stderr).toBe(0);
    expect(valid('propagate', r.report)).toBe('');
    expect(r.report.bonds.map((b: { sites: number[] }) => b.sites)).toEqual([[1, 2], [2, 3], [3, 1]]);
    // κ_min: the smallest golden-rule rate 2πλ²n/δε over the bonds, into either end (27)'s operation order
    const rates = ring.bonds.flatMap((b) => b.sites.map((s) => (2 * Math.PI * b.coupling * b.coupling * ring.sites[s - 1].levels) / ring.sites[s - 1].bandWidth));
    expect(r.report.kappa).toBe(Math.min(...rates));
    expect(r.report.d2).toHaveLength(3);
    // the band state starts on site 2: at t = 0, P₂ is the sum of its 60 normalized squares, ≤ 2·60ε from 1
    expect(Math.abs(r.report.exact[0][1] - 1)).toBeLessThanOrEqual(2 * 60 * EPS);
    // Chebyshev to 1e-12 in ‖ψ‖ per time, so Σ_µ P_µ = ‖ψ‖² is 1 within 2·1e-12 plus 150-term rounding: 3e-12
    for (const p of r.report.exact) expect(Math.abs(p.reduce((s: number, x: number) => s + x, 0) - 1)).toBeLessThan(3e-12);
    expect(r.dump.format).toBe('hamcheck-model/2');
    expect(valid('model', r.dump)).toBe('');
    const { topology, sites, bonds, gap, ensemble, seed } = r.dump;
    const rebuilt = buildGeneralModel({ topology, sites, bonds, gap, ensemble, seed });
    expect(r.dump.couplings.map((c: { re: number[] }) => c.re)).toEqual(rebuilt.bonds.map((b) => Array.from(b.re)));
    expect(r.dump.couplings.map((c: { sites: number[] }) => c.sites)).toEqual(ring.bonds.map((b) => b.sites));
    expect(r.dump.initial.re).toHaveLength(150);
  });

  it('a chain spec still dumps hamcheck-model/1, which validates against the same schema', () => {
    const r = run({ model: { sites: 2, levels: 10, bandWidth: 0.05, coupling: 2e-3 }, times: { count: 3, untilKappa: 1 } }, true);
    expect(r.dump.format).toBe('hamcheck-model/1');
    expect(valid('model', r.dump)).toBe('');
    expect(valid('model', { ...r.dump, format: 'hamcheck-model/2' })).not.toBe('');
  });

  it.each([
    [{ model: ring, initial: { site: 4 }, times: { count: 3, until: 10 } }, /initial\.site: expected .*1 … 3|initial\.site/],
    [{ model: ring, method: 'eigen', times: { count: 3, until: 10 } }, /method: expected "chebyshev"/],
    [{ model: { ...ring, colour: 'red' }, times: { count: 3, until: 10 } }, /model\.colour|model: .*colour/],
    [{ model: { ...ring, bonds: ring.bonds.slice(0, 2) }, times: { count: 3, until: 10 } }, /model\.bonds: expected 3 bonds for a ring/],
    [{ model: { ...ring, bonds: ring.bonds.map((b) => ({ ...b, coupling: 0 })) }, times: { count: 3, untilKappa: 1 } }, /times\.untilKappa: expected a window in units of 1\/κ only when some bond has λ > 0/],
    [{ model: ring, times: { count: 3, until: 1e12 } }, /times\.until: expected a window needing at most/],
  ])('refuses %j before any compute (exit 2, naming the field)', (spec, message) => {
    const r = run(spec);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
