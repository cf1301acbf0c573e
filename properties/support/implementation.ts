/**
 * The operations the property suites need from an implementation of the paper's Sec. II–IV.
 *
 * @remarks
 * Suites under `properties/` see an implementation only through this interface, so the same suites can
 * later run against an external implementation (e.g. over JSON Lines): every argument and result is
 * plain JSON-able data (numbers, arrays of numbers, the {@link ModelSpec} a user writes). All methods
 * are asynchronous for the same reason.
 *
 * Conventions (docs/conventions.md): ħ = 1; sites 1-based in arguments; dense matrices are row-major in the
 * single-excitation basis |µ, k⟩ at index (µ−1)·n + k, dimension d = N·n.
 */
import type { ModelSpec } from '../../src/model/modelSpec.ts';
import type { DynamicsImplementation } from './dynamicsImplementation.ts';

export type { ModelSpec };

/** A dense complex matrix, row-major, as two real arrays. */
export interface MatrixData {
  rows: number;
  cols: number;
  re: ArrayLike<number>;
  im: ArrayLike<number>;
}

/** The Dyson operators (9), (10) and the decomposition (16) at one step τ. */
export interface DysonOperators {
  /** Û⁽¹⁾(τ), eq. (9). */
  first: MatrixData;
  /** Û⁽²⁾(τ), eq. (10). */
  second: MatrixData;
  /** Û⁽²⁾_diag, eq. (16): the blocks (µ, µ) of Û⁽²⁾. */
  secondDiag: MatrixData;
  /** Û⁽²⁾_off, eq. (16): the blocks (µ, µ±2) of Û⁽²⁾. */
  secondOff: MatrixData;
}

/** The operator algebra of Sec. II–IV (Dyson expansion, transition operators, golden-rule traces). */
export interface DysonImplementation {
  /** Shown in test titles and failure messages. */
  readonly name: string;
  /** The dense Hamiltonian (3), (6), (7) of the model: diag(E) plus the coupling blocks λv. */
  hamiltonian(model: ModelSpec): Promise<MatrixData>;
  /** P̂_µν, eq. (4)–(5): the n×n unit block at (µ, ν); 1 ≤ µ, ν ≤ N (out of range must be refused). */
  transitionOperator(sites: number, levels: number, mu: number, nu: number): Promise<MatrixData>;
  /** Û⁽¹⁾, Û⁽²⁾, Û⁽²⁾_diag, Û⁽²⁾_off at time step τ (interaction picture w.r.t. Ĥ₀ = diag(E)). */
  dysonOperators(model: ModelSpec, tau: number): Promise<DysonOperators>;
  /**
   * The exact interaction-picture propagator e^{iĤ₀τ}e^{−iĤτ}. Contract: entrywise error at most
   * 64·d·ε·(1 + log₂(1 + ‖(Ĥ − c)τ‖₁)) for a scalar shift c inside the spectrum (the accuracy of a
   * scaling-and-squaring exponential; the suites rely on it only as a rounding floor).
   */
  interactionPropagator(model: ModelSpec, tau: number): Promise<MatrixData>;
  /**
   * The one-bond traces T_µ = Tr{u⁽¹⁾_{µ,µ+1} u⁽¹⁾_{µ+1,µ}} = Tr_µ{Û⁽¹⁾P̂_{µ+1,µ+1}Û⁽¹⁾}, µ = 1 … N−1
   * (N−1 numbers), computed without dense (Nn)² matrices so that n of a few hundred is cheap.
   */
  bondTraces(model: ModelSpec, tau: number): Promise<number[]>;
}

/** Everything the suites need: the operator algebra and the dynamics (exact and HAM). */
export interface Implementation extends DysonImplementation, DynamicsImplementation {}

/**
 * The implementation under test. Today always the reference implementation; a later issue selects an
 * external one here (e.g. by an environment variable) without touching the suites.
 */
export async function implementationUnderTest(): Promise<Implementation> {
  const { referenceImplementation } = await import('./referenceImplementation.ts');
  return referenceImplementation;
}
