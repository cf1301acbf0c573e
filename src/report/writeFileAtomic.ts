import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Path of the sibling temp file used while writing `path`.
 *
 * @remarks
 * Named `${basename}.tmp-${pid}-${random}` in the same directory as the target, so the final
 * `rename` stays on one file system (and is atomic); the repository's `.gitignore` ignores `*.tmp-*`
 * files under `reports/`, which hides any leftover from a process that was killed mid-write.
 */
export function tempPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Writes `data` to `path` atomically: readers see either the old file or the complete new one.
 *
 * @remarks
 * Creates the parent directory (`mkdir -p`), writes a sibling temp file (see {@link tempPathFor}),
 * fsyncs it and renames it over the target. On any error the temp file is removed and the error is
 * rethrown, so a failed or crashed run never leaves a half-written report. Strings are written as UTF-8.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * Synchronous twin of {@link writeFileAtomic}, for exit handlers and other places that cannot await.
 *
 * @remarks
 * Same guarantees: `mkdir -p`, sibling temp file, fsync, rename; on error the temp file is removed
 * and the error rethrown.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = tempPathFor(path);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    writeFileSync(fd, data);
    fsyncSync(fd);
    const f = fd;
    fd = undefined;
    closeSync(f);
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already failing: keep the original error */
      }
    }
    rmSync(tmp, { force: true });
    throw err;
  }
}
