import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCURACY } from '../../../src/protocol/capabilities.ts';
import { compareWithBaseline } from '../../../src/verify/baseline/compareWithBaseline.ts';
import type { PropertyOutcome } from '../../../src/verify/outcome.ts';
import type { VerifyReport } from '../../../src/verify/report/jsonlReport.ts';
import { MAX_DETAILED_FAILURES, renderMarkdownSummary } from '../../../src/verify/report/markdownSummary.ts';
import { codeBlock, inlineCode, mdEscape } from '../../../src/verify/report/markdownText.ts';
import { SUMMARY_COUNTEREXAMPLE_CHARS } from '../../../src/verify/report/truncate.ts';
import { replayCommand } from '../../../src/verify/replay.ts';
import { footerFor, sampleReport } from './arbitraries.ts';

/** The fenced code blocks of a Markdown text (CommonMark §4.5: closing fence at least as long as the opening). */
function codeBlocks(md: string): { lang: string; content: string }[] {
  const lines = md.split('\n');
  const out: { lang: string; content: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})([^`]*)$/.exec(lines[i]);
    if (!open) continue;
    const n = open[1].length;
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^ {0,3}\`{${n},}\\s*$`).test(lines[j])) j++;
    out.push({ lang: open[2], content: lines.slice(i + 1, j).join('\n') });
    i = j;
  }
  return out;
}

const report = sampleReport();
const failed = report.properties[1];

