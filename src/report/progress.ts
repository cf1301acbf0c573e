import cliProgress from 'cli-progress';
import { HamcheckInputError } from '../errors.ts';

/**
 * How progress is shown.
 *
 * @remarks
 * `'bar'`: an in-place cli-progress bar with percentage and ETA (for terminals). `'lines'`: plain
 * lines such as `F2 exact: 40% (2/5), ETA 12 s`, at most one per 10 % step and per second, or one per 5 s
 * when progress is slow (for logs and pipes). `'quiet'`: one start line and one end line per stage, so a
 * long run never looks hung (for CI). `'auto'` picks one of these, see {@link resolveProgressMode}.
 */
export type ProgressMode = 'auto' | 'bar' | 'lines' | 'quiet';

/**
 * Options of {@link createProgress}.
 *
 * @remarks
 * `stream` defaults to `process.stderr` so progress never mixes with results on stdout. `env`
 * (default `process.env`) and `now` (default `Date.now`, in ms) exist so tests can fix the
 * environment and the clock.
 */
export interface ProgressOptions {
  label: string;
  total: number;
  stream?: NodeJS.WriteStream | NodeJS.WritableStream;
  mode?: ProgressMode;
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}

/**
 * A running progress report.
 *
 * @remarks
 * `update(done)` sets the number of finished items (clamped to [0, total]); `increment(by)` adds to
 * it; `stop()` ends the report (idempotent; later updates are ignored). Always call `stop()`, e.g. in
 * a `finally`: the terminal bar holds a timer that keeps Node alive until stopped.
 */
export interface Progress {
  update(done: number): void;
  increment(by?: number): void;
  stop(): void;
}

/** Minimum progress step (fraction of total) between two lines in `'lines'` mode. */
const LINE_STEP = 0.1;
/** Minimum time between two progress lines in `'lines'` mode, in ms: a 0.1 s stage prints only its done line. */
const LINE_MIN_INTERVAL_MS = 1000;
/** Time after which `'lines'` mode prints even without a 10 % step (slow progress), in ms. */
const LINE_INTERVAL_MS = 5000;

/**
 * Decides the concrete mode for a requested one.
 *
 * @remarks
 * Precedence: an explicit `mode` other than `'auto'`, then the `HAMCHECK_PROGRESS` environment
 * variable (`quiet`, `lines` or `bar`; anything else is a {@link HamcheckInputError}), then
 * detection (`isTTY` is whether the output stream is a terminal): `'quiet'` when `CI` is set (non-empty),
 * `'bar'` on a TTY, `'lines'` otherwise.
 */
export function resolveProgressMode(mode: ProgressMode, isTTY: boolean, env: NodeJS.ProcessEnv): Exclude<ProgressMode, 'auto'> {
  if (mode !== 'auto') return mode;
  const forced = env.HAMCHECK_PROGRESS;
  if (forced !== undefined && forced !== '') {
    if (forced === 'quiet' || forced === 'lines' || forced === 'bar') return forced;
    throw new HamcheckInputError('HAMCHECK_PROGRESS', 'one of quiet, lines, bar', forced);
  }
  if (env.CI !== undefined && env.CI !== '') return 'quiet';
  return isTTY ? 'bar' : 'lines';
}

/**
 * Formats a duration in seconds for progress output: `3.2 s`, `12 s`, `4 min 05 s`, `2 h 07 min`.
 *
 * @remarks
 * Non-finite or negative input gives `?` (e.g. an ETA before anything finished).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/**
 * Creates a progress report for `total` items.
 *
 * @remarks
 * See {@link ProgressMode} for the output of each mode and {@link resolveProgressMode} for how
 * `'auto'` (the default) chooses. In `'lines'` mode a line is written when progress has advanced by
 * ≥ 10 % of `total` and ≥ 1 s has passed since the last line (or ≥ 5 s have passed), and always once on
 * completion (`label: 100% (5/5), done in 3.2 s`). In `'quiet'` mode only `label: started` and the
 * completion line are written. In every mode but `'bar'`, `stop()` before completion writes
 * `label: stopped at 40% (2/5) after 3.2 s`. `total` must be a finite number ≥ 0.
 */
export function createProgress(options: ProgressOptions): Progress {
  const { label, total } = options;
  if (!Number.isFinite(total) || total < 0) throw new HamcheckInputError('progress.total', 'a finite number ≥ 0', total);
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const mode = resolveProgressMode(options.mode ?? 'auto', isTTY(stream), options.env ?? process.env);
  const start = now();
  let done = 0;
  let stopped = false;
  const elapsed = (): number => (now() - start) / 1000;
  const eta = (): number => (done > 0 ? (elapsed() / done) * (total - done) : NaN);
  const write = (line: string): void => void stream.write(`${line}\n`);
  const bar = mode === 'bar' ? startBar(label, total, stream) : undefined;
  if (mode === 'quiet') write(`${label}: started`);
  let lastLineAt = start;
  let lastLineDone = 0;
  let completed = false;

  const onChange = (): void => {
    if (bar) return void bar.update(done, { etaText: formatDuration(eta()) });
    if (completed) return;
    if (done >= total) {
      completed = true;
      return write(`${label}: 100% (${done}/${total}), done in ${formatDuration(elapsed())}`);
    }
    if (mode !== 'lines' || done === lastLineDone) return;
    const t = now();
    const stepped = done - lastLineDone >= LINE_STEP * total && t - lastLineAt >= LINE_MIN_INTERVAL_MS;
    if (!stepped && t - lastLineAt < LINE_INTERVAL_MS) return;
    lastLineAt = t;
    lastLineDone = done;
    write(`${label}: ${percent(done, total)}% (${done}/${total}), ETA ${formatDuration(eta())}`);
  };

  const update = (value: number): void => {
    if (stopped || !Number.isFinite(value)) return;
    done = Math.min(total, Math.max(0, value));
    onChange();
  };
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    if (bar) bar.stop();
    else if (!completed) write(`${label}: stopped at ${percent(done, total)}% (${done}/${total}) after ${formatDuration(elapsed())}`);
  };
  return { update, increment: (by = 1) => update(done + by), stop };
}

function isTTY(stream: ProgressOptions['stream']): boolean {
  return (stream as { isTTY?: boolean } | undefined)?.isTTY === true;
}

function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((100 * done) / total);
}

function startBar(label: string, total: number, stream: ProgressOptions['stream']): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {etaText}`, // our ETA: cli-progress prints "NFs" for an infinite one
      stream: stream as NodeJS.WritableStream,
      noTTYOutput: !isTTY(stream), // forced 'bar' on a pipe: cli-progress prints a line every 2 s instead
      hideCursor: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { etaText: formatDuration(NaN) });
  return bar;
}
