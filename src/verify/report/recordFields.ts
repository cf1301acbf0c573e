/**
 * Validation of the verify records ({@link RunHeader}, {@link PropertyOutcome}, {@link RunFooter}) read
 * back from untrusted JSON (a JSONL report given to `hamcheck verify merge`).
 *
 * @remarks
 * Each reader checks the known fields and returns the object itself, so optional fields added later
 * survive a read → write cycle. Errors are {@link HamcheckInputError}s naming the JSON path of the field
 * (the JSONL parser adds the file and line).
 */
import { HamcheckInputError } from '../../errors.ts';
import { CAPABILITIES, isCapability, type Capability } from '../../protocol/capabilities.ts';
import { asObject, finiteNumber, integer, oneOf, type Json } from '../../validate/fields.ts';
import type { FailureKind, PropertyOutcome, RunFooter, RunHeader, Verdict } from '../outcome.ts';

export const VERDICTS: readonly Verdict[] = ['pass', 'fail', 'inconclusive', 'not-run'];
export const FAILURE_KINDS: readonly FailureKind[] = ['wrong', 'errored', 'timeout', 'crash', 'protocol'];
export const REPORT_FORMAT = 'hamcheck-verify/1';
/** Largest seed fast-check and the verify CLI accept (uint32). */
export const MAX_SEED = 2 ** 32 - 1;

/** A string (non-empty if asked); `undefined` passes when `optional`. */
export function readString(
  value: unknown,
  field: string,
  opts: { optional?: boolean; nonEmpty?: boolean } = {},
): string | undefined {
  if (value === undefined && opts.optional) return undefined;
  if (typeof value !== 'string' || (opts.nonEmpty && value.length === 0)) {
    throw new HamcheckInputError(field, opts.nonEmpty ? 'a non-empty string' : 'a string', value);
  }
  return value;
}

function readCapabilities(value: unknown, field: string): Capability[] {
  if (!Array.isArray(value)) throw new HamcheckInputError(field, 'an array of capability names', value);
  value.forEach((c, i) => {
    if (!isCapability(c)) throw new HamcheckInputError(`${field}[${i}]`, `one of ${CAPABILITIES.join(', ')}`, c);
  });
  return value as Capability[];
}

export function readHeader(value: unknown): RunHeader {
  const h = asObject(value, 'header');
  oneOf(h.format, 'format', [REPORT_FORMAT]);
  readString(h.hamcheck, 'hamcheck', { nonEmpty: true });
  readString(h.impl, 'impl', { optional: true, nonEmpty: true });
  const impl = asObject(h.implementation, 'implementation');
  readString(impl.name, 'implementation.name', { nonEmpty: true });
  readString(impl.version, 'implementation.version');
  readString(impl.language, 'implementation.language', { optional: true });
  readCapabilities(h.capabilities, 'capabilities');
  const accuracy = asObject(h.accuracy, 'accuracy');
  for (const [k, v] of Object.entries(accuracy)) {
    if (!isCapability(k)) throw new HamcheckInputError(`accuracy.${k}`, `a key among ${CAPABILITIES.join(', ')}`, k);
    finiteNumber(v, `accuracy.${k}`, { gt: 0 });
  }
  integer(h.seed, 'seed', { ge: 0, le: MAX_SEED });
  finiteNumber(h.budgetSeconds, 'budgetSeconds', { gt: 0 });
  oneOf(h.depth, 'depth', ['quick', 'deep'] as const);
  if (h.shard !== undefined) {
    const s = asObject(h.shard, 'shard');
    const count = integer(s.count, 'shard.count', { ge: 1 });
    integer(s.index, 'shard.index', { ge: 1, le: count });
  }
  readString(h.startedAt, 'startedAt');
  return h as unknown as RunHeader;
}

export function readOutcome(value: unknown): PropertyOutcome {
  const o = asObject(value, 'property');
  readString(o.id, 'id', { nonEmpty: true });
  readString(o.title, 'title');
  readCapabilities(o.requires, 'requires');
  const verdict = oneOf(o.verdict, 'verdict', VERDICTS);
  integer(o.casesRun, 'casesRun', { ge: 0 });
  integer(o.minCases, 'minCases', { ge: 0 });
  finiteNumber(o.seconds, 'seconds', { ge: 0 });
  if (verdict === 'fail' || o.failureKind !== undefined) {
    oneOf(o.failureKind, 'failureKind', FAILURE_KINDS);
  }
  if (verdict !== 'fail' && o.failureKind !== undefined) {
    throw new HamcheckInputError('failureKind', 'absent unless verdict is "fail"', o.failureKind);
  }
  readString(o.message, 'message', { optional: true });
  if (o.seed !== undefined) integer(o.seed, 'seed', { ge: 0, le: MAX_SEED });
  readString(o.path, 'path', { optional: true });
  if (o.failedRequest !== undefined) {
    const r = asObject(o.failedRequest, 'failedRequest');
    if (!isCapability(r.cmd)) throw new HamcheckInputError('failedRequest.cmd', `one of ${CAPABILITIES.join(', ')}`, r.cmd);
    if (!('args' in r)) throw new HamcheckInputError('failedRequest.args', 'the request arguments', undefined);
  }
  return o as unknown as PropertyOutcome;
}

export function readFooter(value: unknown): RunFooter {
  const f = asObject(value, 'footer');
  const totals = asObject(f.totals, 'totals') as Json;
  for (const v of VERDICTS) integer(totals[v], `totals.${v}`, { ge: 0 });
  finiteNumber(f.seconds, 'seconds', { ge: 0 });
  readString(f.stoppedEarly, 'stoppedEarly', { optional: true });
  readString(f.broken, 'broken', { optional: true, nonEmpty: true });
  return f as unknown as RunFooter;
}

/** Counts of each verdict, every verdict present (0 when none). */
export function totalsOf(outcomes: readonly PropertyOutcome[]): Record<Verdict, number> {
  const totals: Record<Verdict, number> = { pass: 0, fail: 0, inconclusive: 0, 'not-run': 0 };
  for (const o of outcomes) totals[o.verdict]++;
  return totals;
}
