/**
 * A complex vector stored as two `Float64Array`s of equal length (real and imaginary parts): the one
 * complex vector type of hamcheck.
 *
 * @remarks
 * Component i is `re[i] + i·im[i]`. States ψ of the single-excitation chain (basis |µ, k⟩ at index
 * (µ−1)n + k, docs/conventions.md), transport-sector states and Lanczos start vectors all use it.
 */
export interface ComplexVector {
  re: Float64Array;
  im: Float64Array;
}
