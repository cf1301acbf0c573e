import { describe, expect, it } from 'vitest';
import { parseMutationSummary, rangeText } from '../../src/paper/paperContent.ts';
import { renderHtml, renderMarkdown, type PageBlock } from '../../src/paper/paperPage.ts';
import { scientific, superscript } from '../../src/report/axisFormat.ts';

describe('the page renderers', () => {
  const blocks: PageBlock[] = [
    { kind: 'heading', level: 2, text: 'Fig. 8 <κₜₕ> & more', id: 'fig8' },
    { kind: 'paragraph', text: 'see `docs/conventions.md` and [the note](fig8.md)' },
    { kind: 'table', header: ['a', 'b|c'], rows: [['1', 'x|y']] },
    { kind: 'figure', src: 'fig8.svg', alt: 'Fig. 8', caption: 'caption', data: 'fig8.json' },
    { kind: 'footer', text: 'hamcheck 0.1.0' },
  ];

  it('HTML escapes text, renders code spans and links, one <img> per figure with its data link', () => {
    const h = renderHtml(blocks, 'T');
    expect(h).toContain('<h2 id="fig8">Fig. 8 &lt;κₜₕ&gt; &amp; more</h2>');
    expect(h).toContain('<code>docs/conventions.md</code>');
    expect(h).toContain('<a href="fig8.md">the note</a>');
    expect(h).toContain('<img src="fig8.svg" alt="Fig. 8">');
    expect(h).toContain('<a href="fig8.json">fig8.json</a>');
    expect(h).not.toMatch(/<script/);
  });

  it('Markdown: pipe tables with escaped pipes, images by relative path, the footer after a rule', () => {
    const m = renderMarkdown(blocks);
    expect(m).toContain('| a | b\\|c |');
    expect(m).toContain('| 1 | x\\|y |');
    expect(m).toContain('![Fig. 8](fig8.svg)');
    expect(m).toMatch(/---\n\nhamcheck 0\.1\.0/);
  });
});

describe('number formats of the page', () => {
  it('a range of equal values is one value, never "between x and x"', () => {
    expect(rangeText([0.8901, 0.8899])).toBe('0.890');
    expect(rangeText([0.85, 0.95])).toBe('0.850 … 0.950');
  });

  it('reads the total row and the date of a stored mutation summary; nothing from a file without one', () => {
    const md = 'Generated … on 2026-11-24.\n\n| folder | detected | undetected | score % |\n|---|--:|--:|--:|\n| src/ham | 92 | 10 | 90.2 |\n| **total**  |     1002 |        215 |    82.3 |\n';
    expect(parseMutationSummary(md)).toEqual({ detected: 1002, undetected: 215, score: 82.3, date: '2026-11-24' });
    expect(parseMutationSummary('# nothing here')).toBeUndefined();
  });

  it('scientific(): m·10ᵏ with superscripts outside [10⁻³, 10⁴)', () => {
    expect(scientific(5e-5)).toBe('5·10⁻⁵');
    expect(scientific(1e-7)).toBe('10⁻⁷');
    expect(scientific(0.05)).toBe('0.05');
    expect(superscript(-12)).toBe('⁻¹²');
  });
});
