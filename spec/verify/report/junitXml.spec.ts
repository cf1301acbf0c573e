import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../src/verify/baseline/compareWithBaseline.ts';
import { renderJunitXml, suiteOf } from '../../../src/verify/report/junitXml.ts';
import type { VerifyReport } from '../../../src/verify/report/jsonlReport.ts';
import { replayCommand } from '../../../src/verify/replay.ts';
import { isXmlChar, xmlAttr, xmlSafe, xmlText } from '../../../src/verify/report/xmlText.ts';
import { anyString, footerFor, reportArb, sampleReport } from './arbitraries.ts';
import { XmlError, childrenNamed, isChar, parseXml, textOf, type XmlElement } from './xmlParser.ts';

/** The spec's own sanitizer: every UTF-16 unit that is not an XML Char becomes `\uXXXX`. */
function expectedSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += isChar(cp) ? ch : `\\u${cp.toString(16).padStart(4, '0')}`;
  }
  return out;
}

const testcases = (doc: XmlElement): XmlElement[] => childrenNamed(doc, 'testsuite').flatMap((s) => childrenNamed(s, 'testcase'));
const byName = (doc: XmlElement, id: string): XmlElement => testcases(doc).find((t) => t.attrs.name === id)!;

describe('the spec XML checker', () => {
  it('rejects what a conforming parser rejects (so it can fail)', () => {
    const bad = [
      '<a b="<"/>',
      '<a>]]></a>',
      '<a>\u0001</a>',
      '<a>&#1;</a>',
      '<a>&#xFFFE;</a>',
      '<a>&nbsp;</a>',
      '<a>&</a>',
      '<a></b>',
      '<a>',
      '<a/><b/>',
      '<a x="1" x="2"/>',
      '<a>\ud800</a>',
      '<a b=c/>',
    ];
    for (const doc of bad) expect(() => parseXml(doc), doc).toThrow(XmlError);
    expect(parseXml('<?xml version="1.0"?>\n<a b="&#10;x&quot;">&lt;&#x1F600;<c/>t</a>')).toEqual({
      name: 'a',
      attrs: { b: '\nx"' },
      children: ['<😀', { name: 'c', attrs: {}, children: [] }, 't'],
    });
  });
});

