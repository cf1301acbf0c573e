/**
 * The Markdown summary of a verify run, fit for `$GITHUB_STEP_SUMMARY`.
 *
 * @remarks
 * Sections: a title with the overall mark; the run (implementation name/version/language, hamcheck
 * version, seed, budget, depth, shard, adapter command); the capabilities with their claimed accuracy
 * (the protocol's default marked); a totals line; a table of every property (verdict mark ✅ pass,
 * ❌ fail, ⚠️ inconclusive, – not run; cases run of the minimum; seconds); "Failures" with each
 * failure's message, shrunk counterexample (JSON cut at {@link SUMMARY_COUNTEREXAMPLE_CHARS} with a
 * note) and one-line replay command; "Inconclusive"; and, when a baseline comparison is given,
 * "Baseline". Untrusted text is escaped or fenced (`markdownText.ts`).
 */
import { DEFAULT_ACCURACY } from '../../protocol/capabilities.ts';
import { markdownTable } from '../../report/markdownTable.ts';
import { writeFileAtomic } from '../../report/writeFileAtomic.ts';
import type { BaselineComparison, BaselineMatch } from '../baseline/compareWithBaseline.ts';
import type { FailureKind, PropertyOutcome, Verdict } from '../outcome.ts';
import { replayCommand } from '../replay.ts';
import type { VerifyReport } from './jsonlReport.ts';
import { codeBlock, inlineCode, mdEscape } from './markdownText.ts';
import { toPlainJson } from './plainJson.ts';
import { SUMMARY_COUNTEREXAMPLE_CHARS, cutNote, truncate } from './truncate.ts';

export const VERDICT_MARK: Readonly<Record<Verdict, string>> = { pass: '✅', fail: '❌', inconclusive: '⚠️', 'not-run': '–' };
export const FAILURE_KIND_TEXT: Readonly<Record<FailureKind, string>> = {
  wrong: 'wrong answer',
  errored: 'errored',
  timeout: 'timed out',
  crash: 'adapter crashed',
  protocol: 'protocol violation',
};
/** Failures shown in full; the rest are listed by id (a step summary is capped at 1 MiB). */
export const MAX_DETAILED_FAILURES = 50;

