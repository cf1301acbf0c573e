import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic, writeFileAtomicSync } from '../../src/report/writeFileAtomic.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hamcheck-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An iterable that yields one chunk, then throws: the temp file is half written when the error hits. */
function failingAfterOneChunk(): Iterable<string> {
  return {
    *[Symbol.iterator]() {
      yield 'partial content';
      throw new Error('boom while writing');
    },
  };
}

const variants = [
  ['writeFileAtomic', (p: string, d: string | Uint8Array) => writeFileAtomic(p, d)],
  ['writeFileAtomicSync', async (p: string, d: string | Uint8Array) => writeFileAtomicSync(p, d)],
] as const;

describe.each(variants)('%s', (_name, write) => {
  it('round-trips strings (UTF-8) and bytes, creating missing parent directories', async () => {
    const target = join(dir, 'a', 'b', 'report.md');
    await write(target, 'P_µ ≈ 0.33 — ħ = 1\n');
    expect(readFileSync(target, 'utf8')).toBe('P_µ ≈ 0.33 — ħ = 1\n');
    const bytes = new Uint8Array([0, 1, 2, 255]);
    await write(target, bytes);
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['report.md']);
  });

  it('leaves the target unchanged and no temp file when the data cannot be written', async () => {
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    const bad = _name === 'writeFileAtomic' ? failingAfterOneChunk() : 42;
    // the async variant fails inside the data source, the sync one on Node's argument check
    await expect(write(target, bad as unknown as string)).rejects.toThrow(_name === 'writeFileAtomic' ? /boom while writing/ : /"data" argument must be/);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('rethrows when the parent is a file, leaving nothing behind', async () => {
    writeFileSync(join(dir, 'file'), 'x');
    await expect(write(join(dir, 'file', 'report.md'), 'data')).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect(readdirSync(dir)).toEqual(['file']);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
  });

  it('fails cleanly when the target is a directory (rename cannot replace it)', async () => {
    const target = join(dir, 'out');
    await write(join(target, 'inner.txt'), 'keep');
    await expect(write(target, 'data')).rejects.toThrow(/EISDIR/);
    expect(readdirSync(dir)).toEqual(['out']);
    expect(readFileSync(join(target, 'inner.txt'), 'utf8')).toBe('keep');
  });
});

describe('tempPathFor', () => {
  it('is a sibling named <basename>.tmp-<pid>-<random>, matched by the .gitignore pattern', () => {
    const a = tempPathFor(join(dir, 'reports', 'f2.svg'));
    const b = tempPathFor(join(dir, 'reports', 'f2.svg'));
    expect(a).toMatch(new RegExp(`/reports/f2\\.svg\\.tmp-${process.pid}-[0-9a-f]{12}$`));
    expect(a).not.toBe(b);
  });
});
