import type fc from 'fast-check';
import type { GeneralModelSpec } from '../model/graph/generalModel.ts';
import type { WireGraph } from '../protocol/capabilities.ts';
import { request, type Implementation } from '../protocol/implementation.ts';
import type { HamVariant } from './variant.ts';

/** The wire form of a general model: its plain parameters (`hamcheck-model/2` fields), no arrays. */
export function wireGraphOf(spec: GeneralModelSpec): WireGraph {
  return {
    topology: spec.topology,
    sites: spec.sites.map((s) => ({ levels: s.levels, bandWidth: s.bandWidth, ...(s.offset ? { offset: s.offset } : {}) })),
    bonds: spec.bonds.map((b) => ({ sites: [b.sites[0], b.sites[1]], coupling: b.coupling, ...(b.structure ? { structure: { ...b.structure } } : {}) })),
    gap: spec.gap,
    ensemble: spec.ensemble,
    seed: spec.seed,
  };
}

/**
 * A variant whose prediction an external implementation answers: one `ham.graphPopulations` request per
 * model and initial state (protocol v1, PROTOCOL.md), over the given family.
 *
 * @remarks An `errored` or `skipped` answer, a timeout or a crash rejects the prediction with
 * {@link CapabilityErrored} / {@link CapabilitySkipped}; `hamcheck variant` reports it as "could not run".
 */
export function protocolVariant(impl: Implementation, family: fc.Arbitrary<GeneralModelSpec>, familyName: string): HamVariant {
  return {
    name: `${impl.info.name} ${impl.info.version}`,
    description: `An external implementation over protocol v1 (ham.graphPopulations), on the family ${familyName}.`,
    family,
    async predict(model, p0, times) {
      const { populations } = await request(impl, 'ham.graphPopulations', { model: wireGraphOf(model.spec), p0: Array.from(p0), times: Array.from(times) });
      return populations;
    },
  };
}
