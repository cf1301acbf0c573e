/**
 * The flags of `hamcheck verify`, validated before anything runs.
 *
 * @remarks
 * {@link parseVerifyOptions} takes the option record a CLI parser produces (keys as commander gives
 * them, `budgetS`, or as typed, `budget-s`; values as strings, numbers or booleans) and returns typed
 * options, or throws a {@link HamcheckInputError} naming the flag and its allowed range.
 */
import { HamcheckInputError } from '../errors.ts';
import { nearestKey } from '../validate/fields.ts';
import { MAX_SEED } from './report/recordFields.ts';
import { parseShard, selectShard, type Shard } from './shard.ts';

/** `--budget-s` default: the whole run in one minute. */
export const DEFAULT_BUDGET_SECONDS = 60;

export interface VerifyOptions {
  /** `--impl CMD`: the adapter command; absent = the reference in-process. */
  impl?: string;
  /** `--budget-s`: bound on the whole run, seconds. */
  budgetSeconds: number;
  /** `--timeout-scale k`: every deadline × k. */
  timeoutScale: number;
  /** `--seed`: the run's seed (uint32); absent = chosen by the runner. */
  seed?: number;
  shard?: Shard;
  /** `--only`: the selected ids (suite names expanded), in known-id order; absent = all. */
  only?: string[];
  /** `--skip`: ids to leave out (suite names expanded). */
  skip: string[];
  failFast: boolean;
  strict: boolean;
  updateBaseline: boolean;
  baseline?: string;
  /** `--out F`: the JSONL report. */
  out?: string;
  junit?: string;
  summary?: string;
  dumpRequest?: string;
  /** `--replay-path P`: fast-check path of the case to replay (needs `--seed` and one `--only` id). */
  replayPath?: string;
}

const FLAGS = {
  impl: 'impl',
  budgetS: 'budget-s',
  timeoutScale: 'timeout-scale',
  seed: 'seed',
  shard: 'shard',
  only: 'only',
  skip: 'skip',
  failFast: 'fail-fast',
  strict: 'strict',
  updateBaseline: 'update-baseline',
  baseline: 'baseline',
  out: 'out',
  junit: 'junit',
  summary: 'summary',
  dumpRequest: 'dump-request',
  replayPath: 'replay-path',
} as const;
type Key = keyof typeof FLAGS;

const DECIMAL = /^[+]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function positive(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const allowed = 'a finite number > 0 (seconds or factor, e.g. 120 or 2.5)';
  const n = typeof value === 'number' ? value : typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) throw new HamcheckInputError(flag, allowed, value);
  return n;
}

function seedOf(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const allowed = `an integer from 0 to ${MAX_SEED} (uint32)`;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_SEED) throw new HamcheckInputError('--seed', allowed, value);
  return n;
}

function flagOf(value: unknown, flag: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new HamcheckInputError(flag, 'a switch without a value', value);
  return value;
}

function text(value: unknown, flag: string, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new HamcheckInputError(flag, what, value);
  return value;
}

/**
 * The ids a `--only` / `--skip` list names: each comma-separated item is a property id, or a suite name
 * (the part before `/`, e.g. `dynamics`) standing for all its properties. An unknown item is an error
 * naming the nearest known id.
 */
