/**
 * hamcheck's side of protocol v1: an {@link Implementation} backed by an adapter process.
 *
 * @remarks
 * Handshake ({@link ProtocolClient.start}), then one request at a time, each with a deadline scaled by
 * its cost ({@link requestDeadlineMs}). Whatever the adapter does wrong becomes an `errored` outcome
 * whose message quotes the offending line: malformed JSON, NaN, a wrong `seq`, a schema violation,
 * wrong lengths, an answer on stderr only, a missed deadline, an exit. After a crash, hang or
 * desynchronised stream the process is killed and restarted on the next request, at most
 * `restarts` times; then the client is broken and every further request errors at once.
 */
import { CAPABILITIES, type Capability, type CapabilityArgs, DEFAULT_ACCURACY, isCapability } from '../capabilities.ts';
import type { Implementation } from '../implementation.ts';
import { type HelloReply, type ImplementationInfo, type Outcome, PROTOCOL_VERSION } from '../messages.ts';
import { resultLengthMismatch } from '../resultLengths.ts';
import { schemaViolation } from '../schemas.ts';
import { hamcheckVersion } from '../../packageInfo.ts';
import { AdapterProcess, type ProcessEvent } from './adapterProcess.ts';
import { STARTUP_TIMEOUT_MS, requestDeadlineMs } from './deadlines.ts';

/** Lines quoted in messages are cut to this many characters. */
export const QUOTE_CHARS = 200;
/** Grace period between `stop` and SIGKILL. */
export const STOP_GRACE_MS = 2_000;

export interface ClientOptions {
  /** Stretches every deadline (`--timeout-scale`). */
  timeoutScale?: number;
  /** Restarts allowed after crashes and hangs before the implementation counts as broken. */
  restarts?: number;
  cwd?: string;
}

/** The adapter could not be started or failed the handshake: the run cannot be conducted (exit 2). */
export class AdapterStartError extends Error {
  override readonly name = 'AdapterStartError';
  constructor(message: string, readonly stderr: string) {
    super(message);
  }
}

export type ErroredKind = 'errored' | 'timeout' | 'protocol' | 'crash';

export function quote(line: string): string {
  const flat = line.replace(/\s+/g, ' ');
  return flat.length <= QUOTE_CHARS ? JSON.stringify(flat) : `${JSON.stringify(flat.slice(0, QUOTE_CHARS))}… (${line.length} characters)`;
}

function parseLine(line: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(line) };
  } catch (e) {
    const hint = /\b(NaN|-?Infinity)\b/.test(line) ? ' (JSON has no NaN or Infinity: the protocol forbids them)' : '';
    return { error: `malformed JSON${hint}: ${(e as Error).message}; line ${quote(line)}` };
  }
}

