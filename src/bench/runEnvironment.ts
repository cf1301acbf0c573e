import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { PACKAGE_ROOT } from '../packageInfo.ts';
import type { BenchRecord, GitState, MachineState } from './benchRecord.ts';

function run(cmd: string, args: string[], cwd: string): string | null {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

/** HEAD and whether the work tree has uncommitted changes; all null outside a git work tree or without git. */
export function gitState(root: string): GitState {
  const commit = run('git', ['rev-parse', 'HEAD'], root);
  if (commit === null) return { commit: null, shortCommit: null, dirty: null, dirtyPaths: null };
  const status = run('git', ['status', '--porcelain', '--untracked-files=no'], root);
  const dirtyPaths = status === null ? null : status === '' ? 0 : status.split('\n').length;
  return { commit, shortCommit: commit.slice(0, 7), dirty: dirtyPaths === null ? null : dirtyPaths > 0, dirtyPaths };
}

/** CPU, cores, memory, load average now (the end value is filled in at the end of the run). */
export function machineState(): MachineState {
  const threadEnv: Record<string, string> = {};
  for (const k of ['OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS', 'HAMCHECK_THREADS', 'HAMCHECK_KERNEL']) {
    const v = process.env[k];
    if (v !== undefined) threadEnv[k] = v;
  }
  const c = cpus();
  const now = loadavg();
  return {
    platform: platform(),
    arch: arch(),
    cpuModel: c[0]?.model ?? 'unknown',
    cores: c.length,
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadavgStart: now,
    loadavgEnd: now,
    threadEnv,
  };
}

const PY_VERSIONS = [
  'import json, sys',
  'out = {"python": sys.version.split()[0]}',
  'for m in ("numpy", "scipy", "qutip"):',
  '    try:',
  '        out[m] = __import__(m).__version__',
  '    except Exception:',
  '        out[m] = None',
  'print(json.dumps(out))',
].join('\n');

/**
 * Node/V8, tinybench and the peers' Python library versions. `python`/`numpy`/`scipy` are those of the
 * peers' interpreter (`$HAMCHECK_PYTHON`, else `python3`); QuTiP is looked up there, then in the system
 * interpreter the QuTiP peer falls back to (bench/peers/qutip_sesolve.py). Missing → null.
 */
export function libraryVersions(root: string): BenchRecord['versions'] {
  const py = process.env.HAMCHECK_PYTHON || 'python3';
  const parse = (text: string | null): Record<string, string | null> => {
    try {
      return text ? (JSON.parse(text) as Record<string, string | null>) : {};
    } catch {
      return {};
    }
  };
  const main = parse(run(py, ['-c', PY_VERSIONS], root));
  let qutip = main.qutip ?? null;
  for (const alt of [process.env.HAMCHECK_QUTIP_PYTHON, '/usr/bin/python3', '/usr/local/bin/python3']) {
    if (qutip || !alt) continue;
    qutip = parse(run(alt, ['-c', PY_VERSIONS], root)).qutip ?? null;
  }
  return {
    node: process.version,
    v8: process.versions.v8,
    tinybench: tinybenchVersion(),
    python: main.python ?? null,
    numpy: main.numpy ?? null,
    scipy: main.scipy ?? null,
    qutip,
  };
}

function tinybenchVersion(): string | null {
  try {
    // tinybench's exports map hides its package.json from require.resolve: read it where npm puts it.
    const pkg = join(PACKAGE_ROOT, 'node_modules', 'tinybench', 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}
