/**
 * Level energies of one excited band (docs/conventions.md, units and level grid).
 *
 * @remarks
 * E_k = ΔE − δε/2 + (k + ½)·δε/n, k = 0 … n−1: n levels spread evenly over the width δε, spacing δε/n,
 * density of states n/δε, centred on the gap ΔE.
 */
export function bandLevels(levels: number, bandWidth: number, gap: number): Float64Array {
  const out = new Float64Array(levels);
  const spacing = bandWidth / levels;
  for (let k = 0; k < levels; k++) out[k] = gap - bandWidth / 2 + (k + 0.5) * spacing;
  return out;
}
