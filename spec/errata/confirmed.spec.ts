import { readFileSync } from 'node:fs';
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
    for (const k of Object.keys(dynamicsBounds) as (keyof typeof dynamicsBounds)[]) expect(b[k], k).toBe(dynamicsBounds[k]);
    expect(b.GOLDEN_RULE_Z).toBe(GOLDEN_RULE_Z);
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
    expect(committed).toContain(`≤ ${dynamicsBounds.C_INSIDE}/n`);
    expect(committed).toContain(`within ${dynamicsBounds.FIG5_SLOPE_Z} standard errors`);
    expect(committed).toContain(`b + ${GOLDEN_RULE_Z}σ`);
  });

  it.each([
    ['properties/dynamics/validityCriteria.prop.ts', 'dynamicsBounds.ts', ['C_INSIDE', 'C_OUTSIDE', 'C_TYPICAL']],
    ['properties/dynamics/deviationScaling.prop.ts', 'dynamicsBounds.ts', ['FIG5_SLOPE_Z']],
    ['properties/dyson/goldenRule.prop.ts', 'goldenRuleWindow.ts', ['GOLDEN_RULE_Z', 'Z']],
  ] as const)('%s judges with src/checks/%s and defines none of its bounds itself', (file, module, names) => {
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    expect(source).toContain(`/src/checks/${module}'`);
    for (const name of names) expect(source, `${file} redefines ${name}`).not.toMatch(new RegExp(`\\bconst ${name}\\s*=\\s*[0-9]`));
  });

  it('a placeholder without a bound is a programming error', () => {
    expect(() => confirmedText({ equation: '(x)', statement: 'a {MISSING} b', bounds: {}, checkedBy: '' })).toThrow(/\{MISSING\} has no bound/);
  });
});
