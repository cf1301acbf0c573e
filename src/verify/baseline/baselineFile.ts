/**
 * The baseline file of an implementation: which properties are known to fail (and how), to be skipped,
 * or flaky, so that CI fails only on new failures.
 *
 * @remarks
 * ```json
 * {"format":"hamcheck-baseline/1",
 *  "entries":{"dynamics/criteria-inside":{"status":"fail","kind":"wrong","reason":"issue #12"}}}
 * ```
 * Schema: `protocol/v1/baseline.schema.json`. `kind` is required for `fail` and absent otherwise; ids
 * match `^[A-Za-z0-9][A-Za-z0-9._/-]*$`; unknown fields are errors (a typo such as `"stauts"` must not
 * silently drop an entry). This reader accepts every {@link FailureKind} of `outcome.ts` (the schema
 * lists `wrong`, `errored`, `timeout`).
 */
import { readFile } from 'node:fs/promises';
import { HamcheckInputError } from '../../errors.ts';
import { writeFileAtomic } from '../../report/writeFileAtomic.ts';
import { asObject, noUnknownKeys, oneOf } from '../../validate/fields.ts';
import type { FailureKind } from '../outcome.ts';
import { FAILURE_KINDS } from '../report/recordFields.ts';

export const BASELINE_FORMAT = 'hamcheck-baseline/1';
export type BaselineStatus = 'fail' | 'skip' | 'flaky';
export const BASELINE_STATUSES: readonly BaselineStatus[] = ['fail', 'skip', 'flaky'];
/** Property ids a baseline may name (the schema's `propertyNames` pattern). */
export const BASELINE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export interface BaselineEntry {
  status: BaselineStatus;
  /** Why (an issue link, a known limitation). */
  reason: string;
  /** For `fail`: the failure expected; a failure of another kind is new. */
  kind?: FailureKind;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  entries: Record<string, BaselineEntry>;
}

export function emptyBaseline(): Baseline {
  return { format: BASELINE_FORMAT, entries: {} };
}

/** Validates a parsed baseline; `source` (the file name) prefixes every field in errors. */
export function validateBaseline(value: unknown, source = 'baseline'): Baseline {
  const at = (field: string): string => `${source} ${field}`;
  const b = asObject(value, source);
  noUnknownKeys(b, source, ['format', 'entries']);
  oneOf(b.format, at('format'), [BASELINE_FORMAT]);
  const entries = asObject(b.entries, at('entries'));
  const out: Record<string, BaselineEntry> = {};
  for (const [id, raw] of Object.entries(entries)) {
    const f = (name?: string): string => at(`entries[${JSON.stringify(id)}]${name ? `.${name}` : ''}`);
    if (!BASELINE_ID_PATTERN.test(id)) throw new HamcheckInputError(f(), `a property id matching ${BASELINE_ID_PATTERN.source}`, id);
    const e = asObject(raw, f());
    noUnknownKeys(e, f(), ['status', 'reason', 'kind']);
    const status = oneOf(e.status, f('status'), BASELINE_STATUSES);
    if (typeof e.reason !== 'string' || e.reason.length === 0) throw new HamcheckInputError(f('reason'), 'a non-empty string', e.reason);
    const entry: BaselineEntry = { status, reason: e.reason };
    if (status === 'fail') entry.kind = oneOf(e.kind, f('kind'), FAILURE_KINDS);
    else if (e.kind !== undefined) throw new HamcheckInputError(f('kind'), `absent when status is "${status}"`, e.kind);
    Object.defineProperty(out, id, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return { format: BASELINE_FORMAT, entries: out };
}

/** Parses baseline JSON text (see {@link validateBaseline}). */
export function parseBaseline(text: string, source = 'baseline'): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new HamcheckInputError(source, 'a JSON baseline file', text, (err as Error).message);
  }
  return validateBaseline(value, source);
}

/**
 * Reads a baseline file. A missing file is an error, unless `missingOk` (for `--update-baseline`, which
 * creates it): then the empty baseline.
 */
export async function readBaseline(path: string, opts: { missingOk?: boolean } = {}): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if (opts.missingOk && (err as NodeJS.ErrnoException).code === 'ENOENT') return emptyBaseline();
    throw new HamcheckInputError('--baseline', 'a readable baseline file', path, (err as Error).message);
  }
  return parseBaseline(text, path);
}

/**
 * Renders a baseline deterministically: entries sorted by id (code-unit order), fields in the order
 * status, kind, reason, two-space indent, final newline — so an update shows as a minimal diff.
 */
export function renderBaseline(baseline: Baseline): string {
  const ids = Object.keys(baseline.entries).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: Record<string, BaselineEntry> = {};
  for (const id of ids) {
    const e = baseline.entries[id];
    const ordered: BaselineEntry = e.kind === undefined ? { status: e.status, reason: e.reason } : { status: e.status, kind: e.kind, reason: e.reason };
    Object.defineProperty(entries, id, { value: ordered, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify({ format: BASELINE_FORMAT, entries }, null, 2) + '\n';
}

/** Writes {@link renderBaseline} of `baseline` to `path` atomically. */
export async function writeBaseline(path: string, baseline: Baseline): Promise<void> {
  await writeFileAtomic(path, renderBaseline(baseline));
}
