/**
 * Safe Markdown pieces for reports that embed untrusted text (adapter names, messages, reasons).
 */

/** `s` as literal inline text: ASCII punctuation backslash-escaped (CommonMark §2.4), line breaks as spaces. */
export function mdEscape(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** `s` as an inline code span, with a backtick run longer than any inside it (CommonMark §6.1). */
export function inlineCode(s: string): string {
  const flat = s.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || /^ .* $/.test(flat) ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** `content` as a fenced code block whose fence is longer than any backtick run inside (CommonMark §4.5). */
export function codeBlock(content: string, lang = ''): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${content.replace(/\r\n?/g, '\n')}\n${fence}`;
}
