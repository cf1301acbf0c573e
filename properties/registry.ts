/**
 * Every conformance property, by stable id: what `hamcheck verify` runs and `--only`/`--skip` select.
 *
 * @remarks
 * The vitest suites (`*.prop.ts`) register the same definitions, so `npm test` and `verify` check the
 * same statements with the same seeds. Order: cheap closed forms first, the long statistical
 * properties last, so a small budget still covers every capability.
 */
import { differentialProperties } from './differential/differentialProperties.ts';
import { dynamicsProperties } from './dynamics/dynamicsProperties.ts';
import { dysonProperties } from './dyson/dysonProperties.ts';
import type { HamProperty } from './framework/property.ts';
import { modelProperties } from './model/modelProperties.ts';
import { transportProperties } from './transport/transportProperties.ts';

export const allProperties: readonly HamProperty<any>[] = [...differentialProperties, ...transportProperties, ...modelProperties, ...dysonProperties, ...dynamicsProperties];

const ids = allProperties.map((p) => p.id);
const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
if (duplicate) throw new Error(`two properties share the id ${duplicate}`);

export const propertyIds: readonly string[] = ids;

export function propertyById(id: string): HamProperty<any> {
  const p = allProperties.find((q) => q.id === id);
  if (!p) throw new Error(`no property ${id}`);
  return p;
}
