/**
 * One adapter process: started through the shell, its stdout split into protocol lines, its stderr kept
 * as diagnostics (never parsed).
 *
 * @remarks
 * Lines longer than {@link MAX_LINE_BYTES} are not buffered without bound: the process is reported as
 * flooding and killed. Everything that can go wrong with the process (it cannot start, exits, floods)
 * arrives as an event, never as an exception in hamcheck.
 */
import { type ChildProcess, spawn } from 'node:child_process';

/** The longest protocol line accepted: a d = 1000 Dyson answer (4 matrices of 10⁶ complex entries ≈ 100 MB) fits. */
export const MAX_LINE_BYTES = 256 * 2 ** 20;
/** Diagnostics kept from stderr (the tail). */
export const STDERR_KEEP_BYTES = 64 * 1024;
/** After an exit, how long to wait for the pipes to drain before reporting it. */
const EXIT_DRAIN_MS = 500;
/** Characters of a flooding line's start kept for the report (the client quotes a part of them). */
const FLOOD_HEAD_CHARS = 1000;

export type ProcessEvent =
  | { type: 'line'; line: string }
  | { type: 'exit'; code: number | null; signal: string | null }
  | { type: 'flood'; bytes: number; head: string }
  | { type: 'spawn-error'; message: string };

export class AdapterProcess {
  private readonly child: ChildProcess;
  private pending = '';
  private pendingBytes = 0;
  /** The first characters of the pending line, kept apart so a flood report never copies the whole line. */
  private pendingHead = '';
  private stderrTail = '';
  private exited = false;
  private killed = false;
  private readonly listeners = new Set<(e: ProcessEvent) => void>();
  private readonly backlog: ProcessEvent[] = [];

  constructor(readonly command: string, cwd = process.cwd()) {
    this.child = spawn(command, { shell: true, cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    this.child.stdout!.setEncoding('utf8');
    this.child.stderr!.setEncoding('utf8');
    this.child.stdout!.on('data', (chunk: string) => this.onStdout(chunk));
    this.child.stderr!.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-STDERR_KEEP_BYTES);
    });
    this.child.stdin!.on('error', () => {}); // EPIPE after the adapter died: the exit event reports it
    this.child.on('error', (e) => this.emit({ type: 'spawn-error', message: e.message }));
    this.child.on('exit', (code, signal) => {
      this.exited = true;
      // 'exit' can come before the last stdout/stderr data (a crash's stderr line, an answer written just
      // before exiting): report it once both pipes are drained ('close'), or after EXIT_DRAIN_MS if a
      // grandchild still holds them open
      let reported = false;
      const report = () => {
        if (reported) return;
        reported = true;
        clearTimeout(timer);
        this.emit({ type: 'exit', code, signal });
      };
      const timer = setTimeout(report, EXIT_DRAIN_MS);
      this.child.once('close', report);
    });
  }

  /** False once it exited or was killed (the exit event of a kill may still be on its way). */
  get alive(): boolean {
    return !this.exited && !this.killed;
  }

  /** The last {@link STDERR_KEEP_BYTES} of stderr. */
  get stderr(): string {
    return this.stderrTail;
  }

  /** Subscribes to events; events that arrived while nobody listened are delivered first. */
  on(listener: (e: ProcessEvent) => void): () => void {
    this.listeners.add(listener);
    while (this.backlog.length > 0 && this.listeners.has(listener)) listener(this.backlog.shift()!);
    return () => this.listeners.delete(listener);
  }

  send(message: unknown): void {
    if (this.exited || !this.child.stdin!.writable) return;
    this.child.stdin!.write(`${JSON.stringify(message)}\n`);
  }

  /** SIGKILL to the whole process group (the shell and what it started). */
  kill(): void {
    if (this.exited) return;
    this.killed = true;
    try {
      if (this.child.pid !== undefined && process.platform !== 'win32') process.kill(-this.child.pid, 'SIGKILL');
      else this.child.kill('SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }

  /** Closes stdin and waits up to `graceMs` for the exit, then kills. */
  async end(graceMs: number): Promise<void> {
    if (this.exited) return;
    this.child.stdin!.end();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.kill();
        resolve();
      }, graceMs);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private onStdout(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      const line = this.pending + chunk.slice(start, nl);
      this.pending = '';
      this.pendingBytes = 0;
      this.pendingHead = '';
      start = nl + 1;
      if (line.trim() !== '') this.emit({ type: 'line', line: line.replace(/\r$/, '') });
    }
    const rest = chunk.slice(start);
    this.pending += rest;
    this.pendingBytes += rest.length;
    if (this.pendingHead.length < FLOOD_HEAD_CHARS) this.pendingHead += rest.slice(0, FLOOD_HEAD_CHARS - this.pendingHead.length);
    if (this.pendingBytes > MAX_LINE_BYTES) {
      const bytes = this.pendingBytes;
      const head = this.pendingHead;
      this.pending = '';
      this.pendingHead = '';
      this.pendingBytes = 0;
      this.emit({ type: 'flood', bytes, head });
      this.kill();
    }
  }

  private emit(e: ProcessEvent): void {
    if (this.listeners.size === 0) this.backlog.push(e);
    else for (const l of [...this.listeners]) l(e);
  }
}
