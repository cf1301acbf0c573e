import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest global setup: every temporary folder of the run lives under one `hamcheck-test-*` folder, which
 * is removed when the run ends, so no spec (nor a child process it starts) leaves `hamcheck-*` folders in
 * the system temp directory, even when it fails before its own clean-up.
 *
 * @remarks `os.tmpdir()` reads TMPDIR at each call, and the test workers and their child processes inherit
 * it from this process, which starts them after the setup.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'hamcheck-test-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
