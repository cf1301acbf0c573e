import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { poolRounds } from '../../src/bench/abCompare.ts';
import { summarizeSamples } from '../../src/bench/sampleSummary.ts';
import { hamcheck, tempFolder } from '../cli/cliHarness.ts';

const tmp = tempFolder('bench-ab');

describe('hamcheck bench ab', () => {
  it('pools the samples of every round per task and recomputes the summary', () => {
    const rec = (s: number[]) => ({ tasks: [{ id: 't', version: 'v', samples: s, summary: summarizeSamples(s) }], totalSeconds: 1 }) as unknown as BenchRecord;
    const pooled = poolRounds([rec([1, 2]), rec([3, 4, 5])]);
    expect(pooled.tasks[0].samples).toEqual([1, 2, 3, 4, 5]);
    expect(pooled.tasks[0].summary.p50).toBe(3);
    expect(pooled.totalSeconds).toBe(2);
  });

  it('runs base (a temporary worktree of HEAD) and head interleaved and compares them; the worktree is gone afterwards', () => {
    const out = join(tmp.dir, 'ab');
    const r = hamcheck(['bench', 'ab', '--base', 'HEAD', '--rounds', '1', '--quick', '--out', out], { env: { HAMCHECK_BENCH_WORKLOAD: 'tiny' } });
    // exit 0 or 1 (a timing difference on a shared machine may pass the test and the threshold), never 2
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.stdout).toMatch(/^base [0-9a-f]{7} vs head \(this tree\), 1 interleaved round\(s\)/);
    expect(r.stdout).toMatch(/\| (~|-|\+)\s+\| matvec N=2 n=50 /);
    // HEAD against itself: the deterministic accuracy figures agree exactly, so none fails (exponents are timings: -/+/~)
    expect(r.stdout).not.toMatch(/^\| x /m);
    expect(r.stdout).toMatch(/^\| (~|-|\+)\s+\| matvec: exponent of n /m);
    expect(readdirSync(join(out, 'base'))).toHaveLength(1);
    expect(readdirSync(join(out, 'head'))).toHaveLength(1);
    expect(r.stderr.match(/bench ab: round 1\/1, (base|head)/g)).toEqual(['bench ab: round 1/1, base', 'bench ab: round 1/1, head']);
  }, 240_000);

  it('refuses an unknown ref with exit 2 before any work', () => {
    const r = hamcheck(['bench', 'ab', '--base', 'no-such-ref-xyz', '--quick', '--out', join(tmp.dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--base: expected a git ref of this repository/);
  });
});
