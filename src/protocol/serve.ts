/**
 * `hamcheck serve`: the reference speaking protocol v1 on stdin/stdout, one handler per command.
 *
 * @remarks
 * stdout carries only protocol lines. Arguments are checked against `protocol/v1/capabilities/*.args`
 * before any compute; a bad request or a failing computation is answered `errored` (naming the field)
 * and the server goes on. `stop` or the end of stdin ends it.
 */
import { createInterface } from 'node:readline';
import { CAPABILITIES, isCapability } from './capabilities.ts';
import { type HelloReply, PROTOCOL_VERSION } from './messages.ts';
import { REFERENCE_ACCURACY, answer } from './reference/referenceImplementation.ts';
import { schemaViolation } from './schemas.ts';
import { hamcheckVersion } from '../packageInfo.ts';

export function helloReply(): HelloReply {
  return {
    protocol: PROTOCOL_VERSION,
    implementation: { name: 'hamcheck reference', version: hamcheckVersion(), language: 'typescript' },
    capabilities: [...CAPABILITIES],
    accuracy: { ...REFERENCE_ACCURACY },
  };
}

/** The answer to one protocol line (`undefined` for `stop`). */
export function respond(line: string): unknown {
  let msg: { cmd?: unknown; seq?: unknown; args?: unknown; protocol?: unknown };
  try {
    msg = JSON.parse(line);
  } catch (e) {
    return { seq: -1, errored: { message: `malformed JSON: ${(e as Error).message}` } };
  }
  if (msg === null || typeof msg !== 'object') return { seq: -1, errored: { message: 'a request must be a JSON object' } };
  if (msg.cmd === 'hello') return helloReply();
  if (msg.cmd === 'stop') return undefined;
  const seq = Number.isInteger(msg.seq) ? (msg.seq as number) : -1;
  const envelope = schemaViolation('request', msg, 'request');
  if (envelope || !isCapability(msg.cmd)) return { seq, errored: { message: envelope ?? `unknown command ${JSON.stringify(msg.cmd)}` } };
  const bad = schemaViolation(`${msg.cmd}.args`, msg.args, 'args');
  if (bad) return { seq, errored: { message: bad } };
  return { seq, ...answer(msg.cmd, msg.args) };
}

/** Serves until `stop` or end of input; resolves with the exit code. */
export async function serve(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const reply = respond(line);
    if (reply === undefined) break;
    const text = JSON.stringify(reply);
    if (!output.write(`${text}\n`)) await new Promise((r) => output.once('drain', r));
  }
  lines.close();
  return 0;
}