export interface SummaryOptions {
  comparison?: BaselineComparison;
  /** `--strict`: inconclusive properties fail the run. */
  strict?: boolean;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function titleMark(report: VerifyReport, opts: SummaryOptions): string {
  if (report.footer.broken !== undefined) return '❌';
  const failing = opts.comparison ? opts.comparison.newFailures.length : report.footer.totals.fail;
  const inconclusive = opts.comparison ? opts.comparison.inconclusive.length : report.footer.totals.inconclusive;
  if (failing > 0 || (opts.strict && inconclusive > 0)) return '❌';
  return inconclusive > 0 ? '⚠️' : '✅';
}

function runLines(report: VerifyReport, opts: SummaryOptions): string[] {
  const h = report.header;
  const impl = h.implementation;
  const name = `${impl.name} ${impl.version}${impl.language ? ` (${impl.language})` : ''}`;
  const facts = [
    `hamcheck ${mdEscape(h.hamcheck)}`,
    `seed ${h.seed}`,
    `budget ${h.budgetSeconds} s`,
    `depth ${h.depth}`,
    ...(h.shard ? [`shard ${h.shard.index}/${h.shard.count}`] : []),
    h.impl !== undefined ? `impl ${inlineCode(h.impl)}` : 'the reference, in-process',
  ];
  const caps = h.capabilities.length
    ? h.capabilities
        .map((c) => {
          const claimed = h.accuracy[c];
          return `${inlineCode(c)} ${claimed !== undefined ? String(claimed) : `${DEFAULT_ACCURACY[c]} (default)`}`;
        })
        .join(', ')
    : 'none declared';
  return [`## ${titleMark(report, opts)} hamcheck verify: ${mdEscape(name)}`, '', facts.join(' · '), '', `Capabilities (claimed accuracy): ${caps}`];
}

function totalsLine(report: VerifyReport): string {
  const t = report.footer.totals;
  const parts = [`**${t.fail} failed**`, `${t.pass} passed`, `${t.inconclusive} inconclusive`, `${t['not-run']} not run`];
  let line = `${parts.join(' · ')} — ${report.properties.length} properties in ${report.footer.seconds.toFixed(1)} s`;
  if (report.footer.stoppedEarly) line += ` · stopped early: ${mdEscape(report.footer.stoppedEarly)}`;
  return line;
}

function verdictCell(o: PropertyOutcome, expected: Map<string, string>): string {
  let cell = `${VERDICT_MARK[o.verdict]} ${o.verdict}`;
  if (o.verdict === 'fail' && o.failureKind) cell += ` (${FAILURE_KIND_TEXT[o.failureKind]})`;
  const note = expected.get(o.id);
  if (note) cell += ` — ${note}`;
  return cell;
}

function failureSection(o: PropertyOutcome, report: VerifyReport, expected: Map<string, string>): string[] {
  const kind = o.failureKind ? FAILURE_KIND_TEXT[o.failureKind] : 'failed';
  const note = expected.get(o.id);
  const out = [`#### ❌ ${inlineCode(o.id)} — ${kind}${note ? ` (${note})` : ''}`, '', mdEscape(o.title), '', codeBlock(o.message ?? 'failed', 'text')];
  if (o.counterexample !== undefined) {
    const t = truncate(JSON.stringify(toPlainJson(o.counterexample)), SUMMARY_COUNTEREXAMPLE_CHARS);
    out.push('', 'Shrunk counterexample:', '', codeBlock(t.text, 'json'));
    if (t.cut) out.push('', `_${mdEscape(cutNote(t))}_`);
  }
  out.push('', 'Replay:', '', codeBlock(replayCommand(o, report.header), 'sh'));
  return out;
}

function matchList(title: string, matches: BaselineMatch[], describe: (m: BaselineMatch) => string): string[] {
  if (matches.length === 0) return [];
  return [`**${title}** (${matches.length}):`, '', ...matches.map((m) => `- ${inlineCode(m.outcome.id)}${describe(m)}`), ''];
}

function baselineSection(c: BaselineComparison): string[] {
  const reason = (m: BaselineMatch): string => (m.entry ? `: ${mdEscape(m.entry.reason)}` : '');
  const lines = [
    ...matchList('New failures', c.newFailures, (m) =>
      m.outcome.failureKind && m.entry?.kind
        ? ` — ${FAILURE_KIND_TEXT[m.outcome.failureKind]} where the baseline expects ${FAILURE_KIND_TEXT[m.entry.kind]}`
        : '',
    ),
    ...matchList('Expected failures', c.expectedFailures, reason),
    ...matchList('Unexpected passes (remove them from the baseline: --update-baseline)', c.unexpectedPasses, reason),
    ...matchList('Flaky, result ignored', c.flakyIgnored, (m) => ` (${m.outcome.verdict})${reason(m)}`),
    ...matchList('Skipped by the baseline', c.skippedByBaseline, reason),
  ];
  if (c.unmatchedEntries.length > 0) {
    lines.push(`**Baseline entries that matched no property that ran** (${c.unmatchedEntries.length}):`, '');
    lines.push(...c.unmatchedEntries.map((u) => `- ${inlineCode(u.id)} (${u.entry.status}): ${mdEscape(u.entry.reason)}`), '');
  }
  if (lines.length === 0) lines.push('No property has a baseline entry and the baseline has no entries.', '');
  return ['### Baseline', '', ...lines];
}

/** Renders the summary (GitHub-flavoured Markdown, final newline). */
export function renderMarkdownSummary(report: VerifyReport, opts: SummaryOptions = {}): string {
  const props = [...report.properties].sort((a, b) => byCodeUnits(a.id, b.id));
  const expected = new Map<string, string>();
  for (const m of opts.comparison?.expectedFailures ?? []) expected.set(m.outcome.id, 'expected by baseline');
  for (const m of opts.comparison?.flakyIgnored ?? []) expected.set(m.outcome.id, 'flaky, ignored');
  for (const m of opts.comparison?.skippedByBaseline ?? []) expected.set(m.outcome.id, 'skipped by baseline');
  const lines = runLines(report, opts);
  lines.push('', totalsLine(report), '');
  if (report.footer.broken !== undefined) lines.push(`> [!CAUTION]`, `> The run could not be conducted: ${mdEscape(report.footer.broken)}`, '');
  lines.push(
    markdownTable(
      ['property', 'verdict', 'cases', 's'],
      props.map((o) => [inlineCode(o.id), verdictCell(o, expected), `${o.casesRun}/${o.minCases}`, o.seconds]),
      3,
    ).trimEnd(),
    '',
  );
  const failures = props.filter((o) => o.verdict === 'fail');
  if (failures.length > 0) {
    lines.push('### Failures', '');
    for (const o of failures.slice(0, MAX_DETAILED_FAILURES)) lines.push(...failureSection(o, report, expected), '');
    const rest = failures.slice(MAX_DETAILED_FAILURES);
    if (rest.length > 0) {
      lines.push(`… and ${rest.length} more failures (details in the JSONL and JUnit reports): ${rest.map((o) => inlineCode(o.id)).join(', ')}`, '');
    }
  }
  const inconclusive = props.filter((o) => o.verdict === 'inconclusive');
  if (inconclusive.length > 0) {
    lines.push(
      '### ⚠️ Inconclusive',
      '',
      opts.strict
        ? 'These ran fewer cases than their minimum and fail the run (--strict):'
        : 'These ran fewer cases than their minimum (a slow adapter under the budget); they do not fail the run unless --strict:',
      '',
      ...inconclusive.map((o) => `- ${inlineCode(o.id)}: ran ${o.casesRun} of ${o.minCases} cases${o.message ? ` — ${mdEscape(o.message)}` : ''}`),
      '',
    );
  }
  if (opts.comparison) lines.push(...baselineSection(opts.comparison));
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** Writes {@link renderMarkdownSummary} to `path` atomically (for `$GITHUB_STEP_SUMMARY`, append the text instead). */
export async function writeMarkdownSummary(path: string, report: VerifyReport, opts: SummaryOptions = {}): Promise<void> {
  await writeFileAtomic(path, renderMarkdownSummary(report, opts));
}
