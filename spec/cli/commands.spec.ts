import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hamcheck, tempFolder } from './cliHarness.ts';

const tmp = tempFolder('cmds');
const transportSpec = { model: { levels: 500, bandWidth: 0.05, coupling: 5e-5 }, temperatures: [0.1467, 1] };

describe('hamcheck transport and errata through the binary', () => {
  it('transport prints one result per temperature; bad input exits 2 naming the field', () => {
    const ok = hamcheck(['transport', tmp.write('t.json', transportSpec)]);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout);
    expect(out.results.map((r: { temperature: number }) => r.temperature)).toEqual([0.1467, 1]);
    expect(ok.stderr).not.toMatch(/warning/); // F8 parameters: c₁ = 0.5, c₂ = 5·10⁻⁴, inside (29)
    const bad = hamcheck(['transport', tmp.write('t.json', { ...transportSpec, temperatures: [0] })]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/temperatures\[0\]/);
  });

  it('transport outside the golden-rule regime warns on stderr, naming the criterion and its value', () => {
    // λ = 10⁻³: c₂ = λ²n/δε² = 10⁻⁶·500/0.0025 = 0.2 > 0.01
    const r = hamcheck(['transport', tmp.write('strong.json', { ...transportSpec, model: { ...transportSpec.model, coupling: 1e-3 } })]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*golden-rule regime.*criteria \(29\).*c2 = 0\.2 > 0\.01/);
  });

  it('transport --out into a folder is refused before the computation, exit 2', () => {
    const r = hamcheck(['transport', tmp.write('m.json', { ...transportSpec, measure: true }), '--out', tmp.dir]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('--out: expected a path that can be written');
    expect(r.stderr).toContain('it is a folder');
    expect(r.stderr).not.toMatch(/started/); // no progress stage began
  });

  it('errata --out writes the committed report exactly', () => {
    const out = join(tmp.dir, 'errata.md');
    expect(hamcheck(['errata', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('reports/errata.md', 'utf8'));
  });

  it('reproduce --out that is a file is refused before any figure is computed, exit 2', () => {
    const file = tmp.write('not-a-folder', 'x');
    const r = hamcheck(['reproduce', '--out', file, '--only', 'fig2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out: expected a path that can be written');
    expect(r.stderr).toContain('it is a file, not a folder');
    expect(r.stderr).not.toMatch(/fig2/);
  });
});
