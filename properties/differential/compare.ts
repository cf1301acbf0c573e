/**
 * Comparison of an implementation's answer with the reference's on the same explicit input.
 *
 * @remarks
 * The tolerance is the implementation's claim (or the protocol default) but never below the reference's
 * own floor, plus the reference's own error: |a − r| ≤ max(claim, floor) + refError, so a correct
 * implementation at exactly its claimed accuracy cannot fail.
 */
import type { Capability, CapabilityArgs, CapabilityResults } from '../../src/protocol/capabilities.ts';
import { type Implementation, request } from '../../src/protocol/implementation.ts';
import { REFERENCE_ACCURACY, answer } from '../../src/protocol/reference/referenceImplementation.ts';

/** The reference's result, in-process (a thrown error here is a bug of the suite, not of the adapter). */
export function referenceResult<C extends Capability>(cmd: C, args: CapabilityArgs[C]): CapabilityResults[C] {
  const out = answer(cmd, args);
  if (!('result' in out)) throw new Error(`the reference refused its own test input for ${cmd}: ${JSON.stringify(out)}`);
  return out.result;
}

/** Both answers to one request: the implementation's and the reference's. */
export async function bothAnswers<C extends Capability>(impl: Implementation, cmd: C, args: CapabilityArgs[C]) {
  const theirs = await request(impl, cmd, args);
  return { theirs, ours: referenceResult(cmd, args) };
}

/** The allowed absolute difference for a capability, before any scale. */
export function allowed(impl: Implementation, cmd: Capability, floor: number): number {
  return Math.max(impl.accuracy[cmd], floor) + REFERENCE_ACCURACY[cmd];
}

/** Largest |a_i − b_i| over two flat arrays, with its index. */
export function maxAbsDiff(a: readonly number[], b: readonly number[]): { delta: number; at: number } {
  let delta = 0;
  let at = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (!(d <= delta)) {
      delta = d;
      at = i;
    }
  }
  return { delta, at };
}

/** Largest |a_i − b_i|/max(|b_i|, tiny) — relative comparison of closed forms. */
export function maxRelDiff(a: readonly number[], b: readonly number[], tiny: number): { delta: number; at: number } {
  let delta = 0;
  let at = 0;
  for (let i = 0; i < b.length; i++) {
    const d = Math.abs(a[i] - b[i]) / Math.max(Math.abs(b[i]), tiny);
    if (!(d <= delta)) {
      delta = d;
      at = i;
    }
  }
  return { delta, at };
}
