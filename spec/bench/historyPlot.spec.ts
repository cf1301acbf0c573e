import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { summarizeSamples } from '../../src/bench/sampleSummary.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';

const tmp = tempFolder('bench-history');

function record(date: string, commit: string, version: string, p50: number): BenchRecord {
  const samples = [0.9 * p50, p50, 1.1 * p50];
  return {
    format: 'hamcheck-bench/2',
    hamcheck: '0.1.0',
    workload: 'tiny',
    date,
    git: { commit: commit.padEnd(40, '0'), shortCommit: commit, dirty: false, dirtyPaths: 0 },
    machine: { platform: 'linux', arch: 'x64', cpuModel: 'cpu', cores: 2, totalMemGiB: 1, loadavgStart: [0, 0, 0], loadavgEnd: [0, 0, 0], threadEnv: {} },
    versions: { node: 'v20', v8: '11', tinybench: '6', python: null, numpy: null, scipy: null, qutip: null },
    tasks: [{ id: 'matvec N=2 n=50', kind: 'matvec', version, sizes: { sites: 2, levels: 50 }, callsPerSample: 1, samples, summary: summarizeSamples(samples), details: {} }],
    accuracy: [{ id: 'norm-drift chebyshev N=2 n=50 over 5/κ', version: 'a'.repeat(16), value: 1e-13, tolerance: 2e-12, bound: 2e-12, derivation: 'x' }],
    scaling: [{ kind: 'matvec', version: 'b'.repeat(16), points: 4, confidence: 0.95, levels: { value: 2, low: 1.8, high: 2.2 }, sites: null, expected: { levels: 2, sites: 1 } }],
    peers: [],
    impl: null,
    totalSeconds: 1,
  };
}

describe('hamcheck bench history', () => {
  it('plots speed, accuracy and exponents over the runs in date order, one series per task version', () => {
    tmp.write('b.json', record('2026-01-02T00:00:00.000Z', 'bbbbbbb', '1111111111111111', 2e-3));
    tmp.write('a.json', record('2026-01-01T00:00:00.000Z', 'aaaaaaa', '1111111111111111', 1e-3));
    tmp.write('c.json', record('2026-01-03T00:00:00.000Z', 'ccccccc', '2222222222222222', 3e-3));
    tmp.write('other.json', { format: 'hamcheck-propagate/1' });
    const out = join(tmp.dir, 'plots');
    const r = hamcheck(['bench', 'history', tmp.dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/3 record\(s\), 1 other JSON file\(s\) skipped/);
    const texts = (f: string) => [...readFileSync(join(out, f), 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    const speed = texts('speed.svg');
    // the run axis in date order, and the task's two versions as two series (a changed task starts a new one)
    expect(speed.filter((t) => t.startsWith('#'))).toEqual(['#1 aaaaaaa', '#2 bbbbbbb', '#3 ccccccc']);
    expect(speed).toEqual(expect.arrayContaining(['matvec N=2 n=50 @111111', 'matvec N=2 n=50 @222222']));
    expect(texts('accuracy.svg')).toContain('norm-drift chebyshev N=2 n=50 over 5/κ @aaaaaa');
    expect(texts('exponents.svg')).toContain('matvec: exponent of n @bbbbbb');
  });

  it('exits 2 naming DIR when it holds no run record', () => {
    const empty = tempFolder('bench-history-empty');
    const r = hamcheck(['bench', 'history', empty.dir, '--out', join(empty.dir, 'p')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DIR: expected a folder holding at least one hamcheck-bench\/2 record/);
  });
});
