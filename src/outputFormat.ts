import { hamcheckVersion } from './packageInfo.ts';

/**
 * The versioned formats of the JSON files hamcheck writes; each has a JSON Schema in `schemas/`
 * (`schemas/<name>.schema.json` for `hamcheck-<name>/<major>`; one schema holds every major of a name that is
 * still read, as `schemas/model.schema.json` does for `hamcheck-model/1` and `/2`).
 *
 * @remarks The number after the slash changes only when a field is removed or changes meaning; new
 * fields may be added within a version.
 */
export const OUTPUT_FORMATS = {
  propagate: 'hamcheck-propagate/1',
  transport: 'hamcheck-transport/1',
  model: 'hamcheck-model/1',
  generalModel: 'hamcheck-model/2',
  populationFigure: 'hamcheck-population-figure/1',
  fig8: 'hamcheck-fig8/1',
  bench: 'hamcheck-bench/2',
} as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[keyof typeof OUTPUT_FORMATS];

/** `{format, hamcheck: <version>, ...body}`: the header every JSON output starts with, then the body. */
export function stampOutput<T extends object>(format: OutputFormat, body: T): { format: OutputFormat; hamcheck: string } & T {
  return { format, hamcheck: hamcheckVersion(), ...body };
}
