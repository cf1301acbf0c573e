/**
 * Text and attribute values for XML 1.0 documents (the JUnit report).
 *
 * @remarks
 * XML 1.0 allows only the characters `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
 * [#x10000-#x10FFFF]` (production [2] of the XML 1.0 spec), not even as character references. An adapter's
 * message may hold anything (a NUL, an ANSI colour escape, a lone surrogate), so {@link xmlSafe} replaces
 * every other code unit by its visible escape `\uXXXX` (`\u001b` for ESC), and the escapers then encode
 * markup: `&`, `<`, `>` (so `]]>` never appears), and in attributes `"`, tab, line feed and carriage
 * return as character references, which attribute-value normalization would otherwise turn into spaces.
 * Carriage returns are written `&#13;` in text too, since parsers normalize raw CR/CRLF to LF.
 */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** `s` with every character XML 1.0 forbids replaced by the text `\uXXXX` of its code unit(s). */
export function xmlSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    // a lone surrogate is one code unit in `ch`; a valid pair is one code point ≥ 0x10000
    out += isXmlChar(cp) ? ch : `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** Character data for element content. */
export function xmlText(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value (without the quotes). */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
