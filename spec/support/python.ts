import { spawnSync } from 'node:child_process';

/**
 * What this machine's Python offers the specs that cross-check against it (spec/fixtures/seeded_model.py
 * needs python3 only; the benchmark peers need NumPy and SciPy). Probed once per test process with one
 * `python3 -c …` run; `HAMCHECK_PYTHON` names another interpreter.
 */
export interface PythonProbe {
  command: string;
  /** `python3 --version`-style text, or undefined when the interpreter cannot be started. */
  version?: string;
  numpy: boolean;
  scipy: boolean;
}

let probed: PythonProbe | undefined;

export function python(): PythonProbe {
  if (probed) return probed;
  const command = process.env.HAMCHECK_PYTHON || 'python3';
  const script =
    'import importlib.util as u, json, sys; ' +
    "print(json.dumps({'version': sys.version.split()[0], 'numpy': u.find_spec('numpy') is not None, 'scipy': u.find_spec('scipy') is not None}))";
  const r = spawnSync(command, ['-c', script], { encoding: 'utf8', timeout: 30_000 });
  let found: Partial<PythonProbe> = {};
  if (r.status === 0) {
    try {
      found = JSON.parse(r.stdout) as Partial<PythonProbe>;
    } catch {
      found = {};
    }
  }
  probed = { command, version: found.version, numpy: found.numpy === true, scipy: found.scipy === true };
  return probed;
}

/**
 * Why a test that needs `what` cannot run here, for `it.skipIf(reason)(name + suffix)`, or undefined when
 * it can: the reason then goes into the test's name, so a skipped cross-check is never silent.
 */
export function pythonMissing(what: 'python3' | 'numpy' | 'numpy+scipy'): string | undefined {
  const p = python();
  if (p.version === undefined) return `${p.command} not found (install python3 to run this cross-check)`;
  if (what !== 'python3' && !p.numpy) return `${p.command} ${p.version} has no NumPy`;
  if (what === 'numpy+scipy' && !p.scipy) return `${p.command} ${p.version} has no SciPy`;
  return undefined;
}

/** `name`, plus ` — skipped: <reason>` when the reason is defined. */
export function withSkipReason(name: string, reason: string | undefined): string {
  return reason === undefined ? name : `${name} — skipped: ${reason}`;
}
