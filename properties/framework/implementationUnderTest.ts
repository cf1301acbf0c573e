/**
 * The implementation the vitest-run suites check: the reference in-process, or — with
 * `HAMCHECK_IMPL="<adapter command>"` — any program speaking protocol v1.
 */
import type { Implementation } from '../../src/protocol/implementation.ts';
import { ProtocolClient } from '../../src/protocol/client/protocolClient.ts';
import { referenceImplementation } from '../../src/protocol/reference/referenceImplementation.ts';

export async function implementationUnderTest(): Promise<Implementation> {
  const command = process.env.HAMCHECK_IMPL;
  return command ? ProtocolClient.start(command) : referenceImplementation();
}