describe('xmlText', () => {
  it('agrees with the XML 1.0 Char production on every BMP code point and the plane edges', () => {
    for (let cp = 0; cp <= 0xffff; cp++) if (isXmlChar(cp) !== isChar(cp)) throw new Error(`U+${cp.toString(16)}`);
    for (const cp of [0x10000, 0x10ffff, 0x110000]) expect(isXmlChar(cp)).toBe(isChar(cp));
  });

  it('keeps legal text, makes illegal characters visible, never emits ]]>', () => {
    expect(xmlSafe('a\tb\n😀')).toBe('a\tb\n😀');
    expect(xmlSafe('\u0000\u001b[31m\ud800')).toBe('\\u0000\\u001b[31m\\ud800');
    expect(xmlText('x]]>y & <z>')).toBe('x]]&gt;y &amp; &lt;z&gt;');
    expect(xmlAttr('"a"\tb\nc\r')).toBe('&quot;a&quot;&#9;b&#10;c&#13;');
  });

  it('round-trips arbitrary strings through a strict parser, as text and as attribute', () => {
    fc.assert(
      fc.property(anyString(60), (s) => {
        const doc = parseXml(`<a v="${xmlAttr(s)}">${xmlText(s)}</a>`);
        expect(doc.attrs.v).toBe(expectedSafe(s));
        expect(textOf(doc)).toBe(expectedSafe(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('renderJunitXml', () => {
  const report = sampleReport();
  const doc = parseXml(renderJunitXml(report));

  it('has one suite per id prefix, sorted, with counts', () => {
    const suites = childrenNamed(doc, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual(['dynamics', 'exact', 'model', 'transport']);
    expect(doc.attrs).toMatchObject({ tests: '4', failures: '1', errors: '0', skipped: '2', time: '60.750' });
    expect(suites[2].attrs).toMatchObject({ tests: '1', failures: '1', skipped: '0', time: '0.500', timestamp: report.header.startedAt });
    expect(suiteOf('plain')).toBe('plain');
    const props = childrenNamed(childrenNamed(suites[0], 'properties')[0], 'property');
    expect(Object.fromEntries(props.map((p) => [p.attrs.name, p.attrs.value]))).toEqual({
      hamcheck: '0.1.0', implementation: 'my-ham 1.3.0', seed: '7', depth: 'quick', impl: 'python3 adapter.py',
    });
  });

  it('renders a failure with its kind, message, counterexample and replay line', () => {
    const tc = byName(doc, 'model/kappa-formula');
    expect(tc.attrs).toEqual({ classname: 'model', name: 'model/kappa-formula', time: '0.500' });
    const [failure] = childrenNamed(tc, 'failure');
    expect(failure.attrs).toEqual({ message: report.properties[1].message, type: 'wrong' });
    const body = textOf(failure);
    expect(body).toContain(JSON.stringify(report.properties[1].counterexample));
    expect(body).toContain(`replay:\n${replayCommand(report.properties[1], report.header)}`);
    expect(childrenNamed(byName(doc, 'dynamics/criteria-inside'), 'failure')).toEqual([]);
  });

  it('skips not-run and inconclusive properties, and fails inconclusive ones when strict', () => {
    expect(childrenNamed(byName(doc, 'exact/norm'), 'skipped')[0].attrs.message).toBe('inconclusive: ran 4 of 20 cases');
    expect(childrenNamed(byName(doc, 'transport/kappa-th'), 'skipped')[0].attrs.message).toBe('capability transport.kappaTh not declared');
    const strict = parseXml(renderJunitXml(report, { strict: true }));
    const failure = childrenNamed(byName(strict, 'exact/norm'), 'failure')[0];
    expect(failure.attrs).toEqual({ message: 'inconclusive: ran 4 of 20 cases', type: 'inconclusive' });
    expect(strict.attrs).toMatchObject({ failures: '2', skipped: '1' });
  });

  it('renders a failure the baseline expects as skipped, keeping the failure text', () => {
    const comparison = compareWithBaseline(report.properties, {
      format: 'hamcheck-baseline/1',
      entries: { 'model/kappa-formula': { status: 'fail', kind: 'wrong', reason: 'issue #3' } },
    });
    const withBaseline = parseXml(renderJunitXml(report, { comparison }));
    const tc = byName(withBaseline, 'model/kappa-formula');
    expect(childrenNamed(tc, 'failure')).toEqual([]);
    expect(childrenNamed(tc, 'skipped')[0].attrs.message).toBe('expected by baseline (wrong): issue #3');
    expect(textOf(childrenNamed(tc, 'system-out')[0])).toContain('counterexample:');
    expect(withBaseline.attrs).toMatchObject({ failures: '0', skipped: '3' });
  });

  it('cuts a huge counterexample with a note', () => {
    const big: VerifyReport = structuredClone(report);
    big.properties[1].counterexample = { re: Array.from({ length: 10_000 }, (_, i) => i / 7) };
    const body = textOf(childrenNamed(byName(parseXml(renderJunitXml(big)), 'model/kappa-formula'), 'failure')[0]);
    expect(body).toMatch(/… cut at 20000 of \d+ characters/);
  });

  it('is well-formed XML for arbitrary reports with arbitrary strings, control characters and ]]> included', () => {
    const hostile = fc.oneof(anyString(40), fc.constantFrom(']]>', '\u0000', '\r\n', '"\'&<>', '\ud83d'));
    fc.assert(
      fc.property(reportArb, hostile, hostile, fc.boolean(), (r, a, b, strict) => {
        const properties = r.properties.map((p, i) => ({ ...p, id: i % 2 ? `${p.id}${a}` : p.id, title: b, message: a, counterexample: { s: b } }));
        const rr: VerifyReport = { header: { ...r.header, impl: `run ${b}`, startedAt: a }, properties, footer: footerFor(properties) };
        const d = parseXml(renderJunitXml(rr, { strict }));
        const cases = testcases(d);
        expect(cases.map((t) => t.attrs.name).sort()).toEqual(properties.map((p) => expectedSafe(p.id)).sort());
        for (const t of cases) {
          for (const f of childrenNamed(t, 'failure')) {
            if (f.attrs.type !== 'inconclusive') expect(f.attrs.message).toBe(expectedSafe(a));
          }
        }
        const failures = properties.filter((p) => p.verdict === 'fail' || (strict && p.verdict === 'inconclusive')).length;
        expect(d.attrs.failures).toBe(String(failures));
      }),
      { numRuns: 200 },
    );
  });
});
