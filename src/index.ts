/**
 * hamcheck's public API: `import { buildChainModel, propagate, kappa, … } from 'hamcheck'`.
 *
 * @remarks
 * A thin re-export of the reference implementation of the HAM model of heat conduction (Michel, Gemmer &
 * Mahler, cond-mat/0511727); equation numbers are the paper's, conventions in `docs/conventions.md`.
 * Typical use: validate a plain-JSON {@link ModelSpec} ({@link validateModelSpec}), build the chain
 * ({@link buildChainModel}), draw ψ(0) ({@link initialState}), run the exact dynamics ({@link propagate}) and
 * compare with HAM ({@link hamPopulations} with κ = {@link kappa}) through D² ({@link squaredDeviation}).
 * Everything else in the package (CLI internals, kernels) is not part of the API and may change.
 */

// the model (Sec. II): plain-data specs, validation, construction, the criteria (29)
export type { ChainModel, Ensemble, ExplicitArrays, InitialSpec, ModelSpec } from './model/modelSpec.ts';
export type { ComplexVector } from './linalg/complexVector.ts';
export { validateInitialSpec, validateModelSpec } from './model/validateModelSpec.ts';
export { buildChainModel } from './model/buildChainModel.ts';
export { initialState } from './model/initialState.ts';
export { C2_THRESHOLD, criteria, type Criteria } from './model/criteria.ts';
export { dumpModel, dumpToSpecParts, type ModelDump } from './model/dumpModel.ts';

// exact dynamics
export { propagate } from './exact/propagate.ts';
export type { ExactMethod, PropagationOptions, PropagationResult } from './exact/propagation.ts';
export { sitePopulations } from './exact/sitePopulations.ts';

// HAM: κ (27), the rate equations (30)–(32), D² (33)
export { decayConstant, decayConstant as kappa } from './ham/decayConstant.ts';
export { hamPopulations } from './ham/hamPopulations.ts';
export { squaredDeviation } from './ham/squaredDeviation.ts';

// whole runs, as `hamcheck propagate` does them
export { validatePropagationSpec, type PropagationSpec, type TimesSpec } from './runs/propagationSpec.ts';
export { runPropagation, type PropagationReport } from './runs/runPropagation.ts';

// heat transport (Secs. VI–VIII): heat capacity (49)/(50), κ_th (48)
export { kappaThEq48, type SingleBandParameters } from './transport/singleBand.ts';
export { heatCapacity, heatCapacityEq50, subunitSpectrum, type SubunitSpectrum } from './transport/thermal.ts';

// typed errors, versioned output formats
export { HamcheckInputError, HamcheckNumericalError, HamcheckResourceError } from './errors.ts';
export { OUTPUT_FORMATS, stampOutput, type OutputFormat } from './outputFormat.ts';
export { hamcheckVersion } from './packageInfo.ts';
