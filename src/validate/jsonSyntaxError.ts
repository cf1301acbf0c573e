/**
 * Where a JSON text first breaks the grammar (RFC 8259), as 1-based line and column, with a hint for
 * the non-JSON number tokens `NaN`, `Infinity`, `-Infinity` that Python's `json.dump` writes by default.
 *
 * @remarks
 * `JSON.parse`'s message names no position on some inputs (and the wording differs between Node
 * versions), so this small recursive-descent scanner re-reads a text that failed to parse and finds the
 * first offending character itself. It is only run after `JSON.parse` has thrown.
 */
export interface JsonSyntaxLocation {
  line: number;
  column: number;
  /** What the grammar allows at that point, e.g. `a value`, `"," or "}"`. */
  expected: string;
  /** What is there instead: a short excerpt, or `end of input`. */
  found: string;
  /** Extra advice, e.g. for `NaN`. */
  hint?: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {}
}

export function locateJsonSyntaxError(text: string): JsonSyntaxLocation | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (expected: string): never => {
    throw new Stop(i, expected);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail('a value');
  };
  const string = (): void => {
    if (text[i] !== '"') fail('a double-quoted string');
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail('a string character (control characters must be escaped)');
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('four hex digits after \\u');
          i += 5;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else fail('an escape such as \\n or \\"');
      } else i++;
    }
    if (i >= text.length) fail('a closing "');
    i++;
  };
  const number = (): void => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!m) fail('a value');
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    fail('a value');
  };
  const object = (): void => {
    i++;
    ws();
    if (text[i] === '}') return void i++;
    for (;;) {
      ws();
      string();
      ws();
      if (text[i] !== ':') fail('":"');
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return void i++;
      fail('"," or "}"');
    }
  };
  const array = (): void => {
    i++;
    ws();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return void i++;
      fail('"," or "]"');
    }
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1; // a UTF-8 byte-order mark, which JSON.parse also rejects
    value();
    ws();
    if (i < text.length) fail('end of input');
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return describeStop(text, e);
  }
}

function describeStop(text: string, stop: Stop): JsonSyntaxLocation {
  const before = text.slice(0, stop.offset);
  const line = before.split('\n').length;
  const column = stop.offset - before.lastIndexOf('\n');
  const rest = text.slice(stop.offset);
  const found = rest === '' ? 'end of input' : rest.slice(0, 12).split('\n')[0];
  const token = /^-?(NaN|Infinity)/.exec(rest)?.[0];
  const hint = token
    ? `JSON has no ${token}: write a finite number or null (Python: json.dump(..., allow_nan=False) finds them)`
    : undefined;
  return { line, column, expected: stop.expected, found, ...(hint ? { hint } : {}) };
}
