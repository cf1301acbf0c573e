/**
 * The multi-band model: subunits with several bands, each band a site with its own offset
 * (src/model/graph/generalModel.ts). The golden rule transfers only between levels of equal energy, so a bond
 * carries the rate 2πλ²·ρ_ν·(overlap of the two bands)/δε: full between like bands, none between bands that
 * do not overlap. This variant uses that law; the generalized HAM beside it (which assumes every bond resonant)
 * sends population into the upper bands, where the exact dynamics puts almost none.
 */
import type { GeneralModelSpec } from '../../src/model/graph/generalModel.ts';
import { generalizedHamPredict } from '../../src/variant/evaluateVariant.ts';
import type { HamVariant } from '../../src/variant/variant.ts';
import { multiBandChains } from './families.ts';

/** Energy overlap of the bands of two sites, [ΔE + o ± δε/2]. */
function overlap(a: GeneralModelSpec['sites'][number], b: GeneralModelSpec['sites'][number]): number {
  const lo = Math.max((a.offset ?? 0) - a.bandWidth / 2, (b.offset ?? 0) - b.bandWidth / 2);
  const hi = Math.min((a.offset ?? 0) + a.bandWidth / 2, (b.offset ?? 0) + b.bandWidth / 2);
  return Math.max(0, hi - lo);
}

/**
 * The overlap law as the generalized HAM on an equivalent model: with equal widths δε, λ'_b = λ_b·√(overlap/δε)
 * gives 2πλ'²ρ_ν = 2πλ²ρ_ν·overlap/δε in both directions (detailed balance kept).
 */
function resonantModel(spec: GeneralModelSpec): GeneralModelSpec {
  const width = spec.sites[0].bandWidth;
  if (spec.sites.some((s) => s.bandWidth !== width)) throw new Error('multiBand: the overlap law here assumes equal band widths');
  return { ...spec, bonds: spec.bonds.map((b) => ({ ...b, coupling: b.coupling * Math.sqrt(overlap(spec.sites[b.sites[0] - 1], spec.sites[b.sites[1] - 1]) / width) })) };
}

const variant: HamVariant = {
  name: 'multi-band',
  description: 'Two bands per subunit, split by 2–3 band widths, coupled band to band and across; golden-rule rates weighted by the bands’ energy overlap.',
  family: multiBandChains,
  predict: (model, p0, times) => generalizedHamPredict({ ...model, spec: resonantModel(model.spec) }, p0, times),
};
export default variant;
