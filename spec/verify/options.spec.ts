import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { DEFAULT_BUDGET_SECONDS, parseVerifyOptions, resolveIds, selectProperties } from '../../src/verify/options.ts';
import { selectShard } from '../../src/verify/shard.ts';

const known = ['dynamics/criteria-inside', 'dynamics/criteria-outside', 'model/kappa-formula', 'exact/norm', 'transport/kappa-th'];

function inputError(f: () => unknown): HamcheckInputError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(HamcheckInputError);
    return err as HamcheckInputError;
  }
  throw new Error('accepted invalid flags');
}
const parse = (raw: Record<string, unknown>) => parseVerifyOptions(raw, known);

describe('parseVerifyOptions', () => {
  it('gives the defaults for no flags', () => {
    expect(parse({})).toEqual({ budgetSeconds: DEFAULT_BUDGET_SECONDS, timeoutScale: 1, skip: [], failFast: false, strict: false, updateBaseline: false });
  });

  it('reads every flag, in commander (camelCase) or typed (kebab) spelling', () => {
    const camel = parse({
      impl: 'python3 a.py', budgetS: '120', timeoutScale: '2.5', seed: '4294967295', shard: '2/3', only: 'dynamics,exact/norm',
      skip: ['dynamics/criteria-outside'], failFast: true, strict: true, updateBaseline: true, baseline: 'b.json',
      out: 'r.jsonl', junit: 'r.xml', summary: 's.md', dumpRequest: 'req',
    });
    expect(camel).toEqual({
      impl: 'python3 a.py', budgetSeconds: 120, timeoutScale: 2.5, seed: 4294967295, shard: { index: 2, count: 3 },
      only: ['dynamics/criteria-inside', 'dynamics/criteria-outside', 'exact/norm'], skip: ['dynamics/criteria-outside'],
      failFast: true, strict: true, updateBaseline: true, baseline: 'b.json', out: 'r.jsonl', junit: 'r.xml', summary: 's.md', dumpRequest: 'req',
    });
    expect(parse({ 'budget-s': 5, '--timeout-scale': 3, 'fail-fast': true, 'dump-request': 'd' })).toMatchObject({ budgetSeconds: 5, timeoutScale: 3, failFast: true, dumpRequest: 'd' });
    expect(parse({ seed: '9', only: 'model/kappa-formula', 'replay-path': '3:0:1' }).replayPath).toBe('3:0:1');
  });

  it('rejects budgets and scales that are not finite numbers > 0, naming the flag', () => {
    for (const bad of ['0', '-1', 'abc', '', 'Infinity', '1e400', '0x10', '1s', NaN, 0, -2, Infinity]) {
      expect(inputError(() => parse({ budgetS: bad })).field, String(bad)).toBe('--budget-s');
      expect(inputError(() => parse({ timeoutScale: bad })).message).toMatch(/^--timeout-scale: expected a finite number > 0/);
    }
  });

  it('accepts exactly the uint32 seeds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), (s) => {
        expect(parse({ seed: String(s) }).seed).toBe(s);
        expect(parse({ seed: s }).seed).toBe(s);
      }),
    );
    for (const bad of ['-1', '4294967296', '1.5', 'x', '', 2 ** 32, -1, 0.5]) {
      expect(inputError(() => parse({ seed: bad })).message, String(bad)).toMatch(/^--seed: expected an integer from 0 to 4294967295 \(uint32\)/);
    }
  });

  it('rejects an unknown id, naming the nearest known one', () => {
    const err = inputError(() => parse({ only: 'dynamics/criteria-insde' }));
    expect(err.field).toBe('--only');
    expect(err.message).toContain('nearest known id: "dynamics/criteria-inside"');
    expect(inputError(() => parse({ skip: 'zzzzzzzzzzzz' })).message).toMatch(/--skip: .*known ids include "dynamics\/criteria-inside"/);
    expect(inputError(() => parse({ only: ' , ' })).field).toBe('--only');
    expect(inputError(() => parse({ only: 3 })).field).toBe('--only');
  });

  it('checks the flags that need each other', () => {
    expect(inputError(() => parse({ replayPath: '1:2' })).field).toBe('--replay-path');
    expect(inputError(() => parse({ replayPath: '1:2', seed: '1', only: 'dynamics' })).message).toMatch(/exactly one property/);
    expect(inputError(() => parse({ replayPath: 'a:b', seed: '1', only: 'exact/norm' })).field).toBe('--replay-path');
    expect(inputError(() => parse({ updateBaseline: true })).field).toBe('--update-baseline');
  });

  it('rejects malformed values and unknown flags', () => {
    expect(inputError(() => parse({ shard: '3/2' })).field).toBe('--shard');
    expect(inputError(() => parse({ impl: '  ' })).field).toBe('--impl');
    expect(inputError(() => parse({ strict: 'yes' })).field).toBe('--strict');
    expect(inputError(() => parse({ junit: '' })).field).toBe('--junit');
    const typo = inputError(() => parse({ 'budget-sec': '3' }));
    expect([typo.field, typo.message]).toEqual(['--budget-sec', expect.stringMatching(/did you mean --budget-s\?/)]);
  });
});

describe('selectProperties', () => {
  it('applies --only, then --skip, then the shard', () => {
    expect(selectProperties(known, { skip: [] })).toEqual(known);
    const only = resolveIds('dynamics,model', '--only', known);
    expect(selectProperties(known, { only, skip: ['dynamics/criteria-outside'] })).toEqual(['dynamics/criteria-inside', 'model/kappa-formula']);
  });

  it('shards partition the selected properties', () => {
    fc.assert(
      fc.property(fc.subarray(known), fc.integer({ min: 1, max: 4 }), (skip, count) => {
        const all = Array.from({ length: count }, (_, i) => selectProperties(known, { skip, shard: { index: i + 1, count } })).flat();
        expect(all.sort()).toEqual(known.filter((id) => !skip.includes(id)).sort());
        expect(selectShard(known.filter((id) => !skip.includes(id)), 1, count).sort()).toEqual(selectProperties(known, { skip, shard: { index: 1, count } }).sort());
      }),
    );
  });
});
