import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaViolation } from '../../src/protocol/schemas.ts';
import { failedRequestLines, replayCommand, requestFileName, writeFailedRequest } from '../../src/verify/replay.ts';
import { sampleReport } from './report/arbitraries.ts';

/** The words bash makes of each command line (one bash process for all lines). */
function wordsOf(lines: string[]): string[] {
  const script = lines.map((l) => `set -- ${l}; printf '%s\\0' "$@"`).join('\n');
  return execFileSync('bash', ['-c', script], { encoding: 'utf8' }).split('\0').slice(0, -1);
}

const { header, properties } = sampleReport();
const failed = properties[1];
/** N = 2 sites of n = 1 level, with its explicit arrays (as every request but model.build carries them). */
const smallModel = {
  sites: 2, levels: 1, bandWidth: 0.5, gap: 1, coupling: 0.01, ensemble: 'GUE', seed: 1,
  explicit: { levels: [[0.75], [1.75]], couplings: [{ re: [0.01], im: [0] }] },
};

describe('replayCommand', () => {
  it('gives impl, the property seed, the id and the path', () => {
    expect(replayCommand(failed, header)).toBe(
      "npx hamcheck verify --impl 'python3 adapter.py' --seed 42 --only model/kappa-formula --replay-path '2:0:1'",
    );
  });

  it('omits --impl for the reference, --replay-path without a path, and falls back to the run seed', () => {
    const { impl: _impl, ...reference } = header;
    const { seed: _seed, path: _path, ...bare } = failed;
    expect(replayCommand(bare, reference)).toBe('npx hamcheck verify --seed 7 --only model/kappa-formula');
  });

  it('replays a deep run deep', () => {
    expect(replayCommand(failed, { ...header, depth: 'deep' })).toMatch(/^HAMCHECK_DEPTH=deep npx hamcheck verify /);
  });

  it('is one line that bash splits into exactly the intended words, for arbitrary commands and ids', () => {
    const word = fc.string({ unit: 'binary', maxLength: 20 }).filter((s) => !s.includes('\0'));
    const cases = fc.sample(fc.tuple(word.filter((s) => s.length > 0), word, word), 300);
    const lines = cases.map(([impl, id, path]) => replayCommand({ ...failed, id, path }, { ...header, impl }));
    for (const line of lines) expect(line).not.toMatch(/[\n\r]/);
    const expected = cases.flatMap(([impl, id, path]) => ['npx', 'hamcheck', 'verify', '--impl', impl, '--seed', '42', '--only', id, '--replay-path', path]);
    expect(wordsOf(lines)).toEqual(expected);
  });
});

describe('failed request dump', () => {
  it('names the file after the id with / → __', () => {
    expect(requestFileName('dynamics/criteria-inside')).toBe('dynamics__criteria-inside.request.json');
    expect(requestFileName('a/b c/ü')).toBe('a__b_c___.request.json');
  });

  it('is hello, the request and stop, each valid against the protocol schema', () => {
    const request = { ...failed, failedRequest: { cmd: 'model.kappa' as const, args: { model: smallModel } } };
    const lines = failedRequestLines(request, header)!.split('\n');
    expect(lines.at(-1)).toBe('');
    const [hello, req, stop] = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(hello).toEqual({ cmd: 'hello', protocol: 1, hamcheck: '0.1.0' });
    expect(req).toEqual({ seq: 1, ...request.failedRequest });
    expect(stop).toEqual({ cmd: 'stop' });
    expect(schemaViolation('hello.request', hello)).toBeUndefined();
    expect(schemaViolation('request', req)).toBeUndefined();
    expect(schemaViolation('model.kappa.args', req.args)).toBeUndefined();
    expect(schemaViolation('stop.request', stop)).toBeUndefined();
  });

  it('writes the file atomically and returns its path; nothing without a failed request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamcheck-dump-'));
    const path = await writeFailedRequest(join(dir, 'requests'), failed, header);
    expect(path).toBe(join(dir, 'requests', 'model__kappa-formula.request.json'));
    expect(readFileSync(path!, 'utf8')).toBe(failedRequestLines(failed, header));
    expect(await writeFailedRequest(dir, properties[0], header)).toBeUndefined();
  });
});
