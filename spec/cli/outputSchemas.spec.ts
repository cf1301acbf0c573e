import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS } from '../../src/outputFormat.ts';
import { populationFigure } from '../../src/paper/populationFigure.ts';
import { validatePropagationSpec } from '../../src/runs/propagationSpec.ts';
import { hamcheck, tempFolder } from './cliHarness.ts';

const tmp = tempFolder('schemas');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const schemaFiles = readdirSync('schemas').filter((f) => f.endsWith('.schema.json'));
for (const f of schemaFiles) ajv.addSchema(JSON.parse(readFileSync(join('schemas', f), 'utf8')), f);

/** Validates `value` against schemas/<name>.schema.json and returns ajv's first error text (or ''). */
function violations(name: string, value: unknown): string {
  const validate = ajv.getSchema(`${name}.schema.json`);
  if (!validate) throw new Error(`no schema ${name}`);
  return validate(value) ? '' : ajv.errorsText(validate.errors);
}

const small = {
  model: { sites: 3, levels: 12, bandWidth: 0.05, coupling: 2e-3, seed: 4 },
  initial: { site: 1, seed: 7 },
  times: { count: 11, untilKappa: 5 },
};

describe('output schemas (schemas/)', () => {
  it('there is one schema per output name, named after it, whose format constant (or enum, for a name with several majors) holds each format', () => {
    const formats = Object.values(OUTPUT_FORMATS);
    const names = formats.map((f) => `${f.replace(/^hamcheck-/, '').replace(/\/\d+$/, '')}.schema.json`);
    expect([...schemaFiles].sort()).toEqual([...new Set(names)].sort());
    for (const [f, format] of names.map((n, i) => [n, formats[i]])) {
      const schema = JSON.parse(readFileSync(join('schemas', f), 'utf8'));
      expect(schema.properties.format.const ?? schema.properties.format.enum).toContain(format);
    }
  });

  it('propagate --out and --dump-model outputs validate; a missing field or a wrong format does not', () => {
    const out = join(tmp.dir, 'out.json');
    const dump = join(tmp.dir, 'dump.json');
    expect(hamcheck(['propagate', tmp.write('s.json', small), '--out', out, '--dump-model', dump]).code).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ format: 'hamcheck-propagate/1', hamcheck: version });
    expect(violations('propagate', report)).toBe('');
    expect(violations('model', JSON.parse(readFileSync(dump, 'utf8')))).toBe('');
    const { kappa: _kappa, ...withoutKappa } = report;
    expect(violations('propagate', withoutKappa)).toContain("must have required property 'kappa'");
    expect(violations('propagate', { ...report, format: 'hamcheck-propagate/2' })).toContain('format must be equal to constant');
  });

  it('transport outputs validate, with and without measure', () => {
    const spec = { model: { levels: 20, bandWidth: 0.05, coupling: 1.25e-3 }, temperatures: [0.5, 1], realizations: 4 };
    for (const measure of [false, true]) {
      const r = hamcheck(['transport', tmp.write('t.json', { ...spec, measure })]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out).toMatchObject({ format: 'hamcheck-transport/1', hamcheck: version });
      expect(violations('transport', out)).toBe('');
      expect('kappaThMeasured' in out.results[0]).toBe(measure);
    }
  });

  it('a population figure (reproduce: fig2.json, fig3.json) validates', async () => {
    await populationFigure('figx', 'small', validatePropagationSpec(small), tmp.dir);
    const data = JSON.parse(readFileSync(join(tmp.dir, 'figx.json'), 'utf8'));
    expect(data).toMatchObject({ format: 'hamcheck-population-figure/1', hamcheck: version });
    expect(violations('population-figure', data)).toBe('');
  });
});
