import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../../src/errors.ts';
import { schemaViolation } from '../../../src/protocol/schemas.ts';
import {
  emptyBaseline,
  parseBaseline,
  readBaseline,
  renderBaseline,
  validateBaseline,
  writeBaseline,
  type Baseline,
} from '../../../src/verify/baseline/baselineFile.ts';

function inputError(f: () => unknown): HamcheckInputError {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(HamcheckInputError);
    return err as HamcheckInputError;
  }
  throw new Error('accepted an invalid baseline');
}

const good = {
  format: 'hamcheck-baseline/1',
  entries: {
    'model/kappa-formula': { status: 'fail', kind: 'wrong', reason: 'issue #3' },
    'exact/norm': { status: 'flaky', reason: 'slow machine' },
    'transport/kappa-th': { status: 'skip', reason: 'not implemented' },
  },
};

/** Candidate baselines, valid and not, restricted to the kinds the schema lists (see the next test's name). */
const candidate = fc.record({
  format: fc.constantFrom('hamcheck-baseline/1', 'hamcheck-baseline/2'),
  entries: fc.dictionary(
    fc.constantFrom('dynamics/a', 'model/b.c', '-bad', 'ok_1', '', 'a b'),
    fc.record(
      {
        status: fc.constantFrom('fail', 'skip', 'flaky', 'broken'),
        reason: fc.constantFrom('why', ''),
        kind: fc.constantFrom('wrong', 'errored', 'timeout', 'nonsense'),
        stauts: fc.constant('fail'),
      },
      { requiredKeys: [] },
    ),
    { maxKeys: 3 },
  ),
});

describe('baseline file', () => {
  it('reads a valid file and renders it deterministically (sorted ids, status/kind/reason)', () => {
    const b = validateBaseline(good);
    expect(b).toEqual(good);
    const text = renderBaseline(b);
    expect(Object.keys(JSON.parse(text).entries)).toEqual(['exact/norm', 'model/kappa-formula', 'transport/kappa-th']);
    expect(text).toContain('"status": "fail",\n      "kind": "wrong",\n      "reason": "issue #3"');
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseBaseline(text)).toEqual(b);
  });

  it('accepts exactly what protocol/v1/baseline.schema.json accepts (kinds wrong/errored/timeout; crash and protocol are this reader\'s extension)', () => {
    const seen = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(candidate, (value) => {
        const schemaOk = schemaViolation('baseline', value) === undefined;
        let readerOk = true;
        try {
          validateBaseline(value);
        } catch (err) {
          expect(err).toBeInstanceOf(HamcheckInputError);
          readerOk = false;
        }
        expect(readerOk).toBe(schemaOk);
        seen[schemaOk ? 'accepted' : 'rejected']++;
      }),
      { numRuns: 500 },
    );
    // the candidates must exercise both sides, or the agreement says nothing
    expect(Math.min(seen.accepted, seen.rejected)).toBeGreaterThan(50);
  });

  it('names the offending field and file', () => {
    const entry = (e: object): unknown => ({ format: 'hamcheck-baseline/1', entries: { 'dynamics/x': e } });
    expect(inputError(() => validateBaseline(entry({ status: 'fail', reason: 'r' }), 'b.json')).field).toBe('b.json entries["dynamics/x"].kind');
    expect(inputError(() => validateBaseline(entry({ status: 'skip', reason: 'r', kind: 'wrong' }))).field).toBe('baseline entries["dynamics/x"].kind');
    expect(inputError(() => validateBaseline(entry({ status: 'gone', reason: 'r' }))).field).toBe('baseline entries["dynamics/x"].status');
    expect(inputError(() => validateBaseline(entry({ status: 'skip', reason: '' }))).field).toBe('baseline entries["dynamics/x"].reason');
    const typo = inputError(() => validateBaseline(entry({ stauts: 'skip', status: 'skip', reason: 'r' })));
    expect([typo.field, typo.message]).toEqual(['baseline entries["dynamics/x"].stauts', expect.stringMatching(/did you mean "status"/)]);
    expect(inputError(() => validateBaseline({ format: 'x', entries: {} })).field).toBe('baseline format');
    expect(inputError(() => validateBaseline({ format: 'hamcheck-baseline/1', entries: [] })).field).toBe('baseline entries');
    expect(inputError(() => validateBaseline({ format: 'hamcheck-baseline/1', entries: { ' x': { status: 'skip', reason: 'r' } } })).field).toBe('baseline entries[" x"]');
    expect(inputError(() => parseBaseline('{"format":', 'b.json')).field).toBe('b.json');
  });

  it('accepts the crash and protocol kinds of outcome.ts', () => {
    for (const kind of ['crash', 'protocol']) {
      expect(validateBaseline({ format: 'hamcheck-baseline/1', entries: { 'a/b': { status: 'fail', kind, reason: 'r' } } }).entries['a/b'].kind).toBe(kind);
    }
  });

  it('writes atomically and reads back; a missing file is an error unless missingOk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamcheck-baseline-'));
    const path = join(dir, 'baseline.json');
    await writeBaseline(path, validateBaseline(good));
    expect(readFileSync(path, 'utf8')).toBe(renderBaseline(validateBaseline(good)));
    expect(await readBaseline(path)).toEqual(good);
    await expect(readBaseline(join(dir, 'none.json'))).rejects.toThrow(/--baseline: expected a readable baseline file/);
    expect(await readBaseline(join(dir, 'none.json'), { missingOk: true })).toEqual<Baseline>(emptyBaseline());
    writeFileSync(path, '{"format":"hamcheck-baseline/1","entries":{"a":{"status":"fail","reason":"r"}}}');
    await expect(readBaseline(path)).rejects.toThrow(`${path} entries["a"].kind`);
  });
});
