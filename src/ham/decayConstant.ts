/**
 * Golden-rule decay constant κ = 2πλ²n/(ħ δε), eq. (27), with ħ = 1.
 *
 * @remarks Valid under the criteria (29), see {@link criteria}. Units: ΔE/ħ when λ, δε are in ΔE.
 */
export function decayConstant(model: { coupling: number; levels: number; bandWidth: number }): number {
  return (2 * Math.PI * model.coupling * model.coupling * model.levels) / model.bandWidth;
}
