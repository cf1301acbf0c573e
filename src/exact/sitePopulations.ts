/**
 * Site populations P_µ = ⟨ψ|P̂_µµ|ψ⟩ = Σ_k |ψ_µk|², eq. (11), written into `out[µ]` (0-based µ).
 */
export function sitePopulations(
  re: Float64Array,
  im: Float64Array,
  sites: number,
  levels: number,
  out: Float64Array = new Float64Array(sites),
): Float64Array {
  for (let mu = 0; mu < sites; mu++) {
    let s = 0;
    const off = mu * levels;
    for (let k = 0; k < levels; k++) s += re[off + k] * re[off + k] + im[off + k] * im[off + k];
    out[mu] = s;
  }
  return out;
}
