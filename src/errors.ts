/**
 * Typed errors of hamcheck.
 *
 * @remarks
 * Every error that bad user input can cause is a {@link HamcheckInputError}: it names the offending
 * field (a JSON path such as `model.levels`) and the allowed range, so the CLI can print one clear
 * line instead of a stack trace.
 */
export class HamcheckInputError extends Error {
  override readonly name = 'HamcheckInputError';
  /** JSON path of the offending field, e.g. `model.bandWidth`. */
  readonly field: string;
  /** Human-readable statement of what is allowed, e.g. `a finite number > 0`. */
  readonly allowed: string;
  /** The value received (stringified for the message). */
  readonly received: unknown;

  constructor(field: string, allowed: string, received: unknown, detail?: string) {
    super(`${field}: expected ${allowed}, got ${describe(received)}${detail ? ` (${detail})` : ''}`);
    this.field = field;
    this.allowed = allowed;
    this.received = received;
  }
}

/** Thrown when a requested computation would need more memory than the stated limit. */
export class HamcheckResourceError extends Error {
  override readonly name = 'HamcheckResourceError';
  readonly field: string;
  readonly bytesNeeded: number;
  readonly bytesAllowed: number;

  constructor(field: string, bytesNeeded: number, bytesAllowed: number, what: string) {
    super(
      `${field}: ${what} would need ${formatBytes(bytesNeeded)}, above the limit of ${formatBytes(bytesAllowed)}` +
        ' (set HAMCHECK_MEMORY_LIMIT_MB to raise it)',
    );
    this.field = field;
    this.bytesNeeded = bytesNeeded;
    this.bytesAllowed = bytesAllowed;
  }
}

/** A numerical routine could not reach its stated accuracy (e.g. an eigensolver that did not converge). */
export class HamcheckNumericalError extends Error {
  override readonly name = 'HamcheckNumericalError';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  return `${Math.round(bytes / 1024)} KiB`;
}

function describe(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return 'nothing (field missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value;
}
