import { accessSync, constants, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HamcheckInputError } from '../errors.ts';

/**
 * Up-front checks of output paths (`--out`, `--dump-model`, `reproduce --out`), run before any compute so
 * a long run is never computed and then lost because its result cannot be written.
 *
 * @remarks The writes themselves go through `writeFileAtomic`, which creates missing parent folders
 * (`mkdir -p`) and renames a sibling temp file over the target; so a path is writable when it is not a
 * folder (for a file), and its nearest existing ancestor is a folder this process may write into.
 * @throws HamcheckInputError naming the option, the path and the reason (the CLI exits 2).
 */
export function checkOutputFile(path: string, field: string): void {
  const st = statOrUndefined(path, field);
  if (st?.isDirectory()) throw refuse(field, path, 'it is a folder, not a file');
  checkCreatableIn(dirname(resolve(path)), field, path);
}

/** Like {@link checkOutputFile} for an output folder (created if missing). */
export function checkOutputDir(path: string, field: string): void {
  const st = statOrUndefined(path, field);
  if (st && !st.isDirectory()) throw refuse(field, path, 'it is a file, not a folder');
  if (st) return checkWritableDir(resolve(path), field, path);
  checkCreatableIn(dirname(resolve(path)), field, path);
}

/** Checks that `dir` exists as a writable folder, or can be created under its nearest existing ancestor. */
function checkCreatableIn(dir: string, field: string, path: string): void {
  for (let d = dir; ; d = dirname(d)) {
    const st = statOrUndefined(d, field);
    if (st) {
      if (!st.isDirectory()) throw refuse(field, path, `${d} is a file, so no folder can be made there`);
      return checkWritableDir(d, field, path);
    }
    if (dirname(d) === d) throw refuse(field, path, 'no existing parent folder');
  }
}

function checkWritableDir(dir: string, field: string, path: string): void {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (e) {
    throw refuse(field, path, `the folder ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function statOrUndefined(path: string, field: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ENOTDIR') throw refuse(field, path, 'a part of it is a file, not a folder');
    throw refuse(field, path, `it cannot be examined (${code ?? String(e)})`);
  }
}

function refuse(field: string, path: string, why: string): HamcheckInputError {
  return new HamcheckInputError(field, 'a path that can be written', path, why);
}
