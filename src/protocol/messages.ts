/**
 * The messages of conformance protocol v1 (JSON Lines on the adapter's stdin/stdout).
 *
 * @remarks
 * hamcheck → adapter: {@link HelloRequest}, then {@link CapabilityRequest}s one at a time, then
 * {@link StopRequest}. adapter → hamcheck: one {@link HelloReply}, then one {@link Response} per request,
 * echoing its `seq`. Schemas: `protocol/v1/*.schema.json`.
 */
import type { Capability, CapabilityArgs, CapabilityResults } from './capabilities.ts';

export const PROTOCOL_VERSION = 1;

export interface HelloRequest {
  cmd: 'hello';
  protocol: number;
  hamcheck: string;
}

export interface ImplementationInfo {
  name: string;
  version: string;
  language?: string;
}

export interface HelloReply {
  protocol: number;
  implementation: ImplementationInfo;
  capabilities: string[];
  /** Claimed absolute (closed forms: relative) accuracy per capability. */
  accuracy?: Partial<Record<Capability, number>>;
}

export interface CapabilityRequest<C extends Capability = Capability> {
  seq: number;
  cmd: C;
  args: CapabilityArgs[C];
}

export interface StopRequest {
  cmd: 'stop';
}

/** One of the three answers to a request. */
export type Outcome<C extends Capability = Capability> =
  | { result: CapabilityResults[C] }
  | { skipped: { reason: string } }
  | { errored: { message: string } };

export type Response<C extends Capability = Capability> = { seq: number } & Outcome<C>;