/** Waits for the next event of a process, or for a timeout. */
function nextEvent(proc: AdapterProcess, timeoutMs: number): Promise<ProcessEvent | { type: 'timeout' }> {
  return new Promise((resolve) => {
    let off: () => void = () => {};
    const timer = setTimeout(() => {
      off();
      resolve({ type: 'timeout' });
    }, timeoutMs);
    off = proc.on((e) => {
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}

function describeExit(e: { code: number | null; signal: string | null }): string {
  return e.signal ? `killed by ${e.signal}` : `exited with code ${e.code}`;
}

function stderrNote(proc: AdapterProcess): string {
  const tail = proc.stderr.trim();
  return tail ? `; stderr ends with ${quote(tail.slice(-QUOTE_CHARS))}` : '';
}

async function handshake(command: string, options: ClientOptions): Promise<{ proc: AdapterProcess; hello: HelloReply }> {
  const proc = new AdapterProcess(command, options.cwd);
  proc.send({ cmd: 'hello', protocol: PROTOCOL_VERSION, hamcheck: hamcheckVersion() });
  const timeout = STARTUP_TIMEOUT_MS * (options.timeoutScale ?? 1);
  const fail = (why: string): never => {
    proc.kill();
    throw new AdapterStartError(`adapter ${JSON.stringify(command)}: ${why}${stderrNote(proc)}`, proc.stderr);
  };
  const e = await nextEvent(proc, timeout);
  if (e.type === 'timeout') fail(`no hello reply within ${(timeout / 1000).toFixed(1)} s (--timeout-scale k stretches it)${proc.stderr.trim() ? ' (it wrote only to stderr)' : ''}`);
  if (e.type === 'spawn-error') fail(`could not start: ${e.message}`);
  if (e.type === 'exit') fail(`${describeExit(e)} before answering hello`);
  if (e.type === 'flood') fail(`flooded stdout with a line of over ${e.bytes} characters, starting ${quote(e.head.slice(0, QUOTE_CHARS))}…`);
  const line = (e as { line: string }).line;
  const parsed = parseLine(line);
  if (parsed.error) fail(`hello reply: ${parsed.error}`);
  const reply = parsed.value as Partial<HelloReply>;
  if (reply && typeof reply === 'object' && typeof reply.protocol === 'number' && reply.protocol !== PROTOCOL_VERSION) {
    fail(`speaks protocol ${reply.protocol}, hamcheck speaks protocol ${PROTOCOL_VERSION}`);
  }
  const bad = schemaViolation('hello.reply', reply, 'hello');
  if (bad) fail(`hello reply does not fit protocol v1: ${bad}; line ${quote(line)}`);
  return { proc, hello: reply as HelloReply };
}

export class ProtocolClient implements Implementation {
  readonly info: ImplementationInfo;
  readonly capabilities: ReadonlySet<Capability>;
  readonly accuracy: Readonly<Record<Capability, number>>;
  /** Capabilities the adapter declared that protocol v1 does not know (reported, never sent). */
  readonly unknownCapabilities: string[];
  /** Restarts used so far. */
  restartsUsed = 0;
  private broken: string | undefined;
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private proc: AdapterProcess | undefined;
  private strayLine: string | undefined;

  private constructor(
    readonly command: string,
    private readonly options: ClientOptions,
    proc: AdapterProcess,
    hello: HelloReply,
  ) {
    this.proc = proc;
    this.info = hello.implementation;
    this.capabilities = new Set(hello.capabilities.filter(isCapability));
    this.unknownCapabilities = hello.capabilities.filter((c) => !isCapability(c));
    const claimed = hello.accuracy ?? {};
    this.accuracy = Object.fromEntries(CAPABILITIES.map((c) => [c, claimed[c] ?? DEFAULT_ACCURACY[c]])) as Record<Capability, number>;
    this.claimed = claimed;
    this.watch(proc);
  }

  /** The accuracy claims exactly as the hello reply gave them (for the report). */
  readonly claimed: Partial<Record<Capability, number>>;

  /** Starts the adapter and performs the handshake; throws {@link AdapterStartError}. */
  static async start(command: string, options: ClientOptions = {}): Promise<ProtocolClient> {
    const { proc, hello } = await handshake(command, options);
    return new ProtocolClient(command, options, proc, hello);
  }

  /** Why the implementation counts as broken (restart budget exhausted), if it does. */
  get brokenReason(): string | undefined {
    return this.broken;
  }

  /** The last diagnostics of the current adapter process. */
  get stderr(): string {
    return this.proc?.stderr ?? '';
  }

  call<C extends Capability>(cmd: C, args: CapabilityArgs[C]): Promise<Outcome<C>> {
    const run = this.queue.then(() => this.callNow(cmd, args));
    this.queue = run.catch(() => {});
    return run;
  }

  async close(): Promise<void> {
    await this.queue;
    const proc = this.proc;
    this.proc = undefined;
    if (!proc || !proc.alive) return;
    proc.send({ cmd: 'stop' });
    await proc.end(STOP_GRACE_MS);
  }

  private watch(proc: AdapterProcess): void {
    // lines that arrive while no request is outstanding desynchronise the stream
    proc.on((e) => {
      if (e.type === 'line' && !this.awaiting && this.strayLine === undefined) this.strayLine = e.line;
    });
  }

  private awaiting = false;
  /** The message of the last request's fault that ended the process (for the restart budget's report). */
  private lastFault: string | undefined;

  private errored<C extends Capability>(message: string, kind: ErroredKind): Outcome<C> {
    return { errored: { message, kind } } as Outcome<C>;
  }

  private async ensureProcess(): Promise<AdapterProcess | string> {
    if (this.broken) return this.broken;
    if (this.proc && this.proc.alive && this.strayLine === undefined) return this.proc;
    // the fault of the previous request, when it ended the process, says more than the lines after it
    const ended = this.proc !== undefined && !this.proc.alive && this.lastFault !== undefined;
    const why = ended ? this.lastFault : this.strayLine !== undefined ? `it wrote a line nobody asked for: ${quote(this.strayLine)}` : 'it was no longer running';
    this.proc?.kill();
    this.strayLine = undefined;
    if (this.restartsUsed >= (this.options.restarts ?? 3)) {
      this.broken = `implementation broken: restart budget of ${this.options.restarts ?? 3} used up (last: ${why})`;
      return this.broken;
    }
    this.restartsUsed++;
    try {
      const { proc } = await handshake(this.command, this.options);
      this.proc = proc;
      this.watch(proc);
      return proc;
    } catch (e) {
      this.broken = `implementation broken: restart ${this.restartsUsed} failed: ${(e as Error).message}`;
      return this.broken;
    }
  }

  private async callNow<C extends Capability>(cmd: C, args: CapabilityArgs[C]): Promise<Outcome<C>> {
    const proc = await this.ensureProcess();
    if (typeof proc === 'string') return this.errored(proc, 'crash');
    this.lastFault = undefined;
    const seq = ++this.seq;
    const deadline = requestDeadlineMs(cmd, args, this.options.timeoutScale ?? 1);
    this.awaiting = true;
    const events = nextEvent(proc, deadline);
    proc.send({ seq, cmd, args });
    const e = await events;
    this.awaiting = false;
    const restart = (message: string, kind: ErroredKind): Outcome<C> => {
      proc.kill();
      this.lastFault = message;
      return this.errored(message, kind);
    };
    if (e.type === 'timeout') {
      const where = proc.stderr.trim() ? ' (it wrote to stderr only, never to stdout)' : '';
      return restart(`${cmd} (seq ${seq}): no answer within ${(deadline / 1000).toFixed(1)} s (--timeout-scale k stretches it)${where}${stderrNote(proc)}`, 'timeout');
    }
    if (e.type === 'exit') return restart(`${cmd} (seq ${seq}): the adapter ${describeExit(e)} while answering${stderrNote(proc)}`, 'crash');
    if (e.type === 'flood') return restart(`${cmd} (seq ${seq}): the adapter flooded stdout (a line of over ${e.bytes} characters, starting ${quote(e.head.slice(0, QUOTE_CHARS))}…)`, 'protocol');
    if (e.type === 'spawn-error') return this.errored(`${cmd}: ${e.message}`, 'crash');
    const line = e.line;
    const parsed = parseLine(line);
    if (parsed.error) return restart(`${cmd} (seq ${seq}): ${parsed.error}`, 'protocol');
    const msg = parsed.value as { seq?: unknown; result?: unknown; skipped?: { reason: string }; errored?: { message: string } };
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) return restart(`${cmd} (seq ${seq}): not a JSON object: ${quote(line)}`, 'protocol');
    if (msg.seq !== seq) return restart(`${cmd}: expected seq ${seq}, got ${JSON.stringify(msg.seq)}: ${quote(line)}`, 'protocol');
    const envelope = schemaViolation('response', msg, 'response');
    if (envelope) return this.errored(`${cmd} (seq ${seq}): ${envelope}: ${quote(line)}`, 'protocol');
    if (msg.skipped) return { skipped: msg.skipped };
    if (msg.errored) return this.errored(`the adapter answered errored: ${msg.errored.message}`, 'errored');
    const bad = schemaViolation(`${cmd}.result`, msg.result, 'result');
    if (bad) return this.errored(`${cmd} (seq ${seq}): ${bad}: ${quote(line)}`, 'protocol');
    const mismatch = resultLengthMismatch(cmd, args, msg.result);
    if (mismatch) return this.errored(`${cmd} (seq ${seq}): ${mismatch.path}: expected ${mismatch.expected}, got ${mismatch.got}`, 'protocol');
    return { result: msg.result } as Outcome<C>;
  }
}
