/**
 * What a failure hands the implementer: a one-line replay command and (`--dump-request DIR`) the exact
 * JSON lines to pipe into the adapter by hand.
 */
import { join } from 'node:path';
import { PROTOCOL_VERSION, type CapabilityRequest, type HelloRequest, type StopRequest } from '../protocol/messages.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import type { PropertyOutcome, RunHeader } from './outcome.ts';
import { toPlainJson } from './report/plainJson.ts';
import { shellQuote } from './report/shellQuote.ts';

/**
 * The one-line command that reruns one property at its failing case:
 * `npx hamcheck verify --impl '<impl>' --seed <seed> --only <id> --replay-path '<path>'`.
 *
 * @remarks
 * `--impl` is omitted for the reference in-process (`header.impl` absent); `--seed` is the property's
 * own fast-check seed when the outcome has one, else the run's; `--replay-path` is omitted when the
 * outcome has no path. A deep run is replayed deep (`HAMCHECK_DEPTH=deep` prefix), since the depth
 * changes the generators. Every word is shell-quoted (see `shellQuote.ts`), so the line is safe to paste
 * whatever the adapter command or the id holds.
 */
export function replayCommand(outcome: PropertyOutcome, header: RunHeader): string {
  const words: string[] = [];
  if (header.depth === 'deep') words.push('HAMCHECK_DEPTH=deep');
  words.push('npx', 'hamcheck', 'verify');
  if (header.impl !== undefined) words.push('--impl', shellQuote(header.impl, { always: true }));
  words.push('--seed', String(outcome.seed ?? header.seed), '--only', shellQuote(outcome.id));
  if (outcome.path !== undefined) words.push('--replay-path', shellQuote(outcome.path, { always: true }));
  return words.join(' ');
}

/** File name of a dumped request: the id with `/` → `__` (other characters outside `[A-Za-z0-9._-]` → `_`). */
export function requestFileName(id: string): string {
  return `${id.replace(/\//g, '__').replace(/[^A-Za-z0-9._-]/g, '_')}.request.json`;
}

/**
 * The exact protocol lines that reproduce the failed request: hello, the request (seq 1), stop; one
 * JSON object per line, final newline. `undefined` when the failure was not in one request.
 *
 * @remarks
 * Pipe it into the adapter: `python3 adapter.py < dynamics__x.request.json`; the adapter's second
 * line of output is its answer to the failing request.
 */
export function failedRequestLines(outcome: PropertyOutcome, header: RunHeader): string | undefined {
  const req = outcome.failedRequest;
  if (req === undefined) return undefined;
  const hello: HelloRequest = { cmd: 'hello', protocol: PROTOCOL_VERSION, hamcheck: header.hamcheck };
  const request = { seq: 1, cmd: req.cmd, args: toPlainJson(req.args) } as CapabilityRequest;
  const stop: StopRequest = { cmd: 'stop' };
  return [hello, request, stop].map((m) => JSON.stringify(m)).join('\n') + '\n';
}

/**
 * `--dump-request DIR`: writes {@link failedRequestLines} to `DIR/<requestFileName(id)>` atomically and
 * returns the path; `undefined` (nothing written) when the outcome has no single failed request.
 */
export async function writeFailedRequest(dir: string, outcome: PropertyOutcome, header: RunHeader): Promise<string | undefined> {
  const text = failedRequestLines(outcome, header);
  if (text === undefined) return undefined;
  const path = join(dir, requestFileName(outcome.id));
  await writeFileAtomic(path, text);
  return path;
}
