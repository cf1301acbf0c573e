import type { DynamicsImplementation } from './dynamicsImplementation.ts';
import { referenceDynamics } from './referenceDynamics.ts';

/**
 * The implementation the dynamics suites run against: the reference by default. The conformance
 * protocol (a later issue) returns an adapter over JSON Lines here, so no suite changes.
 */
export function currentDynamics(): DynamicsImplementation {
  return referenceDynamics;
}