describe('renderMarkdownSummary', () => {
  const md = renderMarkdownSummary(report);

  it('heads with the implementation, run facts and the capabilities with their claimed accuracy', () => {
    expect(md.split('\n')[0]).toBe('## ❌ hamcheck verify: my\\-ham 1\\.3\\.0 \\(python\\)');
    expect(md).toContain('hamcheck 0\\.1\\.0 · seed 7 · budget 60 s · depth quick · impl `python3 adapter.py`');
    expect(md).toContain(
      `Capabilities (claimed accuracy): \`model.kappa\` ${DEFAULT_ACCURACY['model.kappa']} (default), \`ham.populations\` ${DEFAULT_ACCURACY['ham.populations']} (default), \`exact.populations\` 1e-9`,
    );
    expect(md).toContain('**1 failed** · 1 passed · 1 inconclusive · 1 not run — 4 properties in 60.8 s');
  });

  it('tables every property with its mark, cases k/m and seconds', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => r.split('|').slice(1, -1).map((c) => c.trim()))).toEqual([
      ['`dynamics/criteria-inside`', '✅ pass', '30/20', '1.25'],
      ['`exact/norm`', '⚠️ inconclusive', '4/20', '59'],
      ['`model/kappa-formula`', '❌ fail (wrong answer)', '3/20', '0.500'],
      ['`transport/kappa-th`', '– not-run', '0/10', '0'],
    ]);
  });

  it('details each failure: message, counterexample JSON, one-line replay command', () => {
    expect(md).toContain('### Failures\n\n#### ❌ `model/kappa-formula` — wrong answer');
    const blocks = codeBlocks(md);
    expect(blocks).toEqual([
      { lang: 'text', content: failed.message },
      { lang: 'json', content: JSON.stringify(failed.counterexample) },
      { lang: 'sh', content: replayCommand(failed, report.header) },
    ]);
  });

  it('lists inconclusive properties as a warning, saying whether they fail the run', () => {
    expect(md).toContain('### ⚠️ Inconclusive');
    expect(md).toContain('- `exact/norm`: ran 4 of 20 cases — budget');
    expect(md).toMatch(/do not fail the run unless --strict/);
    expect(renderMarkdownSummary(report, { strict: true })).toMatch(/fail the run \(--strict\)/);
  });

  it('marks the title by what fails the run', () => {
    const passing: VerifyReport = { ...report, properties: [report.properties[0]], footer: footerFor([report.properties[0]]) };
    expect(renderMarkdownSummary(passing).startsWith('## ✅')).toBe(true);
    const slow = [report.properties[0], report.properties[2]];
    expect(renderMarkdownSummary({ ...report, properties: slow, footer: footerFor(slow) }).startsWith('## ⚠️')).toBe(true);
    expect(renderMarkdownSummary({ ...report, properties: slow, footer: footerFor(slow) }, { strict: true }).startsWith('## ❌')).toBe(true);
    const broken = renderMarkdownSummary({ ...passing, footer: { ...passing.footer, broken: 'adapter exited at start (code 127)' } });
    expect(broken.startsWith('## ❌')).toBe(true);
    expect(broken).toContain('> The run could not be conducted: adapter exited at start \\(code 127\\)');
  });

  it('cuts a long counterexample at the stated length, with a note', () => {
    const big: VerifyReport = structuredClone(report);
    big.properties[1].counterexample = { re: Array.from({ length: 5000 }, (_, i) => i / 3) };
    const full = JSON.stringify(big.properties[1].counterexample);
    const out = renderMarkdownSummary(big);
    const json = codeBlocks(out).find((b) => b.lang === 'json')!;
    expect(json.content).toBe(full.slice(0, SUMMARY_COUNTEREXAMPLE_CHARS));
    expect(out).toContain(`cut at ${SUMMARY_COUNTEREXAMPLE_CHARS} of ${full.length} characters`);
  });

  it(`details at most ${MAX_DETAILED_FAILURES} failures and names the rest`, () => {
    const many: PropertyOutcome[] = Array.from({ length: MAX_DETAILED_FAILURES + 2 }, (_, i) => ({
      ...failed,
      id: `model/f${String(i).padStart(3, '0')}`,
    }));
    const out = renderMarkdownSummary({ ...report, properties: many, footer: footerFor(many) });
    expect(out.match(/^#### ❌/gm)).toHaveLength(MAX_DETAILED_FAILURES);
    expect(out).toContain(`… and 2 more failures (details in the JSONL and JUnit reports): \`model/f050\`, \`model/f051\``);
  });

  it('adds the baseline comparison when given', () => {
    const withCrash: VerifyReport = structuredClone(report);
    withCrash.properties.push({ ...failed, id: 'model/crashes', failureKind: 'crash' });
    withCrash.footer = footerFor(withCrash.properties);
    const comparison = compareWithBaseline(withCrash.properties, {
      format: 'hamcheck-baseline/1',
      entries: {
        'model/kappa-formula': { status: 'fail', kind: 'wrong', reason: 'issue #3' },
        'model/crashes': { status: 'fail', kind: 'wrong', reason: 'issue #4' },
        'dynamics/criteria-inside': { status: 'fail', kind: 'timeout', reason: 'slow CI' },
        'old/id': { status: 'skip', reason: 'renamed' },
      },
    });
    const out = renderMarkdownSummary(withCrash, { comparison });
    expect(out.startsWith('## ❌')).toBe(true);
    const section = out.slice(out.indexOf('### Baseline'));
    expect(section).toContain('**New failures** (1):\n\n- `model/crashes` — adapter crashed where the baseline expects wrong answer');
    expect(section).toContain('**Expected failures** (1):\n\n- `model/kappa-formula`: issue \\#3');
    expect(section).toContain('- `dynamics/criteria-inside`: slow CI');
    expect(section).toContain('**Baseline entries that matched no property that ran** (1):\n\n- `old/id` (skip): renamed');
    expect(out).toContain('❌ fail (wrong answer) — expected by baseline');
    const onlyExpected = compareWithBaseline(report.properties, { format: 'hamcheck-baseline/1', entries: { 'model/kappa-formula': { status: 'fail', kind: 'wrong', reason: 'r' } } });
    expect(renderMarkdownSummary(report, { comparison: onlyExpected }).startsWith('## ⚠️')).toBe(true);
  });

  it('keeps arbitrary messages and counterexample strings inside their code blocks', () => {
    const nasty = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('```', '````\n```', 'a\n```js\nb', '~~~'));
    fc.assert(
      fc.property(nasty, nasty, (message, s) => {
        const r: VerifyReport = structuredClone(report);
        r.properties[1] = { ...failed, message, counterexample: s };
        const blocks = codeBlocks(renderMarkdownSummary(r));
        expect(blocks.map((b) => b.content)).toEqual([message.replace(/\r\n?/g, '\n'), JSON.stringify(s), replayCommand(r.properties[1], r.header)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('markdownText', () => {
  it('escapes Markdown punctuation and flattens lines', () => {
    expect(mdEscape('*a* [b](c) <d>\n#e')).toBe('\\*a\\* \\[b\\]\\(c\\) \\<d\\> \\#e');
  });

  it('wraps inline code with a longer backtick run than inside', () => {
    expect(inlineCode('a')).toBe('`a`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });

  it('fences a block longer than any backtick run inside', () => {
    expect(codeBlock('x', 'sh')).toBe('```sh\nx\n```');
    expect(codeBlock('````', '')).toBe('`````\n````\n`````');
  });
});
