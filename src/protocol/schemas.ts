/**
 * The JSON Schemas of protocol v1 (`protocol/v1/`), compiled once with ajv (draft 2020-12).
 *
 * @remarks
 * The schemas are the contract; this module only loads them (from the package root, so a clone and an
 * installed copy behave the same) and reports the first violation as one readable line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction, type ErrorObject } from 'ajv/dist/2020.js';
import type { Capability } from './capabilities.ts';
import { PACKAGE_ROOT } from '../packageInfo.ts';

interface SchemaIndex {
  base: string;
  messages: Record<'hello.request' | 'hello.reply' | 'request' | 'response' | 'stop.request', string>;
  capabilities: Record<Capability, { args: string; result: string }>;
  baseline: string;
  files: string[];
}

export type MessageSchema = keyof SchemaIndex['messages'] | 'baseline' | `${Capability}.args` | `${Capability}.result`;

let compiled: Map<MessageSchema, ValidateFunction> | undefined;

function load(): Map<MessageSchema, ValidateFunction> {
  if (compiled) return compiled;
  const dir = join(PACKAGE_ROOT, 'protocol', 'v1');
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SchemaIndex;
  const ajv = new Ajv2020({ allErrors: false, strict: true });
  for (const file of index.files) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const get = (file: string): ValidateFunction => {
    const v = ajv.getSchema(index.base + file);
    if (!v) throw new Error(`protocol/v1/${file} is listed in index.json but has no $id ${index.base + file}`);
    return v;
  };
  const map = new Map<MessageSchema, ValidateFunction>();
  for (const [name, file] of Object.entries(index.messages)) map.set(name as MessageSchema, get(file));
  map.set('baseline', get(index.baseline));
  for (const [cap, files] of Object.entries(index.capabilities)) {
    map.set(`${cap as Capability}.args`, get(files.args));
    map.set(`${cap as Capability}.result`, get(files.result));
  }
  return (compiled = map);
}

/** The first schema violation of `value` as `path: message`, or `undefined` when it is valid. */
export function schemaViolation(schema: MessageSchema, value: unknown, root = ''): string | undefined {
  const validate = load().get(schema);
  if (!validate) throw new Error(`no schema named ${schema}`);
  if (validate(value)) return undefined;
  const e = (validate.errors ?? [])[0] as ErrorObject | undefined;
  if (!e) return 'invalid';
  const path = `${root}${e.instancePath.replace(/\/(\d+)/g, '[$1]').replace(/\//g, '.')}` || '(top level)';
  const extra = e.keyword === 'additionalProperties' ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : '';
  return `${path}: ${e.message ?? e.keyword}${extra}`;
}
