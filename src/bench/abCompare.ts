import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HamcheckInputError } from '../errors.ts';
import { PACKAGE_ROOT } from '../packageInfo.ts';
import type { BenchRecord, BenchWorkload } from './benchRecord.ts';
import { summarizeSamples } from './sampleSummary.ts';

export interface AbOptions {
  /** The git ref to build the base from. */
  base: string;
  rounds: number;
  workload: BenchWorkload;
  outDir: string;
  log: (line: string) => void;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function runSide(root: string, workload: BenchWorkload, outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'bin', 'run-ts.mjs'), join(root, 'bench', 'abRunner.ts'), workload, outDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HAMCHECK_PROGRESS: 'quiet' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out.trim().split('\n').pop() as string) : reject(new Error(`benchmark in ${root} exited ${code}: ${err.trim().split('\n').slice(-3).join(' | ')}`))));
  });
}

/** One record per side with every round's samples of a task pooled (summary recomputed). */
export function poolRounds(records: readonly BenchRecord[]): BenchRecord {
  const first = records[0];
  const tasks = first.tasks.map((t) => {
    const samples = records.flatMap((r) => r.tasks.find((x) => x.id === t.id && x.version === t.version)?.samples ?? []);
    return { ...t, samples, summary: summarizeSamples(samples) };
  });
  return { ...first, tasks, totalSeconds: records.reduce((s, r) => s + r.totalSeconds, 0) };
}

/**
 * `hamcheck bench ab --base REF`: checks REF out into a temporary git worktree (node_modules symlinked, no
 * install), overlays this tree's benchmark harness (src/bench/, bench/abRunner.ts, bench/peers/) so both sides run the identical tasks, and
 * runs base and head interleaved, A B A B …, `rounds` times each on this machine; returns the pooled
 * records (a drift of the machine's load hits both sides alike). The worktree is removed afterwards.
 */
export async function runAb(opts: AbOptions): Promise<{ base: BenchRecord; head: BenchRecord; baseCommit: string }> {
  let baseCommit: string;
  try {
    baseCommit = git(['rev-parse', '--verify', `${opts.base}^{commit}`]);
  } catch {
    throw new HamcheckInputError('--base', 'a git ref of this repository', opts.base);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'hamcheck-bench-ab-'));
  const tree = join(tmp, 'base');
  git(['worktree', 'add', '--detach', tree, baseCommit]);
  try {
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    rmSync(join(tree, 'src', 'bench'), { recursive: true, force: true });
    cpSync(join(PACKAGE_ROOT, 'src', 'bench'), join(tree, 'src', 'bench'), { recursive: true });
    if (existsSync(join(PACKAGE_ROOT, 'bench', 'peers'))) cpSync(join(PACKAGE_ROOT, 'bench', 'peers'), join(tree, 'bench', 'peers'), { recursive: true });
    // the side's entry point lives outside src/ (so the built package never runs it on import)
    cpSync(join(PACKAGE_ROOT, 'bench', 'abRunner.ts'), join(tree, 'bench', 'abRunner.ts'));
    const sides = { A: [] as BenchRecord[], B: [] as BenchRecord[] };
    for (let round = 0; round < opts.rounds; round++) {
      for (const [side, root] of [['A', tree], ['B', PACKAGE_ROOT]] as const) {
        opts.log(`bench ab: round ${round + 1}/${opts.rounds}, ${side === 'A' ? `base ${baseCommit.slice(0, 7)}` : 'head (this tree)'} …`);
        const path = await runSide(root, opts.workload, join(opts.outDir, side === 'A' ? 'base' : 'head'));
        sides[side].push(JSON.parse(readFileSync(path, 'utf8')) as BenchRecord);
      }
    }
    return { base: poolRounds(sides.A), head: poolRounds(sides.B), baseCommit };
  } finally {
    try {
      git(['worktree', 'remove', '--force', tree]);
    } catch {
      /* removed below; `git worktree prune` forgets it */
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}
