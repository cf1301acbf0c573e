import { hamcheckVersion } from '../packageInfo.ts';
import { formatNumber, markdownTable, type TableCell } from '../report/markdownTable.ts';
import type { VariantEvaluation } from './evaluateVariant.ts';
import { variantFigures, type VariantFigure } from './variantPlots.ts';

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

/** Where the plotted P_µ(t) sit in variant.json, when the evaluation kept them. */
const trajectoryNote = (field: string, t: { times: number[] } | undefined) => (t ? ` Its first initial state's P_µ(t) on ${t.times.length} times: \`${field}\` in variant.json.` : '');

function worstText(e: VariantEvaluation): string {
  return `Worst sampled model: #${e.worst.index + 1} (${e.worst.summary}), n̄·D̄² = ${formatNumber(e.worst.scaled, 3)}.${trajectoryNote('worst.trajectory', e.worst.trajectory)}`;
}

function shrunkText(e: VariantEvaluation): string {
  const s = e.shrunk;
  return s ? `Shrunk counterexample: ${s.summary}, n̄·D̄² = ${formatNumber(s.scaled, 3)} (${e.shrinkNote}).${trajectoryNote('shrunk.trajectory', s.trajectory)}` : `Shrinking: ${e.shrinkNote}.`;
}

/**
 * The Markdown page: verdict, criterion, statistics against the generalized HAM, the figures (as images
 * `![title](name.svg)` beside the page, with their captions), worst and shrunk case, every model.
 */
export function variantMarkdown(e: VariantEvaluation, figures: VariantFigure[] = []): string {
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
    ...(figures.length ? ['## Plots', '', ...figures.flatMap((f) => [`![${f.title}](${f.name}.svg)`, '', f.caption, ''])] : []),
    worstText(e),
    '',
    shrunkText(e),
    '',
    '## Models',
    '',
    markdownTable(...t.models),
    '',
  ].join('\n');
}

/** The same page as HTML, the figures' SVGs inline, each in a `<figure>` with its title and caption. */
export function variantHtml(e: VariantEvaluation, figures: VariantFigure[] = []): string {
  const t = tables(e);
  const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const code = (x: string) => x.replace(/`([^`]+)`/g, '<code>$1</code>');
  const cell = (c: TableCell) => esc(typeof c === 'number' ? formatNumber(c) : c === null || c === undefined ? '–' : c);
  const table = ([head, rows]: [string[], TableCell[][]]) =>
    `<table><thead><tr>${head.map((x) => `<th>${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const plots = figures.length
    ? `<h2>Plots</h2>${figures.map((f) => `<figure id="${f.name}">${f.svg}<figcaption><strong>${esc(f.title)}.</strong> ${esc(f.caption)}</figcaption></figure>`).join('')}`
    : '';
  return `<!doctype html><html><head><meta charset="utf-8"><title>HAM variant: ${esc(e.variant)}</title><style>body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}figure{margin:1.5em 0}figure svg{max-width:100%;height:auto}figcaption{max-width:60em}</style></head><body><h1>HAM variant: ${esc(e.variant)}</h1><p>${esc(e.description ?? '')}</p><p><strong>${esc(e.verdict)}</strong></p><p>Criterion: ${esc(e.criterion.text)}.</p>${table(t.stats)}${plots}<p>${code(esc(worstText(e)))}</p><p>${code(esc(shrunkText(e)))}</p><h2>Models</h2>${table(t.models)}</body></html>\n`;
}

/** A file of the `--out DIR` report: its name inside DIR and its content. */
export interface VariantReportFile {
  name: string;
  content: string;
}

/**
 * Every file `hamcheck variant --out DIR` writes: variant.json, variant.md, variant.html and one `name.svg` per
 * figure of {@link variantFigures} (the Markdown page links them, the HTML page holds them inline).
 */
export async function variantReportFiles(e: VariantEvaluation): Promise<VariantReportFile[]> {
  const figures = await variantFigures(e);
  return [
    { name: 'variant.json', content: variantJson(e) },
    { name: 'variant.md', content: variantMarkdown(e, figures) },
    { name: 'variant.html', content: variantHtml(e, figures) },
    ...figures.map((f) => ({ name: `${f.name}.svg`, content: f.svg })),
  ];
}
