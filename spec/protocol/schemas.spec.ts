/**
 * The JSON Schemas of protocol v1 (`protocol/v1/`): every one compiles under ajv's strict draft 2020-12
 * mode, every example message in `protocol/v1/examples/` is accepted, and every rule rejects a message
 * that breaks it and nothing else.
 *
 * @remarks
 * Each invalid case of `examples/invalid.json` is a valid example with one change (a field set or
 * deleted), and the spec checks that the validator names the keyword of that rule, so a case cannot
 * pass by failing for an unrelated reason.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { CAPABILITIES, DEFAULT_ACCURACY } from '../../src/protocol/capabilities.ts';
import { MAX_LINE_BYTES } from '../../src/protocol/client/adapterProcess.ts';
import { STARTUP_TIMEOUT_MS, referenceSecondsEstimate, requestDeadlineMs } from '../../src/protocol/client/deadlines.ts';
import { QUOTE_CHARS, STOP_GRACE_MS } from '../../src/protocol/client/protocolClient.ts';
import { BASELINE_ID_PATTERN, BASELINE_STATUSES } from '../../src/verify/baseline/baselineFile.ts';
import { FAILURE_KINDS } from '../../src/verify/report/recordFields.ts';

const dir = new URL('../../protocol/v1/', import.meta.url);
const readJson = (rel: string): any => JSON.parse(readFileSync(new URL(rel, dir), 'utf8'));

interface SchemaIndex {
  protocol: number;
  base: string;
  messages: Record<string, string>;
  capabilities: Record<string, { args: string; result: string }>;
  common: string;
  baseline: string;
  files: string[];
}
interface GoodExample {
  file: string;
  schema: string;
  cmd?: string;
}
interface InvalidCase {
  base: string;
  rule: string;
  keyword: string;
  result?: string;
  set?: string;
  value?: unknown;
  delete?: string;
  also?: Record<string, unknown>;
}

const index = readJson('index.json') as SchemaIndex;
const good = readJson('examples/manifest.json') as GoodExample[];
const invalid = readJson('examples/invalid.json') as InvalidCase[];

function compileAll(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  for (const file of index.files) ajv.addSchema(readJson(file));
  return ajv;
}
const ajv = compileAll();
const validator = (file: string): ValidateFunction => {
  const v = ajv.getSchema(index.base + file);
  if (!v) throw new Error(`no schema ${index.base + file}`);
  return v;
};

/** JSON-pointer segments (RFC 6901: ~1 is '/', ~0 is '~'). */
const segments = (pointer: string): string[] => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

function setAt(doc: any, pointer: string, value: unknown): void {
  const path = segments(pointer);
  const last = path.pop()!;
  let node = doc;
  for (const key of path) node = node[key];
  node[last] = value;
}

function deleteAt(doc: any, pointer: string): void {
  const path = segments(pointer);
  const last = path.pop()!;
  let node = doc;
  for (const key of path) node = node[key];
  if (!(last in node)) throw new Error(`invalid.json: nothing to delete at ${pointer}`);
  delete node[last];
}

function mutated(c: InvalidCase): { schema: string; doc: unknown; original: unknown } {
  const entry = good.find((g) => g.file === c.base);
  if (!entry) throw new Error(`invalid.json: base ${c.base} is not a listed example`);
  const whole = readJson(`examples/${c.base}`);
  const target = c.result ? whole.result : whole;
  const schema = c.result ? index.capabilities[c.result].result : entry.schema;
  const original = structuredClone(target);
  if (c.set !== undefined) setAt(target, c.set, c.value);
  if (c.delete !== undefined) deleteAt(target, c.delete);
  for (const [p, v] of Object.entries(c.also ?? {})) setAt(target, p, v);
  return { schema, doc: target, original };
}

