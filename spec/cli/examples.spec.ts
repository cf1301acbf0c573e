import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/model/criteria.ts';
import { hamcheck } from './cliHarness.ts';

const dir = 'examples/specs';
const examples = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const ajv = new Ajv2020({ strict: true });
for (const f of readdirSync('schemas').filter((s) => s.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(join('schemas', f), 'utf8')), f);

describe('examples/specs', () => {
  it('holds examples of both commands', () => {
    expect(examples.some((f) => f.startsWith('propagate-'))).toBe(true);
    expect(examples.some((f) => f.startsWith('transport-'))).toBe(true);
    expect(examples.every((f) => /^(propagate|transport)-/.test(f))).toBe(true);
  });

  it.each(examples)('%s runs, its output validates, and it warns exactly when outside the criteria (29)', (file) => {
    const command = file.split('-')[0] as 'propagate' | 'transport';
    const spec = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const r = hamcheck([command, join(dir, file)]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const validate = ajv.getSchema(`${command}.schema.json`)!;
    expect(validate(out), ajv.errorsText(validate.errors)).toBe(true);
    const { coupling, levels, bandWidth } = spec.model;
    const outside =
      command === 'propagate'
        ? !out.criteria.valid
        : (Array.isArray(levels) ? levels : [levels]).some((n: number) => !criteria({ coupling, levels: n, bandWidth }).valid);
    expect(/warning: .*criteria \(29\)/.test(r.stderr)).toBe(outside);
  });
});
