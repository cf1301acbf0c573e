import type fc from 'fast-check';
import type { GeneralModel, GeneralModelSpec } from '../model/graph/generalModel.ts';

/**
 * A HAM variant as a plug-in: a TypeScript/JavaScript module exporting (as `default`, as `variant`, or as its
 * own top-level exports) a name, a family of models and a prediction of the site populations.
 *
 * @remarks
 * `family` draws plain {@link GeneralModelSpec}s (fast-check arbitraries; order the tuple so shrinking reaches
 * the smallest model first, e.g. N, then n). `predict(model, p0, times)` returns one array of N populations
 * P_µ(t_j) per time, given the built model and the exact P_µ(0) — or a promise of them (an external program over
 * protocol v1, src/variant/protocolVariant.ts). `hamcheck variant` compares it with the exact
 * dynamics of every sampled model (docs/variants.md).
 */
export interface HamVariant {
  name: string;
  description?: string;
  family: fc.Arbitrary<GeneralModelSpec>;
  predict(model: GeneralModel, p0: Float64Array, times: Float64Array): ArrayLike<number>[] | Promise<ArrayLike<number>[]>;
}