describe('protocol/v1 schemas', () => {
  it('index.json lists exactly the schema files on disk', () => {
    const onDisk = [
      ...readdirSync(dir).filter((f) => f.endsWith('.schema.json')),
      ...readdirSync(new URL('capabilities/', dir)).map((f) => `capabilities/${f}`),
    ].sort();
    expect([...index.files].sort()).toEqual(onDisk);
  });

  it('every schema is draft 2020-12 with the $id its path gives', () => {
    for (const file of index.files) {
      const s = readJson(file);
      expect(s.$schema, file).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id, file).toBe(index.base + file);
    }
  });

  it('every schema compiles under ajv strict mode (all $refs resolve)', () => {
    for (const file of index.files) expect(typeof validator(file), file).toBe('function');
  });

  it('the schemas list the capabilities of src/protocol/capabilities.ts, in order', () => {
    expect(Object.keys(index.capabilities)).toEqual([...CAPABILITIES]);
    expect(readJson('common.schema.json').$defs.capability.enum).toEqual([...CAPABILITIES]);
    for (const c of CAPABILITIES) {
      expect(index.capabilities[c]).toEqual({ args: `capabilities/${c}.args.schema.json`, result: `capabilities/${c}.result.schema.json` });
    }
  });
});

describe('protocol/v1 examples', () => {
  it('every file in examples/ is listed in the manifest (or is a manifest)', () => {
    const listed = new Set([...good.map((g) => g.file), 'manifest.json', 'invalid.json']);
    for (const f of readdirSync(new URL('examples/', dir))) expect(listed.has(f), f).toBe(true);
  });

  it.each(good.map((g) => [g.file, g] as const))('%s is valid', (_file, g) => {
    const doc = readJson(`examples/${g.file}`);
    const v = validator(g.schema);
    expect(v(doc), JSON.stringify(v.errors)).toBe(true);
    if (g.cmd && 'args' in doc) {
      const a = validator(index.capabilities[g.cmd].args);
      expect(a(doc.args), JSON.stringify(a.errors)).toBe(true);
    }
    if (g.cmd && 'result' in doc) {
      const r = validator(index.capabilities[g.cmd].result);
      expect(r(doc.result), JSON.stringify(r.errors)).toBe(true);
    }
  });

  it('every capability has a request and a response example with the same seq', () => {
    for (const c of CAPABILITIES) {
      const req = readJson(`examples/request.${c}.json`);
      const res = readJson(`examples/response.${c}.json`);
      expect(req.cmd).toBe(c);
      expect(res.seq).toBe(req.seq);
    }
  });

  it('a reply in another protocol version passes the schema, so the runner can report the mismatch', () => {
    const reply = readJson('examples/hello.reply.version-2.json');
    expect(reply.protocol).not.toBe(1);
    expect(validator('hello.reply.schema.json')(reply)).toBe(true);
  });

  // ε = 2⁻⁵²; the closed forms below are a few correctly rounded operations on numbers of magnitude ≤ 1.
  const eps = Number.EPSILON;

  it('the ham.graphPopulations example is the N = 2 closed form of the golden-rule master equation: P₁ = P₁∞ + (1 − P₁∞)e^{−(κ₁₂+κ₂₁)t}', () => {
    const { args } = readJson('examples/request.ham.graphPopulations.json');
    const { result } = readJson('examples/response.ham.graphPopulations.json');
    const rho = args.model.sites.map((s: { levels: number; bandWidth: number }) => s.levels / s.bandWidth);
    const g = 2 * Math.PI * args.model.bonds[0].coupling ** 2;
    const pInf = rho[0] / (rho[0] + rho[1]); // detailed balance: P ∝ ρ = n/δε
    expect(args.p0).toEqual([1, 0]);
    args.times.forEach((t: number, j: number) => {
      const p1 = pInf + (1 - pInf) * Math.exp(-g * (rho[0] + rho[1]) * t);
      // a 2×2 symmetric eigenproblem and R^{1/2}U e^{Λt}UᵀR^{−1/2}: ≈ 10 roundings of numbers ≤ √(ρ₁/ρ₂) = √2 each: 16ε
      expect(Math.abs(result.populations[j][0] - p1)).toBeLessThanOrEqual(16 * eps);
      expect(Math.abs(result.populations[j][1] - (1 - p1))).toBeLessThanOrEqual(16 * eps);
    });
  });

  it('the ham.populations example is the N = 2 closed form P₁ = ½(1 + e^{−2κt}) of (30)–(32)', () => {
    const { args } = readJson('examples/request.ham.populations.json');
    const { result } = readJson('examples/response.ham.populations.json');
    expect(args.p0).toEqual([1, 0]);
    args.times.forEach((t: number, j: number) => {
      const p1 = 0.5 * (1 + Math.exp(-2 * args.kappa * t));
      // |P| ≤ 1, each side a handful of roundings (exp, product, sum): 8ε absolute.
      expect(Math.abs(result.populations[j][0] - p1)).toBeLessThanOrEqual(8 * eps);
      expect(Math.abs(result.populations[j][1] - (1 - p1))).toBeLessThanOrEqual(8 * eps);
    });
  });

  it('the model.kappa and model.criteria examples are (27) and (29) of the example model', () => {
    const { model } = readJson('examples/request.model.kappa.json').args;
    const { kappa } = readJson('examples/response.model.kappa.json').result;
    const { c1, c2 } = readJson('examples/response.model.criteria.json').result;
    const { coupling: l, levels: n, bandWidth: de } = model;
    // three or four roundings each: 4ε relative.
    expect(Math.abs(kappa - (2 * Math.PI * l * l * n) / de)).toBeLessThanOrEqual(4 * eps * kappa);
    expect(Math.abs(c1 - (l * n) / de)).toBeLessThanOrEqual(4 * eps * c1);
    expect(Math.abs(c2 - (l * l * n) / (de * de))).toBeLessThanOrEqual(4 * eps * c2);
    expect(readJson('examples/request.ham.populations.json').args.kappa).toBe(kappa);
  });
});

