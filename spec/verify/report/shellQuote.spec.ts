import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../../src/verify/report/shellQuote.ts';

/** What a real shell makes of the quoted words: `printf '%s\0'` of each, split on NUL. */
function shellWords(shell: string, quoted: string[]): string[] {
  const out = execFileSync(shell, ['-c', `printf '%s\\0' ${quoted.join(' ')}`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

// Words a shell can carry: no NUL (argv is C strings), no lone surrogates (not encodable as UTF-8).
const carriable = fc.string({ unit: 'binary', maxLength: 30 }).filter((s) => !s.includes('\0'));

describe('shellQuote', () => {
  it('leaves safe words bare and quotes the rest', () => {
    expect(shellQuote('dynamics/criteria-inside')).toBe('dynamics/criteria-inside');
    expect(shellQuote('2:0:1', { always: true })).toBe("'2:0:1'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a\nb')).toBe("$'a\\nb'");
    expect(shellQuote('\u0001\\')).toBe("$'\\x01\\\\'");
  });

  it('keeps every word on one line', () => {
    fc.assert(fc.property(carriable, (w) => !/[\n\r]/.test(shellQuote(w))), { numRuns: 500 });
  });

  it('is read back unchanged by bash, arbitrary Unicode and control characters included', () => {
    const words = [...fc.sample(carriable, 400), "'", '\\', '$HOME', '`id`', '"', '!', '*', '~', ' a b ', '\t\n\r\u007f'];
    expect(shellWords('bash', words.map((w) => shellQuote(w)))).toEqual(words);
  });

  it('is read back unchanged by a POSIX sh (dash) for words without control characters', () => {
    // eslint-disable-next-line no-control-regex
    const words = fc.sample(carriable.filter((s) => !/[\u0000-\u001f\u007f]/.test(s)), 400);
    expect(shellWords('sh', words.map((w) => shellQuote(w, { always: true })))).toEqual(words);
  });
});
