/**
 * A small strict XML 1.0 well-formedness checker for the specs: independent of `src/verify/report/xmlText.ts`
 * (its own Char production, its own reference decoding), so a JUnit document that a real parser would
 * reject fails here too.
 *
 * @remarks
 * Covers what a JUnit report may contain: an optional XML declaration, one root element, nested elements
 * with double- or single-quoted attributes, character data with the five predefined entities and numeric
 * character references, comments. Rejects: characters outside production [2] (raw or referenced), `<` in
 * attribute values, a bare `&`, unknown entities, `]]>` in content, duplicate attributes, mismatched or
 * unclosed tags, content after the root. Line ends are normalized (§2.11) and attribute values
 * normalized (§3.3.3: literal tab/LF/CR → space) as a conforming parser does.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

export class XmlError extends Error {}

/** Production [2] Char of XML 1.0 (fifth edition). */
export function isChar(cp: number): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return true;
  if (cp < 0x20) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false; // surrogates are not characters
  if (cp === 0xfffe || cp === 0xffff) return false;
  return cp <= 0x10ffff;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(input: string): XmlElement {
  for (let i = 0; i < input.length; i++) {
    const cp = input.codePointAt(i)!;
    if (!isChar(cp)) throw new XmlError(`illegal character U+${cp.toString(16)} at ${i}`);
    if (cp > 0xffff) i++;
  }
  const s = input.replace(/\r\n?/g, '\n');
  let pos = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at ${pos}: ${JSON.stringify(s.slice(pos, pos + 30))}`);
  };
  const startsWith = (t: string): boolean => s.startsWith(t, pos);
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  const skipSpace = (): void => {
    while (pos < s.length && isSpace(s[pos])) pos++;
  };
  const isNameStart = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_' || c === ':';
  const isNameChar = (c: string): boolean => isNameStart(c) || (c >= '0' && c <= '9') || c === '-' || c === '.';
  const name = (): string => {
    const start = pos;
    if (!isNameStart(s[pos] ?? '')) fail('expected a name');
    while (pos < s.length && isNameChar(s[pos])) pos++;
    return s.slice(start, pos);
  };
  const reference = (): string => {
    // at '&'
    const end = s.indexOf(';', pos);
    if (end < 0) fail('unterminated reference');
    const body = s.slice(pos + 1, end);
    let out: string;
    if (body.startsWith('#x')) {
      if (!/^#x[0-9A-Fa-f]+$/.test(body)) fail('bad hex reference');
      out = refChar(parseInt(body.slice(2), 16));
    } else if (body.startsWith('#')) {
      if (!/^#[0-9]+$/.test(body)) fail('bad decimal reference');
      out = refChar(parseInt(body.slice(1), 10));
    } else {
      if (!Object.hasOwn(ENTITIES, body)) fail(`unknown entity &${body};`);
      out = ENTITIES[body];
    }
    pos = end + 1;
    return out;
  };
  const refChar = (cp: number): string => {
    if (!isChar(cp)) fail(`reference to an illegal character U+${cp.toString(16)}`);
    return String.fromCodePoint(cp);
  };
  const attrValue = (): string => {
    const q = s[pos];
    if (q !== '"' && q !== "'") fail('expected a quoted attribute value');
    pos++;
    let out = '';
    while (s[pos] !== q) {
      if (pos >= s.length) fail('unterminated attribute value');
      const c = s[pos];
      if (c === '<') fail('< in an attribute value');
      if (c === '&') out += reference();
      else {
        out += c === '\t' || c === '\n' ? ' ' : c;
        pos++;
      }
    }
    pos++;
    return out;
  };
  const element = (): XmlElement => {
    if (s[pos] !== '<') fail('expected <');
    pos++;
    const el: XmlElement = { name: name(), attrs: {}, children: [] };
    for (;;) {
      const before = pos;
      skipSpace();
      if (startsWith('/>')) {
        pos += 2;
        return el;
      }
      if (s[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected space before an attribute');
      const an = name();
      if (Object.hasOwn(el.attrs, an)) fail(`duplicate attribute ${an}`);
      skipSpace();
      if (s[pos] !== '=') fail('expected =');
      pos++;
      skipSpace();
      el.attrs[an] = attrValue();
    }
    let text = '';
    const flush = (): void => {
      if (text !== '') el.children.push(text);
      text = '';
    };
    for (;;) {
      if (pos >= s.length) fail(`unclosed <${el.name}>`);
      if (startsWith('</')) {
        pos += 2;
        const close = name();
        if (close !== el.name) fail(`</${close}> closes <${el.name}>`);
        skipSpace();
        if (s[pos] !== '>') fail('expected >');
        pos++;
        flush();
        return el;
      }
      if (startsWith('<!--')) {
        const end = s.indexOf('-->', pos + 4);
        if (end < 0 || s.slice(pos + 4, end).includes('--')) fail('bad comment');
        pos = end + 3;
      } else if (s[pos] === '<') {
        flush();
        el.children.push(element());
      } else if (s[pos] === '&') {
        text += reference();
      } else {
        if (startsWith(']]>')) fail(']]> in content');
        text += s[pos++];
      }
    }
  };
  if (startsWith('<?xml')) {
    const end = s.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    const decl = s.slice(pos, end);
    if (!decl.startsWith('<?xml version="1.0"')) fail('expected version 1.0');
    pos = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (pos !== s.length) fail('content after the root element');
  return root;
}

/** Child elements named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The concatenated text content of an element (its direct text children). */
export function textOf(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}
