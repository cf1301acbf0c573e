/**
 * The reproduction page as a list of blocks, rendered twice with the same content: Markdown
 * (reports/paper/README.md, for a terminal or a repository browser) and HTML (reports/paper/index.html).
 *
 * @remarks
 * Text is plain Unicode (P₁, κ_th, D²₁); `code` spans in backticks are the only inline markup, rendered as
 * `<code>` in HTML. Figures are SVG files next to the page, referenced by relative path; tables are
 * header + rows of already formatted cells. Every number in a block is formatted from a computed result by
 * the caller (src/paper/paperContent.ts) — nothing here types a number.
 */
export type PageBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'figure'; src: string; alt: string; caption: string; data?: string }
  | { kind: 'footer'; text: string };

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup: `code` → <code>, [text](href) → <a>. */
function inlineHtml(s: string): string {
  return escapeHtml(s)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Markdown of the page (GitHub-flavoured: pipe tables, images by relative path). */
export function renderMarkdown(blocks: readonly PageBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
        break;
      case 'paragraph':
        out.push(b.text, '');
        break;
      case 'list':
        out.push(...b.items.map((i) => `- ${i}`), '');
        break;
      case 'table':
        out.push(`| ${b.header.map(escapeCell).join(' | ')} |`, `|${b.header.map(() => ' --- ').join('|')}|`);
        for (const r of b.rows) out.push(`| ${r.map(escapeCell).join(' | ')} |`);
        out.push('');
        break;
      case 'figure':
        out.push(`![${b.alt}](${b.src})`, '', `*${b.caption}*${b.data ? ` Data: [${b.data}](${b.data}).` : ''}`, '');
        break;
      case 'footer':
        out.push('---', '', b.text, '');
        break;
    }
  }
  return out.join('\n');
}

const STYLE = `body{font-family:Helvetica,Arial,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
figure{margin:1.5em 0}figure img{width:100%;height:auto;border:1px solid #ddd}figcaption{font-size:.92em;color:#444}
table{border-collapse:collapse;margin:1em 0;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}code{background:#f4f4f4;padding:0 .2em}footer{margin-top:3em;border-top:1px solid #ccc;color:#555;font-size:.9em}`;

/** A standalone HTML page (no scripts, no external resources — not even a favicon request; figures as `<img>` of the SVG files). */
export function renderHtml(blocks: readonly PageBlock[], title: string): string {
  const out: string[] = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<link rel="icon" href="data:,">', `<title>${escapeHtml(title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>'];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${inlineHtml(b.text)}</h${b.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${inlineHtml(b.text)}</p>`);
        break;
      case 'list':
        out.push('<ul>', ...b.items.map((i) => `<li>${inlineHtml(i)}</li>`), '</ul>');
        break;
      case 'table':
        out.push('<table>', `<thead><tr>${b.header.map((h) => `<th>${inlineHtml(h)}</th>`).join('')}</tr></thead>`, '<tbody>');
        for (const r of b.rows) out.push(`<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`);
        out.push('</tbody>', '</table>');
        break;
      case 'figure':
        out.push(
          '<figure>',
          `<img src="${escapeHtml(b.src)}" alt="${escapeHtml(b.alt)}">`,
          `<figcaption>${inlineHtml(b.caption)}${b.data ? ` Data: <a href="${escapeHtml(b.data)}">${escapeHtml(b.data)}</a>.` : ''}</figcaption>`,
          '</figure>',
        );
        break;
      case 'footer':
        out.push(`<footer><p>${inlineHtml(b.text)}</p></footer>`);
        break;
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}
