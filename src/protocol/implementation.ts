/**
 * What the property suites see of an implementation: its declared capabilities and one `call` per request.
 *
 * @remarks
 * The same interface is served by the reference in-process ({@link referenceImplementation}) and by any
 * external program over protocol v1 (`ProtocolClient`). A suite asks only for the capabilities it uses;
 * a property whose capability is not declared is reported as not run.
 */
import type { Capability, CapabilityArgs, CapabilityResults } from './capabilities.ts';
import type { ImplementationInfo, Outcome } from './messages.ts';

export interface Implementation {
  readonly info: ImplementationInfo;
  /** The declared capabilities. */
  readonly capabilities: ReadonlySet<Capability>;
  /** Claimed accuracy per capability (the protocol's default where the adapter claims none). */
  readonly accuracy: Readonly<Record<Capability, number>>;
  /** One request; never rejects for a wrong or refused answer — that is an {@link Outcome}. */
  call<C extends Capability>(cmd: C, args: CapabilityArgs[C]): Promise<Outcome<C>>;
  /** Ends the implementation (stops an adapter process). */
  close(): Promise<void>;
}

/** The adapter answered `skipped` to a request of a declared capability. */
export class CapabilitySkipped extends Error {
  override readonly name = 'CapabilitySkipped';
}

/** The adapter answered `errored`, or the transport failed (crash, timeout, malformed answer). */
export class CapabilityErrored extends Error {
  override readonly name = 'CapabilityErrored';
  constructor(
    message: string,
    /** `errored` (the adapter said so), `timeout`, `protocol` (malformed or mis-shaped answer), `crash`. */
    readonly kind: 'errored' | 'timeout' | 'protocol' | 'crash',
  ) {
    super(message);
  }
}

/** The result of a request, or a thrown {@link CapabilitySkipped} / {@link CapabilityErrored}. */
export async function request<C extends Capability>(
  impl: Implementation,
  cmd: C,
  args: CapabilityArgs[C],
): Promise<CapabilityResults[C]> {
  const out = await impl.call(cmd, args);
  if ('result' in out) return out.result;
  if ('skipped' in out) throw new CapabilitySkipped(`${cmd} skipped: ${out.skipped.reason}`);
  const kind = (out.errored as { kind?: CapabilityErrored['kind'] }).kind ?? 'errored';
  throw new CapabilityErrored(`${cmd} errored: ${out.errored.message}`, kind);
}
