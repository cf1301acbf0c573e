/**
 * The reference as an {@link Implementation}, in-process: every capability, answered by
 * {@link referenceHandlers}.
 *
 * @remarks
 * Results are passed through `JSON.parse(JSON.stringify(…))`-equivalent plain arrays already (the handlers
 * build plain JSON), so the suites see exactly what they would see over the process boundary. A thrown
 * error becomes an `errored` answer, as `hamcheck serve` would send it.
 */
import { CAPABILITIES, type Capability, DEFAULT_ACCURACY } from '../capabilities.ts';
import type { Implementation } from '../implementation.ts';
import type { Outcome } from '../messages.ts';
import { hamcheckVersion } from '../../packageInfo.ts';
import { referenceHandlers } from './referenceHandlers.ts';

/**
 * The accuracy the reference claims: exact populations |ΔP_µ| ≤ 2·10⁻¹² (|‖a‖² − ‖b‖²| ≤ 2‖a − b‖ for
 * unit vectors, with the Chebyshev state bound ‖δψ‖ ≤ 10⁻¹²); closed forms to the protocol default.
 */
export const REFERENCE_ACCURACY: Readonly<Record<Capability, number>> = { ...DEFAULT_ACCURACY, 'exact.populations': 2e-12 };

export function answer<C extends Capability>(cmd: C, args: unknown): Outcome<C> {
  try {
    const handler = referenceHandlers[cmd] as (a: unknown) => Outcome<C> extends { result: infer R } ? R : never;
    return { result: handler(args) } as Outcome<C>;
  } catch (e) {
    return { errored: { message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } };
  }
}

export function referenceImplementation(): Implementation {
  return {
    info: { name: 'hamcheck reference', version: hamcheckVersion(), language: 'typescript' },
    capabilities: new Set(CAPABILITIES),
    accuracy: REFERENCE_ACCURACY,
    call: async (cmd, args) => answer(cmd, args),
    close: async () => {},
  };
}
