import { finiteNumber, integer, oneOf } from '../validate/fields.ts';

/**
 * The rules of the model fields every hamcheck model shares — the chain of Sec. II
 * (./validateModelSpec.ts) and the two-subunit transport model of Sec. VII
 * (src/transport/transportModel.ts) — so one field is validated the same way wherever it appears.
 *
 * @remarks Each throws a HamcheckInputError naming `field` and the allowed range (src/validate/fields.ts).
 */

/** n: levels per band, an integer ≥ 1. */
export function levelsField(value: unknown, field: string): number {
  return integer(value, field, { ge: 1 });
}

/** δε: the band width, a finite number > 0. */
export function bandWidthField(value: unknown, field: string): number {
  return finiteNumber(value, field, { gt: 0 });
}

/** ΔE: the gap, a finite number > 0 (default 1). */
export function gapField(value: unknown, field: string): number {
  return finiteNumber(value, field, { gt: 0 }, 1);
}

/** λ: the coupling strength, a finite number ≥ 0. */
export function couplingField(value: unknown, field: string): number {
  return finiteNumber(value, field, { ge: 0 });
}

/** The random-matrix ensemble of the couplings: "GUE" (default) or "GOE". */
export function ensembleField(value: unknown, field: string): 'GUE' | 'GOE' {
  return oneOf(value, field, ['GUE', 'GOE'] as const, 'GUE');
}

/** The seed of the coupling draw: an integer in [0, 2³²) (default 1). */
export function seedField(value: unknown, field: string): number {
  return integer(value, field, { ge: 0, le: 2 ** 32 - 1 }, 1);
}
