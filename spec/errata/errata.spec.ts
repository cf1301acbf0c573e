import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ERRATA_PATH, errataCommand } from '../../src/cli/errataCommand.ts';
import { confirmed } from '../../src/errata/confirmed.ts';
import { errata } from '../../src/errata/registry.ts';
import { renderErrata } from '../../src/errata/renderErrata.ts';

describe('errata registry', () => {
  it('has unique ids', () => {
    expect(new Set(errata.map((e) => e.id)).size).toBe(errata.length);
  });

  it.each(errata.map((e) => [e.id, e] as const))('%s: the printed form fails and the corrected form holds', (_id, e) => {
    const ev = e.evidence();
    expect(Number.isFinite(ev.tolerance) && ev.tolerance >= 0).toBe(true);
    expect(ev.printedResidual, `printed: Δ = ${ev.printedResidual}, tol = ${ev.tolerance}`).toBeGreaterThan(ev.tolerance);
    expect(ev.correctedResidual, `corrected: Δ = ${ev.correctedResidual}, tol = ${ev.tolerance}`).toBeLessThanOrEqual(
      ev.tolerance,
    );
    expect(ev.counterexample).not.toBe('');
    expect(ev.toleranceDerivation).not.toBe('');
  });

  it('evidence is deterministic', () => {
    for (const e of errata) expect(e.evidence()).toEqual(e.evidence());
  });
});

describe('reports/errata.md', () => {
  it('is up to date with the registry (regenerate with `hamcheck errata`)', async () => {
    const committed = await readFile(DEFAULT_ERRATA_PATH, 'utf8');
    expect(renderErrata(errata, confirmed)).toBe(committed);
  });

  it('names every erratum and every confirmed statement, and how it is regenerated', () => {
    const text = renderErrata(errata, confirmed);
    expect(text).toContain('hamcheck errata');
    for (const e of errata) expect(text).toContain(`\`${e.id}\``);
    for (const c of confirmed) expect(text).toContain(`**${c.equation}:**`);
  });

  it('errataCommand writes the rendered report to --out and exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hamcheck-errata-'));
    try {
      const out = join(dir, 'nested', 'errata.md');
      expect(await errataCommand({ out })).toBe(0);
      expect(await readFile(out, 'utf8')).toBe(renderErrata(errata, confirmed));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
