import { readFile } from 'node:fs/promises';
import { HamcheckInputError } from '../errors.ts';
import { locateJsonSyntaxError } from '../validate/jsonSyntaxError.ts';

/** Reads all of stdin as UTF-8 text. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Reads and parses a JSON file (`-` reads stdin); a missing file or invalid JSON is a
 * {@link HamcheckInputError} naming the file, and for invalid JSON the line and column, what was expected
 * there, and a hint for `NaN`/`Infinity` (see {@link locateJsonSyntaxError}).
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const name = path === '-' ? 'stdin' : path;
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (e) {
    throw new HamcheckInputError(name, 'a readable JSON file', `an unreadable path (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = locateJsonSyntaxError(text);
    if (!at) throw new HamcheckInputError(name, 'valid JSON', `${text.length} characters`, (e as Error).message);
    throw new HamcheckInputError(
      `${name}:${at.line}:${at.column}`,
      `valid JSON (${at.expected} here)`,
      at.found,
      at.hint,
    );
  }
}
