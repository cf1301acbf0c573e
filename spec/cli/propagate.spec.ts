import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hamcheck, tempFolder } from './cliHarness.ts';

const tmp = tempFolder('cli');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const small = {
  model: { sites: 3, levels: 12, bandWidth: 0.05, gap: 1, coupling: 2e-3, ensemble: 'GUE', seed: 4 },
  initial: { site: 1, seed: 7 },
  times: { count: 11, untilKappa: 5 },
};

describe('hamcheck CLI', () => {
  it('--help lists the commands and exits 0', () => {
    const r = hamcheck(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['propagate', 'reproduce', 'transport', 'errata']) expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });

  it('--version prints the version of package.json', () => {
    expect(hamcheck(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('propagate prints format, version, κ, criteria, times, exact, ham, d2, method and seconds', () => {
    const r = hamcheck(['propagate', tmp.write('small.json', small)]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).slice(0, 2)).toEqual(['format', 'hamcheck']);
    expect(out).toMatchObject({ format: 'hamcheck-propagate/1', hamcheck: version });
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['kappa', 'criteria', 'times', 'exact', 'ham', 'd2', 'method', 'seconds']));
    expect(out.times).toHaveLength(11);
    expect(out.exact).toHaveLength(11);
    expect(out.exact[0]).toHaveLength(3);
    expect(out.ham[10]).toHaveLength(3);
    expect(out.d2).toHaveLength(3);
    expect(out.method).toBe('chebyshev');
    expect(out.kappa).toBeCloseTo((2 * Math.PI * 4e-6 * 12) / 0.05, 15);
    expect(out.seconds).toBeGreaterThan(0);
  });

  it('a model outside the criteria (29) runs with a warning on stderr naming the criterion and its value', () => {
    // c₁ = λn/δε = 2·10⁻³·12/0.05 = 0.48 < ½
    const r = hamcheck(['propagate', tmp.write('small.json', small)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^hamcheck: warning: .*criteria \(29\).*c1 = 0\.48 < 1\/2/m);
  });

  it('"-" reads the spec from stdin', () => {
    const r = hamcheck(['propagate', '-'], { input: JSON.stringify(small) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).times).toHaveLength(11);
  });

  it('--dump-model writes arrays that reproduce the run exactly; explicit arrays need no sizes', () => {
    const dump = join(tmp.dir, 'dump.json');
    const first = hamcheck(['propagate', tmp.write('a.json', small), '--dump-model', dump, '--out', join(tmp.dir, 'a.out.json')]);
    expect(first.code).toBe(0);
    const d = JSON.parse(readFileSync(dump, 'utf8'));
    expect(d).toMatchObject({ format: 'hamcheck-model/1', hamcheck: version });
    expect(d.levels).toHaveLength(3);
    expect(d.couplings).toHaveLength(2);
    expect(d.couplings[0].re).toHaveLength(144);
    expect(d.initial.re).toHaveLength(36);
    const { bandWidth, gap, coupling } = small.model;
    const replay = { ...small, model: { bandWidth, gap, coupling, explicit: { levels: d.levels, couplings: d.couplings } }, initial: { amplitudes: d.initial } };
    const second = hamcheck(['propagate', tmp.write('b.json', replay)]);
    expect(second.code).toBe(0);
    const a = JSON.parse(readFileSync(join(tmp.dir, 'a.out.json'), 'utf8'));
    const b = JSON.parse(second.stdout);
    expect(b.exact).toEqual(a.exact);
    expect(b.d2).toEqual(a.d2);
    // sizes that disagree with the arrays, and a seed beside them, are refused
    const wrongSites = hamcheck(['propagate', tmp.write('c.json', { ...replay, model: { ...replay.model, sites: 4 } })]);
    expect(wrongSites).toMatchObject({ code: 2, stderr: expect.stringContaining('model.sites: expected N = 3, the number of arrays in model.explicit.levels') });
    const seeded = hamcheck(['propagate', tmp.write('d.json', { ...replay, model: { ...replay.model, seed: 999 } })]);
    expect(seeded).toMatchObject({ code: 2, stderr: expect.stringContaining('model.seed: expected no "seed" beside model.explicit') });
  });

  it.each([
    [{ ...small, model: { ...small.model, levels: 0 } }, 'model.levels: expected an integer ≥ 1'],
    [{ ...small, model: { ...small.model, bandWidth: -0.05 } }, 'model.bandWidth: expected a finite number > 0'],
    [{ ...small, times: { count: 1, until: 5 } }, 'times.count: expected an integer ≥ 2'],
    [{ ...small, times: { count: 5 } }, 'times: expected exactly one of "until"'],
    [{ ...small, model: { ...small.model, coupling: 0 } }, 'times.untilKappa: expected a window in units of 1/κ only when κ > 0'],
    [{ ...small, initial: { site: 9 } }, 'initial.site: expected an integer ≥ 1 and ≤ 3'],
    [{ ...small, method: 'rk4' }, 'method: expected one of "chebyshev", "eigen"'],
    [{ ...small, model: { ...small.model, bandwith: 0.05 } }, 'model.bandwith: expected no such field (known: sites, levels, bandWidth'],
    [{ ...small, model: { ...small.model, bandwith: 0.05 } }, 'did you mean "bandWidth"?'],
    [{ ...small, times: { count: 201, until: 1e15 } }, 'times.until: expected a window needing at most 1e+8 Chebyshev terms, got 1000000000000000'],
    // T_D = 10⁶/κ: K ≈ 4·10⁷ terms for 212 times would need ≈ 140 GiB of coefficient tables
    [{ ...small, d2: { untilKappa: 1e6 }, times: { count: 11, until: 1 } }, 'd2.untilKappa: 212 output states with K ≈'],
  ])('bad input exits 2 with one line naming the field, before any compute (%#)', (spec, message) => {
    const r = hamcheck(['propagate', tmp.write('bad.json', spec)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stderr).not.toMatch(/started/); // refused before the run began
    expect(r.stdout).toBe('');
  });

  it('a size above the memory budget is refused up front naming the field and the limit', () => {
    const r = hamcheck(['propagate', tmp.write('big.json', { ...small, times: { count: 100_000, untilKappa: 5 } })], { env: { HAMCHECK_MEMORY_LIMIT_MB: '16' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/times\.untilKappa: 100201 output states .* would need .* above the limit of 16\.0 MiB \(set HAMCHECK_MEMORY_LIMIT_MB/);
    expect(r.stderr).not.toMatch(/started/);
  });

  it('an unwritable --out or --dump-model is refused before the computation with exit 2', () => {
    const spec = tmp.write('ok.json', small);
    const folder = hamcheck(['propagate', spec, '--out', tmp.dir]);
    expect(folder).toMatchObject({ code: 2, stdout: '' });
    expect(folder.stderr).toContain(`--out: expected a path that can be written, got "${tmp.dir.slice(0, 40)}`);
    expect(folder.stderr).toContain('it is a folder, not a file');
    expect(folder.stderr).not.toMatch(/started|internal error/);
    const underFile = hamcheck(['propagate', spec, '--dump-model', join(spec, 'dump.json')]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/--dump-model: expected a path that can be written.*a part of it is a file|is a file, so no folder/);
    expect(underFile.stderr).not.toMatch(/started/);
  });

  it('invalid JSON is refused with line and column; NaN and Infinity get a hint; a missing file names ENOENT', () => {
    const broken = hamcheck(['propagate', tmp.write('broken.json', '{"model": ')]);
    expect(broken).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken\.json:1:11: expected valid JSON \(a value here\), got "end of input"/) });
    const nan = hamcheck(['propagate', tmp.write('nan.json', '{\n  "model": {"sites": 3,\n    "coupling": NaN}}')]);
    expect(nan.code).toBe(2);
    expect(nan.stderr).toContain('nan.json:3:17: expected valid JSON (a value here), got "NaN}}"');
    expect(nan.stderr).toContain('JSON has no NaN');
    const inf = hamcheck(['propagate', '-'], { input: '{"times": {"until": -Infinity}}' });
    expect(inf.stderr).toContain('stdin:1:21:');
    expect(inf.stderr).toContain('JSON has no -Infinity');
    expect(hamcheck(['propagate', join(tmp.dir, 'missing.json')])).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
  });

  it('unknown commands exit 2', () => {
    expect(hamcheck(['frobnicate']).code).toBe(2);
  });
});
