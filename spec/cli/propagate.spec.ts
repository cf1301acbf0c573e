import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'hamcheck-cli-'));

function hamcheck(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/hamcheck.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HAMCHECK_PROGRESS: 'quiet' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function writeSpec(name: string, spec: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

const small = {
  model: { sites: 3, levels: 12, bandWidth: 0.05, gap: 1, coupling: 2e-3, ensemble: 'GUE', seed: 4 },
  initial: { site: 1, seed: 7 },
  times: { count: 11, untilKappa: 5 },
};

describe('hamcheck CLI', () => {
  it('--help lists the commands and exits 0', () => {
    const r = hamcheck('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/propagate/);
    expect(r.stdout).toMatch(/reproduce/);
  });

  it('propagate prints κ, criteria, times, exact, ham, d2, method and seconds', () => {
    const r = hamcheck('propagate', writeSpec('small.json', small));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
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

  it('--dump-model writes arrays that reproduce the run exactly', () => {
    const dump = join(dir, 'dump.json');
    const first = hamcheck('propagate', writeSpec('a.json', small), '--dump-model', dump, '--out', join(dir, 'a.out.json'));
    expect(first.code).toBe(0);
    const d = JSON.parse(readFileSync(dump, 'utf8'));
    expect(d.levels).toHaveLength(3);
    expect(d.couplings).toHaveLength(2);
    expect(d.couplings[0].re).toHaveLength(144);
    expect(d.initial.re).toHaveLength(36);
    const replay = {
      ...small,
      model: { ...small.model, seed: 999, explicit: { levels: d.levels, couplings: d.couplings } },
      initial: { amplitudes: d.initial },
    };
    const second = hamcheck('propagate', writeSpec('b.json', replay));
    expect(second.code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, 'a.out.json'), 'utf8'));
    const b = JSON.parse(second.stdout);
    expect(b.exact).toEqual(a.exact);
    expect(b.d2).toEqual(a.d2);
  });

  it.each([
    [{ ...small, model: { ...small.model, levels: 0 } }, 'model.levels: expected an integer ≥ 1'],
    [{ ...small, model: { ...small.model, bandWidth: -0.05 } }, 'model.bandWidth: expected a finite number > 0'],
    [{ ...small, times: { count: 1, until: 5 } }, 'times.count: expected an integer ≥ 2'],
    [{ ...small, times: { count: 5 } }, 'times: expected exactly one of "until"'],
    [{ ...small, model: { ...small.model, coupling: 0 } }, 'times.untilKappa: expected a window in units of 1/κ only when κ > 0'],
    [{ ...small, initial: { site: 9 } }, 'initial.site: expected an integer ≥ 1 and ≤ 3'],
    [{ ...small, method: 'rk4' }, 'method: expected one of "chebyshev", "eigen"'],
  ])('bad input exits 2 with one line naming the field (%#)', (spec, message) => {
    const r = hamcheck('propagate', writeSpec('bad.json', spec));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });

  it('refuses a file that is not JSON, and a missing file', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"model": ');
    expect(hamcheck('propagate', path)).toMatchObject({ code: 2, stderr: expect.stringContaining('expected valid JSON') });
    expect(hamcheck('propagate', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('ENOENT') });
  });

  it('unknown commands exit 2', () => {
    expect(hamcheck('frobnicate').code).toBe(2);
  });
});
