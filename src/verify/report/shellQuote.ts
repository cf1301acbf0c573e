/**
 * Quoting of one shell word, for the replay lines that verify prints (POSIX sh, bash, zsh).
 *
 * @remarks
 * - A word of only `A–Z a–z 0–9 _ - . , : / = @ % +` is left bare (unless `always`).
 * - A word with a line break or another control character is written in ANSI-C quoting `$'…'`
 *   (bash, zsh, ksh and POSIX.1-2024 sh): `\n`, `\r`, `\t`, `\\`, `\'` and `\xHH`, so the command stays
 *   on one line and is reproduced byte for byte.
 * - Any other word is single-quoted, each `'` written as `'\''`.
 */
const BARE = /^[A-Za-z0-9_\-.,:/=@%+]+$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function shellQuote(word: string, opts: { always?: boolean } = {}): string {
  if (!opts.always && BARE.test(word)) return word;
  if (CONTROL.test(word)) return `$'${ansiC(word)}'`;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function ansiC(word: string): string {
  let out = '';
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out;
}