describe('protocol/v1 rejects each broken rule', () => {
  it.each(invalid.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const { schema, doc, original } = mutated(c);
    const v = validator(schema);
    expect(v(original), `base ${c.base} must be valid: ${JSON.stringify(v.errors)}`).toBe(true);
    expect(v(doc)).toBe(false);
    expect(v.errors!.map((e) => e.keyword)).toContain(c.keyword);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('a result number that is %s (not JSON, but a validator can meet it in memory) is rejected', (_name, bad) => {
    const v = validator(index.capabilities['model.kappa'].result);
    expect(v({ kappa: 0.04 })).toBe(true);
    expect(v({ kappa: bad })).toBe(false);
    const p = validator(index.capabilities['exact.populations'].result);
    expect(p({ populations: [[0.5, bad]] })).toBe(false);
  });
});

describe('PROTOCOL.md states what the schemas and the runner do', () => {
  const text = readFileSync(new URL('../../PROTOCOL.md', import.meta.url), 'utf8');
  /** The text with every run of whitespace (line breaks included) as one space. */
  const doc = text.replace(/\s+/g, ' ');
  const section = (title: string) => text.slice(text.indexOf(`\n## ${title}\n`), text.indexOf('\n## ', text.indexOf(`\n## ${title}\n`) + 1));

  it('its capability table lists the capabilities of v1, in order', () => {
    const rows = [...section('Capabilities').matchAll(/^\| `([a-z]+\.[A-Za-z]+)` \| /gm)].map((m) => m[1]);
    expect(rows).toEqual([...CAPABILITIES]);
  });

  it('the default accuracy claims it states are DEFAULT_ACCURACY', () => {
    for (const c of CAPABILITIES) expect(DEFAULT_ACCURACY[c]).toBe(c === 'exact.populations' ? 1e-9 : 1e-12);
    expect(doc).toContain('1e-9 for `exact.populations` and 1e-12 for every other capability');
  });

  it('the startup timeout, grace period, quote length and line limit it states are the client’s constants', () => {
    expect(doc).toContain(`must arrive within ${STARTUP_TIMEOUT_MS / 1000} s (× k)`);
    expect(doc).toContain(`grace period (${STOP_GRACE_MS / 1000} s)`);
    expect(doc).toContain(`cut to ${QUOTE_CHARS} characters`);
    expect(doc).toContain(`longer than ${MAX_LINE_BYTES / 2 ** 20} MiB`);
  });

  it('the per-request deadline is k·(10 s + 100·t_ref), as it states', () => {
    expect(doc).toContain('k·(10 s + 100·t_ref)');
    const small = { levels: 10, gap: 1, temperatures: [1] };
    const big = { levels: 10, gap: 1, temperatures: Array.from({ length: 5000 }, (_, j) => 1 + j) };
    const d = (a: typeof small, k: number) => requestDeadlineMs('transport.heatCapacity', a, k);
    const est = (a: typeof small) => referenceSecondsEstimate('transport.heatCapacity', a);
    const slope = (d(big, 1) - d(small, 1)) / (1000 * (est(big) - est(small)));
    // differences of ~1e4 ms carry ~1e-12 relative rounding: 1e-6 absolute on slope and base is ample.
    expect(Math.abs(slope - 100)).toBeLessThan(1e-6);
    expect(Math.abs(d(small, 1) - 100 * 1000 * est(small) - 10_000)).toBeLessThan(1e-6);
    expect(Math.abs(d(small, 3) - 3 * d(small, 1))).toBeLessThan(1e-6);
  });

  it('the baseline kinds, statuses and id pattern are the reader’s (src/verify/baseline)', () => {
    const entry = readJson('baseline.schema.json').properties.entries;
    expect(entry.additionalProperties.properties.kind.enum).toEqual([...FAILURE_KINDS]);
    expect(entry.additionalProperties.properties.status.enum).toEqual([...BASELINE_STATUSES]);
    expect(entry.propertyNames.pattern).toBe(BASELINE_ID_PATTERN.source);
    expect(doc).toContain(`it is one of ${FAILURE_KINDS.map((k) => `\`${k}\``).join(', ')}`);
  });
});

describe('examples/ci/hamcheck-baseline.json', () => {
  const baseline = JSON.parse(readFileSync(new URL('../../examples/ci/hamcheck-baseline.json', import.meta.url), 'utf8'));

  it('fits protocol/v1/baseline.schema.json', () => {
    const v = validator(index.baseline);
    expect(v(baseline), JSON.stringify(v.errors)).toBe(true);
  });

  it('names properties that hamcheck defines (an example entry must not be one that matches nothing)', () => {
    const ids = new Set<string>();
    const walk = (d: URL): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(new URL(`${e.name}/`, d));
        else if (e.name.endsWith('.ts')) for (const m of readFileSync(new URL(e.name, d), 'utf8').matchAll(/\bid: '([^']+)'/g)) ids.add(m[1]);
      }
    };
    walk(new URL('../../properties/', import.meta.url));
    for (const id of Object.keys(baseline.entries)) expect(ids.has(id), id).toBe(true);
  });
});

describe('PROTOCOL.md, "Writing an adapter"', () => {
  it('shows examples/minimal/adapter.py verbatim', () => {
    const text = readFileSync(new URL('../../PROTOCOL.md', import.meta.url), 'utf8');
    const adapter = readFileSync(new URL('../../examples/minimal/adapter.py', import.meta.url), 'utf8');
    const block = /\n```python\n(#!\/usr\/bin\/env python3\n[\s\S]*?)```\n/.exec(text);
    expect(block, 'no python block starting with the shebang').not.toBeNull();
    expect(block![1]).toBe(adapter);
  });
});
