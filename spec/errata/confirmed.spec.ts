import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as dynamicsBounds from '../../src/checks/dynamicsBounds.ts';
import { GOLDEN_RULE_Z } from '../../src/checks/goldenRuleWindow.ts';
import { type ConfirmedBounds, confirmed, confirmedStatements, currentBounds } from '../../src/errata/confirmed.ts';
import { errata } from '../../src/errata/registry.ts';
import { confirmedText, formatBound, renderErrata } from '../../src/errata/renderErrata.ts';

const PLACEHOLDER = /\{([A-Z0-9_]+)\}/g;

describe('errata "Confirmed as printed": bounds come from the checks’ constants', () => {
  it('every placeholder has a bound and every bound is quoted', () => {
    for (const c of confirmed) {
      const used = new Set([...c.statement.matchAll(PLACEHOLDER)].map((m) => m[1]));
      expect(new Set(Object.keys(c.bounds)), c.equation).toEqual(used);
    }
  });

  it('today’s bounds are the constants the property suites import', () => {
    const b = currentBounds();
    const shared = Object.keys(b).filter((k) => k in dynamicsBounds);
    expect(shared.length).toBeGreaterThanOrEqual(8);
    for (const k of shared) expect(b[k as keyof ConfirmedBounds], k).toBe(dynamicsBounds[k as keyof typeof dynamicsBounds]);
    expect(b.GOLDEN_RULE_Z).toBe(GOLDEN_RULE_Z);
    expect([b.INSIDE_BATCH, b.OUTSIDE_FIRST_BATCH, b.OUTSIDE_SECOND_BATCH]).toEqual([
      dynamicsBounds.CRITERIA_BATCH.inside,
      dynamicsBounds.CRITERIA_BATCH.outsideFirst,
      dynamicsBounds.CRITERIA_BATCH.outsideSecond,
    ]);
  });

  it('no statement retypes a non-integer bound: its value appears only through its placeholder', () => {
    for (const c of confirmed) {
      const bare = c.statement.replace(PLACEHOLDER, '');
      for (const [name, b] of Object.entries(c.bounds)) {
        if (!Number.isInteger(b.value)) expect(bare, `${c.equation}: ${name} retyped`).not.toContain(formatBound(b));
      }
    }
  });

  it('the rendered report quotes each bound as formatted from its constant', () => {
    const text = renderErrata(errata, confirmed);
    for (const c of confirmed) {
      expect(text).toContain(`**${c.equation}:** ${confirmedText(c)}`);
      for (const b of Object.values(c.bounds)) expect(confirmedText(c)).toContain(formatBound(b));
    }
  });

  it('changing any bound changes the report text (a recalibration needs no edit of the statements)', () => {
    const base = currentBounds();
    const baseline = confirmedStatements(base).map(confirmedText);
    for (const name of Object.keys(base) as (keyof ConfirmedBounds)[]) {
      const moved = { ...base, [name]: Number.isInteger(base[name]) ? base[name] + 1 : base[name] * 1.37 };
      const texts = confirmedStatements(moved).map(confirmedText);
      const changed = texts.filter((t, i) => t !== baseline[i]);
      expect(changed.length, `${name} is quoted by no statement`).toBeGreaterThan(0);
      for (const t of changed) expect(t).not.toBe('');
    }
  });

  it('the committed reports/errata.md quotes today’s constants (it is the fresh rendering)', () => {
    const committed = readFileSync(new URL('../../reports/errata.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderErrata(errata, confirmed));
    expect(committed).toContain(`stays ≤ ${dynamicsBounds.C_INSIDE}`);
    expect(committed).toContain(`within ${dynamicsBounds.FIG5_SLOPE_Z} standard errors`);
    expect(committed).toContain(`b + ${GOLDEN_RULE_Z}σ`);
  });

  it('the property suites import their bounds from src/checks and redefine none of them', () => {
    const dir = new URL('../../properties/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const sources = files.map((f) => [f, readFileSync(new URL(f, dir), 'utf8')] as const);
    const names = [...Object.keys(dynamicsBounds), 'GOLDEN_RULE_Z'];
    for (const [f, source] of sources) {
      for (const name of names) expect(source, `${f} redefines ${name}`).not.toMatch(new RegExp(`\\bconst ${name}\\s*=\\s*[0-9[{]`));
    }
    expect(sources.some(([, s]) => s.includes("/src/checks/dynamicsBounds.ts'")), 'no property imports dynamicsBounds').toBe(true);
    expect(sources.some(([, s]) => s.includes("/src/checks/goldenRuleWindow.ts'")), 'no property imports goldenRuleWindow').toBe(true);
  });

  it('a placeholder without a bound is a programming error', () => {
    expect(() => confirmedText({ equation: '(x)', statement: 'a {MISSING} b', bounds: {}, checkedBy: '' })).toThrow(/\{MISSING\} has no bound/);
  });
});

describe('the files a confirmed statement cites as its check', () => {
  it('exist (a moved or renamed suite must be cited by its new path)', () => {
    const root = new URL('../../', import.meta.url);
    for (const s of confirmedStatements()) {
      for (const path of s.checkedBy.match(/\b(?:spec|properties|src)\/[\w/.-]+\.ts\b/g) ?? []) {
        expect(existsSync(new URL(path, root)), `${s.equation} cites ${path}`).toBe(true);
      }
    }
  });
});
