import { formatBytes } from '../errors.ts';
import type { Criteria } from '../model/criteria.ts';
import { formatDuration } from '../report/progress.ts';

/** A run above either threshold is announced before it starts (time in s, memory in bytes). */
export const ANNOUNCE_SECONDS = 60;
export const ANNOUNCE_BYTES = 2 ** 30;

/**
 * One warning line on stderr when the criteria (29) fail: HAM's golden-rule rates are then not expected
 * to describe the exact dynamics (the run still goes ahead; the output's `criteria` says the same).
 */
export function warnCriteria(c: Criteria, what: string, stream: NodeJS.WritableStream = process.stderr): void {
  if (c.valid) return;
  stream.write(`hamcheck: warning: ${what} is outside the criteria (29), so HAM (30)–(32) is not expected to hold: ${c.verdict.replace(/^invalid: /, '')}\n`);
}

/** One line on stderr before a run estimated at over {@link ANNOUNCE_SECONDS} or {@link ANNOUNCE_BYTES}. */
export function announceLongRun(
  estimate: { seconds: number; bytes: number },
  what: string,
  stream: NodeJS.WritableStream = process.stderr,
): void {
  if (estimate.seconds <= ANNOUNCE_SECONDS && estimate.bytes <= ANNOUNCE_BYTES) return;
  stream.write(
    `hamcheck: note: ${what} is estimated to take about ${formatDuration(estimate.seconds)} on one core and ${formatBytes(estimate.bytes)} of memory\n`,
  );
}
