/**
 * The JUnit XML report of a verify run, for CI test viewers.
 *
 * @remarks
 * One `<testsuite>` per id prefix (`dynamics` for `dynamics/criteria-inside`; an id without `/` is its
 * own suite), suites sorted by name, one `<testcase>` per property sorted by id, `time` in seconds.
 * - fail → `<failure message="…" type="<failureKind>">` with the message, the counterexample as JSON
 *   (cut at {@link JUNIT_COUNTEREXAMPLE_CHARS}) and the one-line replay command;
 * - not-run → `<skipped message="…"/>`;
 * - inconclusive → `<skipped message="inconclusive: ran k of m cases"/>`, or with `strict` a
 *   `<failure type="inconclusive">`;
 * - with a baseline comparison, a failure the baseline expects (or a flaky property's failure, or any
 *   property the baseline skips) is `<skipped>` with the baseline's reason, the failure text kept in
 *   `<system-out>`, so a test viewer's red marks are exactly the failures that fail the run.
 * All text goes through `xmlText.ts` (XML 1.0 characters only, markup escaped).
 */
import { writeFileAtomic } from '../../report/writeFileAtomic.ts';
import type { BaselineComparison } from '../baseline/compareWithBaseline.ts';
import type { PropertyOutcome, RunHeader } from '../outcome.ts';
import { replayCommand } from '../replay.ts';
import type { VerifyReport } from './jsonlReport.ts';
import { toPlainJson } from './plainJson.ts';
import { JUNIT_COUNTEREXAMPLE_CHARS, cutNote, truncate } from './truncate.ts';
import { xmlAttr, xmlText } from './xmlText.ts';

export interface JunitOptions {
  /** `--strict`: inconclusive properties are failures. */
  strict?: boolean;
  /** The run against its baseline: expected failures are rendered skipped. */
  comparison?: BaselineComparison;
}

/** The suite of a property: its id up to the first `/`. */
export function suiteOf(id: string): string {
  const slash = id.indexOf('/');
  return slash < 0 ? id : id.slice(0, slash);
}

/** "ran k of m cases", the inconclusive message of every report. */
export function inconclusiveText(o: PropertyOutcome): string {
  return `inconclusive: ran ${o.casesRun} of ${o.minCases} cases`;
}

/** The plain-text failure description shared by JUnit and the terminal: message, counterexample, replay. */
export function failureText(o: PropertyOutcome, header: RunHeader, maxChars = JUNIT_COUNTEREXAMPLE_CHARS): string {
  const parts = [`${o.id}: ${o.title}`, o.message ?? `failed (${o.failureKind ?? 'unknown kind'})`];
  if (o.counterexample !== undefined) {
    const t = truncate(JSON.stringify(toPlainJson(o.counterexample)), maxChars);
    parts.push(`counterexample:\n${t.text}${t.cut ? `\n${cutNote(t)}` : ''}`);
  }
  parts.push(`replay:\n${replayCommand(o, header)}`);
  return parts.join('\n\n');
}

