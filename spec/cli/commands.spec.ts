import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'hamcheck-cmds-'));

function hamcheck(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/hamcheck.mjs', ...args], { encoding: 'utf8', env: { ...process.env, HAMCHECK_PROGRESS: 'quiet' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hamcheck transport and errata through the binary', () => {
  it('transport prints one result per temperature; bad input exits 2 naming the field', () => {
    const spec = join(dir, 't.json');
    writeFileSync(spec, JSON.stringify({ model: { levels: 500, bandWidth: 0.05, coupling: 5e-5 }, temperatures: [0.1467, 1] }));
    const ok = hamcheck('transport', spec);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.results.map((r: { temperature: number }) => r.temperature)).toEqual([0.1467, 1]);
    writeFileSync(spec, JSON.stringify({ model: { levels: 500, bandWidth: 0.05, coupling: 5e-5 }, temperatures: [0] }));
    const bad = hamcheck('transport', spec);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/temperatures\[0\]/);
  });

  it('errata --out writes the committed report exactly', () => {
    const out = join(dir, 'errata.md');
    expect(hamcheck('errata', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('reports/errata.md', 'utf8'));
  });
});
