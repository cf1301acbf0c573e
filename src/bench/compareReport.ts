import { markdownTable } from '../report/markdownTable.ts';
import type { Comparison, ExponentComparison, FigureComparison } from './compareRecords.ts';
import { formatScaleComparison } from './compareScale.ts';

const sec = (x: number | null) => (x === null ? '—' : x.toExponential(3));

/** Accuracy rows fail with `x`; exponent rows carry their speed mark. */
function figures(title: string, rows: (FigureComparison | ExponentComparison)[]): string {
  if (rows.length === 0) return `(no comparable ${title})`;
  return markdownTable(
    ['', title, 'base', 'head', 'tolerance', 'why'],
    rows.map((f) => ['mark' in f ? f.mark : f.ok ? '~' : 'x', f.id, f.base === null ? '—' : f.base.toExponential(3), f.head === null ? '—' : f.head.toExponential(3), f.tolerance.toExponential(2), f.why]),
  );
}

/** The comparison as Markdown: speed table with +/−/~ marks, accuracy, exponent and scale tables, warnings, verdict. */
export function formatComparison(c: Comparison, opts: { threshold: number; alpha: number }): string {
  const speed = markdownTable(
    ['', 'task', 'base p50 s', 'head p50 s', 'head/base', '95 % CI', 'p'],
    c.tasks.map((t) => [
      t.mark,
      t.id,
      sec(t.baseP50),
      sec(t.headP50),
      t.ratio === null ? '—' : t.ratio.toFixed(3),
      t.ratioLow === null || t.ratioHigh === null ? '—' : `${t.ratioLow.toFixed(3)}–${t.ratioHigh.toFixed(3)}`,
      t.p === null ? '—' : t.p.toExponential(1),
    ]),
  );
  const legend =
    `- slower by > ${(100 * opts.threshold).toFixed(0)} % and significant (one-sided Mann–Whitney p < α/m = ${c.perTestAlpha.toExponential(1)}); ` +
    '+ faster likewise; ~ neither; new/gone/changed: no comparable series (a changed task version starts a new one)';
  const accuracyFailures = c.failures - c.regressions - c.scale.failures;
  const scaleVerdict = c.scale.failures ? `, ${c.scale.failures} scale-run failure(s) (peak RSS over its bound, norm drift, or a failed run)` : '';
  const verdict = c.failures === 0 ? 'no regression' : `${c.regressions} speed regression(s) (tasks and scaling exponents), ${accuracyFailures} accuracy change(s) beyond tolerance${scaleVerdict}`;
  const scaleLegend = c.scale.notCompared === null ? ['scale run: x fails (HEAD above a bound or beyond the drift tolerance, or its run failed); ~ reported only: the propagation time is one sample per run, so no test and no gate', ''] : [''];
  return [speed, '', legend, '', figures('accuracy figures', c.accuracy), '', figures('scaling exponents', c.exponents), '', formatScaleComparison(c.scale), ...scaleLegend, ...c.warnings.map((w) => `warning: ${w}`), `verdict: ${verdict}`].join('\n');
}
