/**
 * hamcheck verify end to end, through the real binary, against the examples: the reference via
 * `hamcheck serve` and the independent NumPy adapter must pass the default run (exit 0); every mutant
 * of the NumPy adapter must be caught with --fail-fast (exit 1), by one of the properties its bug
 * exposes (spec/examples/mutantCatches.json lists them; the first one in run order catches it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const numpy = spawnSync('python3', ['-c', 'import numpy, scipy'], { encoding: 'utf8' }).status === 0;
const seed = process.env.HAMCHECK_SEED ?? String((Math.random() * 2 ** 32) >>> 0);
const manifest = JSON.parse(readFileSync(`${root}examples/mutants/manifest.json`, 'utf8')) as { mutants: { name: string; command: string }[] };
const catches = JSON.parse(readFileSync(new URL('./mutantCatches.json', import.meta.url), 'utf8')) as Record<string, string[]>;

function verify(args: string[]) {
  const r = spawnSync(process.execPath, [`${root}bin/hamcheck.mjs`, 'verify', '--seed', seed, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, HAMCHECK_PROGRESS: 'quiet', NO_COLOR: '1' },
    timeout: 290_000,
  });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe(`hamcheck verify on the examples (seed ${seed})`, () => {
  it('the reference through `hamcheck serve` passes the default run (exit 0)', () => {
    const r = verify(['--impl', `${process.execPath} ${root}bin/hamcheck.mjs serve`]);
    expect(r.out).toMatch(/hamcheck verify: \d+ passed, 0 failed/);
    expect(r.code, r.out).toBe(0);
  });

  it.skipIf(!numpy)(`the independent NumPy adapter passes the default run (exit 0)${numpy ? '' : ' — skipped: python3 with NumPy and SciPy not found'}`, () => {
    const r = verify(['--impl', 'python3 examples/numpy/adapter.py']);
    expect(r.out).toMatch(/hamcheck verify: \d+ passed, 0 failed/);
    expect(r.code, r.out).toBe(0);
  });

  it('every mutant in the manifest has its catching properties listed', () => {
    expect(Object.keys(catches).sort()).toEqual(manifest.mutants.map((m) => m.name).sort());
    expect(manifest.mutants.length).toBeGreaterThanOrEqual(10);
  });

  for (const m of manifest.mutants) {
    it.skipIf(!numpy)(`mutant ${m.name} is caught by --fail-fast (exit 1) by ${(catches[m.name] ?? []).join(' or ')}${numpy ? '' : ' — skipped: python3 with NumPy not found'}`, () => {
      const r = verify(['--impl', m.command, '--fail-fast']);
      expect(r.code, r.out).toBe(1);
      const caught = /^FAIL\s+(\S+)/m.exec(r.out)?.[1];
      expect(catches[m.name], r.out).toContain(caught);
      expect(r.out).toMatch(/replay: npx hamcheck verify --impl .* --seed \d+ --only \S+/);
    });
  }
});
