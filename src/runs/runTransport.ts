import { HamcheckInputError } from '../errors.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { asObject, integer, noUnknownKeys, oneOf } from '../validate/fields.ts';
import { measureKappaTh, type KappaThMeasurementRun } from '../transport/measureKappaTh.ts';
import { kappaThDetailedBalance, kappaThPrinted47 } from '../transport/multiBand.ts';
import { kappaThEq48 } from '../transport/singleBand.ts';
import { heatCapacity } from '../transport/thermal.ts';
import { transportParameters, validateTransportModelSpec, type TransportModelSpec } from '../transport/transportModel.ts';
import { checkTemperature } from '../transport/validate.ts';

/**
 * A `hamcheck transport` spec:
 * `{"model": {"levels": 500, "bandWidth": 0.05, "coupling": 5e-5, "gap": 1, "bands": 1},
 *   "temperatures": [0.05, 0.1467, 1, 10], "measure": false}`.
 *
 * @remarks Optional: `model.ensemble`/`model.seed` (couplings, see {@link validateTransportModelSpec}),
 * `realizations` (random-phase states per measurement, default 32), `phaseSeed` (default 1), `mode`
 * ("phases" default, or "trace" for the exact phase average of small models).
 */
export interface TransportSpec {
  model: TransportModelSpec;
  temperatures: number[];
  measure: boolean;
  realizations: number;
  phaseSeed: number;
  mode: 'phases' | 'trace';
}

const KEYS = ['model', 'temperatures', 'measure', 'realizations', 'phaseSeed', 'mode'] as const;

/** Validates an untrusted spec. @throws HamcheckInputError naming the field and the allowed range. */
export function validateTransportSpec(input: unknown): TransportSpec {
  const o = asObject(input, 'spec');
  noUnknownKeys(o, 'spec', KEYS);
  const model = validateTransportModelSpec(o.model, 'model');
  const t = o.temperatures;
  if (!Array.isArray(t) || t.length === 0) throw new HamcheckInputError('temperatures', 'a non-empty array of k_BT > 0', t);
  const temperatures = t.map((T, i) => checkTemperature(T, `temperatures[${i}]`));
  if (o.measure !== undefined && typeof o.measure !== 'boolean') throw new HamcheckInputError('measure', 'true or false', o.measure);
  const measure = o.measure === true;
  const realizations = integer(o.realizations, 'realizations', { ge: 2, le: 100_000 }, 32);
  const phaseSeed = integer(o.phaseSeed, 'phaseSeed', { ge: 0, le: 2 ** 32 - 1 }, 1);
  const mode = oneOf(o.mode, 'mode', ['phases', 'trace'] as const, 'phases');
  return { model, temperatures, measure, realizations, phaseSeed, mode };
}

/** One line of the output, per temperature in the order given. */
export interface TransportResult {
  /** k_BT (units of ΔE's unit). */
  temperature: number;
  /** Heat capacity of one subunit, (49) (= (50) for one band), units of k_B. */
  c: number;
  /** κ of (27) for the (1,0) ↔ (0,1) pair: 2πλ²n₁/(ħδε). */
  kappa: number;
  /** κ_th: (48) for one band; for B > 1 the detailed-balance form that the exact dynamics follows. */
  kappaTh: number;
  /** B > 1 only: (47) exactly as printed (golden-rule κ with final densities); see the errata report. */
  kappaThPrinted47?: number;
  /** With `measure`: κ_th from the exact dynamics (window slope of J₁→₂/ΔT, mean over random phases). */
  kappaThMeasured?: number;
  /** Its 1σ statistical uncertainty (0 in trace mode). */
  uncertainty?: number;
  /** The value the measurement should give at its finite times (second-order golden rule + back-flow). */
  kappaThFiniteTime?: number;
}

/** The whole output: results in the order of `temperatures`, and the measurement set-up when measured. */
export interface TransportReport {
  results: TransportResult[];
  measurement?: Omit<KappaThMeasurementRun, 'points'> & { seconds: number };
}

/** Computes the report of a validated spec (measuring with one set of propagations for all temperatures). */
export function runTransport(spec: TransportSpec, onProgress?: (fraction: number) => void): TransportReport {
  const p = transportParameters(spec.model);
  const n1 = p.spectrum.counts[1];
  const kappa = decayConstant({ coupling: spec.model.coupling, levels: n1, bandWidth: spec.model.bandWidth });
  const results: TransportResult[] = spec.temperatures.map((T) => {
    const r: TransportResult = {
      temperature: T,
      c: heatCapacity(p.spectrum, T),
      kappa,
      kappaTh:
        spec.model.bands === 1
          ? kappaThEq48({ levels: n1, bandWidth: spec.model.bandWidth, coupling: spec.model.coupling, gap: spec.model.gap }, T)
          : kappaThDetailedBalance(p, T),
    };
    if (spec.model.bands > 1) r.kappaThPrinted47 = kappaThPrinted47(p, T).value;
    return r;
  });
  if (!spec.measure) return { results };
  const start = performance.now();
  const run = measureKappaTh(spec.model, spec.temperatures, {
    realizations: spec.realizations,
    seed: spec.phaseSeed,
    mode: spec.mode,
    onProgress,
  });
  run.points.forEach((q, i) => {
    results[i].kappaThMeasured = q.kappaThMeasured;
    results[i].uncertainty = q.uncertainty;
    results[i].kappaThFiniteTime = q.kappaThFiniteTime;
  });
  const { points: _points, ...rest } = run;
  return { results, measurement: { ...rest, seconds: (performance.now() - start) / 1000 } };
}
