import { hamcheckVersion } from '../packageInfo.ts';
import { formatNumber, markdownTable, type TableCell } from '../report/markdownTable.ts';
import type { VariantEvaluation } from './evaluateVariant.ts';

/** Format of the JSON report of `hamcheck variant`. */
export const VARIANT_FORMAT = 'hamcheck-variant/1';

/** `{format, hamcheck, ...evaluation}`. */
export function variantJson(e: VariantEvaluation): string {
  return `${JSON.stringify({ format: VARIANT_FORMAT, hamcheck: hamcheckVersion(), ...e })}\n`;
}

function tables(e: VariantEvaluation): { stats: [string[], TableCell[][]]; models: [string[], TableCell[][]] } {
  const s = e.variantStats;
  const h = e.hamStats;
  return {
    stats: [
      ['statistic (n̄·D̄²)', e.variant, 'generalized HAM (paper (30)–(32) on the chain)'],
      [
        ['geometric mean', s.geometricMean, h.geometricMean],
        ['median', s.median, h.median],
        ['min', s.min, h.min],
        ['max', s.max, h.max],
        [`fraction with D̄² ≤ C/n̄ (C = ${formatNumber(e.criterion.c, 3)})`, s.fractionWithinCOverN, h.fractionWithinCOverN],
        ['fitted exponent of D̄² vs n̄', e.exponent ? `${formatNumber(e.exponent.slope, 3)} ± ${formatNumber(e.exponent.standardError, 2)}` : 'n̄ not varied', e.exponent ? e.exponent.hamSlope : '–'],
      ],
    ],
    models: [
      ['#', 'model', 'criteria (29) per bond', 'T_D', 'n̄·D̄² variant', 'n̄·D̄² HAM'],
      e.models.map((m) => [m.index + 1, m.summary, m.criteria, m.window, m.scaled, m.hamScaled]),
    ],
  };
}

/** The Markdown page: verdict, criterion, statistics against the generalized HAM, worst and shrunk case, every model. */
export function variantMarkdown(e: VariantEvaluation): string {
  const t = tables(e);
  return [
    `# HAM variant: ${e.variant}`,
    '',
    e.description ?? '',
    '',
    `**${e.verdict}**`,
    '',
    `Criterion: ${e.criterion.text}.`,
    '',
    `Family: ${e.familySize} models (seed ${e.seed}), ${e.statesPerModel} initial states each.`,
    '',
    markdownTable(...t.stats),
    '',
    `Worst sampled model: #${e.worst.index + 1} (${e.worst.summary}), n̄·D̄² = ${formatNumber(e.worst.scaled, 3)}.`,
    '',
    e.shrunk ? `Shrunk counterexample: ${e.shrunk.summary}, n̄·D̄² = ${formatNumber(e.shrunk.scaled, 3)} (${e.shrinkNote}).` : `Shrinking: ${e.shrinkNote}.`,
    '',
    '## Models',
    '',
    markdownTable(...t.models),
    '',
  ].join('\n');
}

/** The same page as HTML (tables only, no plots). */
export function variantHtml(e: VariantEvaluation): string {
  const t = tables(e);
  const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const cell = (c: TableCell) => esc(typeof c === 'number' ? formatNumber(c) : c === null || c === undefined ? '–' : c);
  const table = ([head, rows]: [string[], TableCell[][]]) =>
    `<table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>HAM variant: ${esc(e.variant)}</title><style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style></head><body><h1>HAM variant: ${esc(e.variant)}</h1><p>${esc(e.description ?? '')}</p><p><strong>${esc(e.verdict)}</strong></p><p>Criterion: ${esc(e.criterion.text)}.</p>${table(t.stats)}<p>Worst sampled model: #${e.worst.index + 1} (${esc(e.worst.summary)}), n̄·D̄² = ${formatNumber(e.worst.scaled, 3)}.</p><p>${esc(e.shrunk ? `Shrunk counterexample: ${e.shrunk.summary}, n̄·D̄² = ${formatNumber(e.shrunk.scaled, 3)} (${e.shrinkNote}).` : `Shrinking: ${e.shrinkNote}.`)}</p><h2>Models</h2>${table(t.models)}</body></html>\n`;
}
