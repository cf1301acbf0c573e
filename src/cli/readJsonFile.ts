import { readFile } from 'node:fs/promises';
import { HamcheckInputError } from '../errors.ts';

/** Reads and parses a JSON file; a missing file or invalid JSON is a {@link HamcheckInputError} naming the file. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new HamcheckInputError(path, 'a readable JSON file', `an unreadable path (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new HamcheckInputError(path, 'valid JSON', `${text.length} characters`, (e as Error).message);
  }
}