export function resolveIds(value: unknown, flag: string, knownIds: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined;
  const allowed = 'a comma-separated list of property ids or suite names';
  const parts = (Array.isArray(value) ? value : [value]).map((v) => {
    if (typeof v !== 'string') throw new HamcheckInputError(flag, allowed, v);
    return v;
  });
  const items = parts.flatMap((p) => p.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new HamcheckInputError(flag, allowed, parts.join(','));
  const chosen = new Set<string>();
  for (const item of items) {
    const matches = knownIds.filter((id) => id === item || id.startsWith(`${item}/`));
    if (matches.length === 0) {
      const near = nearestKey(item, knownIds);
      const sorted = [...knownIds].sort();
      const detail =
        near !== undefined
          ? `nearest known id: "${near}"`
          : `known ids include ${sorted.slice(0, 5).map((id) => `"${id}"`).join(', ')}${sorted.length > 5 ? ` … (${sorted.length} in all)` : ''}`;
      throw new HamcheckInputError(flag, 'known property ids or suite names', item, `unknown property id; ${detail}`);
    }
    for (const id of matches) chosen.add(id);
  }
  return knownIds.filter((id) => chosen.has(id));
}

/**
 * Validates the verify flags against the known property ids (see the module remarks).
 *
 * @remarks
 * Cross-flag rules: `--replay-path` needs `--seed` and `--only` naming exactly one property;
 * `--update-baseline` needs `--baseline`. Unknown keys are rejected (naming the nearest flag).
 */
export function parseVerifyOptions(raw: Readonly<Record<string, unknown>>, knownIds: readonly string[]): VerifyOptions {
  const byKebab = new Map(Object.entries(FLAGS).map(([k, v]) => [v as string, k as Key]));
  const r: Partial<Record<Key, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const k = (key in FLAGS ? key : byKebab.get(key.replace(/^--/, ''))) as Key | undefined;
    if (k === undefined) {
      const near = nearestKey(key.replace(/^--/, ''), Object.values(FLAGS));
      throw new HamcheckInputError(`--${key.replace(/^--/, '')}`, 'a verify flag', value, near ? `did you mean --${near}?` : undefined);
    }
    if (value !== undefined) r[k] = value;
  }
  const opts: VerifyOptions = {
    budgetSeconds: positive(r.budgetS, '--budget-s', DEFAULT_BUDGET_SECONDS),
    timeoutScale: positive(r.timeoutScale, '--timeout-scale', 1),
    skip: resolveIds(r.skip, '--skip', knownIds) ?? [],
    failFast: flagOf(r.failFast, '--fail-fast'),
    strict: flagOf(r.strict, '--strict'),
    updateBaseline: flagOf(r.updateBaseline, '--update-baseline'),
  };
  const optional = {
    impl: text(r.impl, '--impl', 'a non-empty adapter command'),
    seed: seedOf(r.seed),
    shard: r.shard === undefined ? undefined : parseShard(r.shard, '--shard'),
    only: resolveIds(r.only, '--only', knownIds),
    baseline: text(r.baseline, '--baseline', 'a baseline file path'),
    out: text(r.out, '--out', 'a file path for the JSONL report'),
    junit: text(r.junit, '--junit', 'a file path for the JUnit XML report'),
    summary: text(r.summary, '--summary', 'a file path for the Markdown summary'),
    dumpRequest: text(r.dumpRequest, '--dump-request', 'a directory path'),
    replayPath: text(r.replayPath, '--replay-path', 'a fast-check path such as 3:0:1'),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (opts as unknown as Record<string, unknown>)[k] = v;
  if (opts.replayPath !== undefined) {
    if (!/^\d+(:\d+)*$/.test(opts.replayPath.trim())) throw new HamcheckInputError('--replay-path', 'a fast-check path such as 3:0:1', opts.replayPath);
    if (opts.seed === undefined || opts.only?.length !== 1) {
      throw new HamcheckInputError('--replay-path', 'together with --seed and an --only naming exactly one property', opts.replayPath);
    }
  }
  if (opts.updateBaseline && opts.baseline === undefined) {
    throw new HamcheckInputError('--update-baseline', 'together with --baseline F (the file to rewrite)', true);
  }
  return opts;
}

/** The ids a run executes, in known-id order: `--only` (else all), minus `--skip`, then the `--shard`. */
export function selectProperties(knownIds: readonly string[], opts: Pick<VerifyOptions, 'only' | 'skip' | 'shard'>): string[] {
  const skip = new Set(opts.skip);
  const chosen = (opts.only ?? knownIds).filter((id) => !skip.has(id));
  if (!opts.shard) return [...chosen];
  const inShard = new Set(selectShard(chosen, opts.shard.index, opts.shard.count));
  return chosen.filter((id) => inShard.has(id));
}