interface Case {
  outcome: PropertyOutcome;
  xml: string;
  failed: boolean;
  skipped: boolean;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function caseXml(o: PropertyOutcome, header: RunHeader, opts: JunitOptions, ignored: Map<string, string>): Case {
  const open = `    <testcase classname="${xmlAttr(suiteOf(o.id))}" name="${xmlAttr(o.id)}" time="${o.seconds.toFixed(3)}"`;
  const wrap = (inner: string): string => `${open}>\n${inner}\n    </testcase>`;
  const ignoredWhy = ignored.get(o.id);
  if (ignoredWhy !== undefined && o.verdict !== 'pass') {
    const detail = o.verdict === 'fail' ? failureText(o, header) : o.verdict === 'inconclusive' ? inconclusiveText(o) : (o.message ?? 'not run');
    return {
      outcome: o,
      xml: wrap(`      <skipped message="${xmlAttr(ignoredWhy)}"/>\n      <system-out>${xmlText(detail)}</system-out>`),
      failed: false,
      skipped: true,
    };
  }
  switch (o.verdict) {
    case 'pass':
      return { outcome: o, xml: `${open}/>`, failed: false, skipped: false };
    case 'fail':
      return {
        outcome: o,
        xml: wrap(
          `      <failure message="${xmlAttr(o.message ?? 'failed')}" type="${xmlAttr(o.failureKind ?? 'unknown')}">${xmlText(failureText(o, header))}</failure>`,
        ),
        failed: true,
        skipped: false,
      };
    case 'inconclusive':
      if (opts.strict) {
        const text = `${inconclusiveText(o)} (--strict)${o.message ? `: ${o.message}` : ''}`;
        return { outcome: o, xml: wrap(`      <failure message="${xmlAttr(inconclusiveText(o))}" type="inconclusive">${xmlText(text)}</failure>`), failed: true, skipped: false };
      }
      return { outcome: o, xml: wrap(`      <skipped message="${xmlAttr(inconclusiveText(o))}"/>`), failed: false, skipped: true };
    case 'not-run':
      return { outcome: o, xml: wrap(`      <skipped message="${xmlAttr(o.message ?? 'not run')}"/>`), failed: false, skipped: true };
  }
}

function counts(cases: Case[]): string {
  const seconds = cases.reduce((s, c) => s + c.outcome.seconds, 0);
  return `tests="${cases.length}" failures="${cases.filter((c) => c.failed).length}" errors="0" skipped="${cases.filter((c) => c.skipped).length}" time="${seconds.toFixed(3)}"`;
}

/** Renders the JUnit XML document (UTF-8, final newline). */
export function renderJunitXml(report: VerifyReport, opts: JunitOptions = {}): string {
  const { header } = report;
  const ignored = new Map<string, string>();
  if (opts.comparison) {
    for (const m of opts.comparison.expectedFailures) ignored.set(m.outcome.id, `expected by baseline (${m.entry?.kind ?? 'fail'}): ${m.entry?.reason ?? ''}`);
    for (const m of opts.comparison.flakyIgnored) ignored.set(m.outcome.id, `flaky by baseline: ${m.entry?.reason ?? ''}`);
    for (const m of opts.comparison.skippedByBaseline) ignored.set(m.outcome.id, `skipped by baseline: ${m.entry?.reason ?? ''}`);
  }
  const suites = new Map<string, Case[]>();
  for (const o of [...report.properties].sort((a, b) => byCodeUnits(a.id, b.id))) {
    const name = suiteOf(o.id);
    if (!suites.has(name)) suites.set(name, []);
    suites.get(name)!.push(caseXml(o, header, opts, ignored));
  }
  const impl = `${header.implementation.name} ${header.implementation.version}`;
  const props = [
    ['hamcheck', header.hamcheck],
    ['implementation', impl],
    ['seed', String(header.seed)],
    ['depth', header.depth],
    ...(header.impl !== undefined ? [['impl', header.impl]] : []),
  ]
    .map(([n, v]) => `      <property name="${xmlAttr(n)}" value="${xmlAttr(v)}"/>`)
    .join('\n');
  const all = [...suites.values()].flat();
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xmlAttr(`hamcheck verify: ${impl}`)}" ${counts(all)}>`];
  for (const name of [...suites.keys()].sort(byCodeUnits)) {
    const cases = suites.get(name)!;
    lines.push(`  <testsuite name="${xmlAttr(name)}" ${counts(cases)} timestamp="${xmlAttr(header.startedAt)}">`);
    lines.push('    <properties>', props, '    </properties>');
    for (const c of cases) lines.push(c.xml);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}

/** Writes {@link renderJunitXml} to `path` atomically. */
export async function writeJunitXml(path: string, report: VerifyReport, opts: JunitOptions = {}): Promise<void> {
  await writeFileAtomic(path, renderJunitXml(report, opts));
}
