import { formatNumber } from '../report/markdownTable.ts';
import type { VariantEvaluation } from './evaluateVariant.ts';

/** The example variants of examples/variants/ in the order docs/variants.md lists them: module file and row label. */
export const VARIANT_EXAMPLES = [
  { file: 'ring', label: 'ring' },
  { file: 'disorderedChain', label: 'disordered chain' },
  { file: 'weakLink', label: 'one weak link' },
  { file: 'multiBand', label: 'multi-band' },
  { file: 'sparseCouplings', label: 'sparse couplings' },
  { file: 'bandedCouplings', label: 'banded couplings' },
  { file: 'narrowBand', label: 'too narrow a band' },
  { file: 'wrongDensity', label: 'wrong density' },
  { file: 'generalizedHam', label: 'paper chain' },
] as const;

const BEGIN = '<!-- variant-examples:begin (npm run variants:table) -->';
const END = '<!-- variant-examples:end -->';

const f3 = (x: number) => formatNumber(x, 3);

/** One row of the examples table from a run's evaluation (the fields `variant.json` holds). */
export function examplesTableRow(label: string, file: string, e: Pick<VariantEvaluation, 'accepted' | 'variantStats' | 'hamStats' | 'exponent' | 'criterion'>): string {
  const s = e.variantStats;
  const verdict = e.accepted ? 'accepted (0)' : '**rejected (1)**';
  const exponent = e.exponent ? `${e.exponent.slope.toFixed(2).replace('-', '−')} ± ${e.exponent.standardError.toFixed(2)}` : '–';
  return `| ${label} (\`${file}.ts\`) | ${verdict} | ${f3(s.geometricMean)} | ${f3(s.median)} | ${f3(s.min)}–${f3(s.max)} | ${f3(s.fractionWithinCOverN)} | ${exponent} | ${f3(e.hamStats.geometricMean)} | ${f3(e.criterion.bound)} |`;
}

/** The generated block of docs/variants.md: the table and every rejection's verdict, between its markers. */
export function examplesTableBlock(rows: { label: string; file: string; evaluation: Pick<VariantEvaluation, 'accepted' | 'variantStats' | 'hamStats' | 'exponent' | 'criterion' | 'verdict'> }[]): string {
  return [
    BEGIN,
    '| variant | verdict (exit) | geometric mean n̄·D̄² | median | range | fraction ≤ C/n̄ | exponent of D̄² in n̄ | generalized HAM | bound |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => examplesTableRow(r.label, r.file, r.evaluation)),
    '',
    ...rows.filter((r) => !r.evaluation.accepted).map((r) => `Verdict of ${r.label}: *${r.evaluation.verdict}*`),
    END,
  ].join('\n');
}

/** `doc` with its generated block replaced by `block` (throws when the markers are missing). */
export function replaceExamplesBlock(doc: string, block: string): string {
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`docs/variants.md has no ${BEGIN} … ${END} block`);
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}
