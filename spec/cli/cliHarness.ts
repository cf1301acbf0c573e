import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Result of one `hamcheck` run through the binary, as a user's shell would see it. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/hamcheck.mjs ARGS…` with progress quiet (start and end lines only) and returns exit
 * code and output; `input` is piped to stdin, `env` adds variables.
 */
export function hamcheck(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, ['bin/hamcheck.mjs', ...args], {
    encoding: 'utf8',
    input: opts.input ?? '',
    env: { ...process.env, HAMCHECK_PROGRESS: 'quiet', ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder for this spec file, removed after its tests. */
export function tempFolder(prefix: string): { dir: string; write: (name: string, content: unknown) => string } {
  const dir = mkdtempSync(join(tmpdir(), `hamcheck-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    },
  };
}
