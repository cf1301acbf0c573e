import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Version of a benchmark: 16 hex digits of SHA-256 over the source of the module that defines it (the
 * task's own code, not the code it times) and the JSON of its inputs.
 *
 * @remarks A changed task definition or input starts a new series, so `compare` and `history` never put
 * two different benchmarks side by side; a change of the timed library code keeps the series (that is
 * what is tracked). `moduleUrl` is the defining module's `import.meta.url` (a .ts file from a checkout, .js
 * when built: the two builds are separate series).
 */
export function versionHash(moduleUrl: string, inputs: unknown): string {
  const h = createHash('sha256');
  h.update(readFileSync(fileURLToPath(moduleUrl)));
  h.update('\0');
  h.update(JSON.stringify(inputs));
  return h.digest('hex').slice(0, 16);
}

/** Hash over several versions (a fit over many tasks). */
export function combinedVersion(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);
}
