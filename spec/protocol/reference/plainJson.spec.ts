/**
 * The reference's answers are plain JSON (no typed arrays, which JSON.stringify turns into {"0": …}
 * objects), so the suites see in-process exactly what they would see through `hamcheck serve`; and the
 * server answers hello, bad requests and unknown commands as PROTOCOL.md says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES, type Capability, type CapabilityArgs } from '../../../src/protocol/capabilities.ts';
import { answer } from '../../../src/protocol/reference/referenceImplementation.ts';
import { wireModelOf } from '../../../src/protocol/reference/wireModel.ts';
import { helloReply, respond } from '../../../src/protocol/serve.ts';
import { schemaViolation } from '../../../src/protocol/schemas.ts';

const model = wireModelOf({ sites: 3, levels: 2, bandWidth: 0.05, gap: 1, coupling: 0.01, ensemble: 'GUE', seed: 4 });
const d = model.sites * model.levels;
const initial = { re: Array.from({ length: d }, (_, i) => (i === 0 ? 1 : 0)), im: new Array(d).fill(0) };
const args: { [C in Capability]: CapabilityArgs[C] } = {
  'model.build': { model: { ...model, explicit: undefined } },
  'model.kappa': { model },
  'model.criteria': { model },
  'ham.populations': { p0: [1, 0, 0], kappa: 0.1, times: [3, 0, 1.5] },
  'exact.populations': { model, initial, times: [40, 0, 10] },
  'dyson.operators': { model, tau: 5 },
  'dyson.bondTraces': { model, tau: 5 },
  'transport.heatCapacity': { levels: 10, gap: 1, temperatures: [0.001, 0.3, 1000] },
  'transport.kappaTh': { levels: 10, bandWidth: 0.05, coupling: 5e-5, gap: 1, temperatures: [0.001, 0.3, 1000] },
  'ham.graphPopulations': {
    model: { topology: 'ring', sites: [20, 30, 40].map((levels) => ({ levels, bandWidth: 0.05 })), bonds: [{ sites: [1, 2], coupling: 1e-3 }, { sites: [2, 3], coupling: 1e-3 }, { sites: [3, 1], coupling: 1e-3 }], gap: 1 },
    p0: [1, 0, 0],
    times: [300, 0, 100],
  },
};

/** True when `v` holds only JSON values: plain objects, arrays, finite numbers, strings, booleans, null. */
function plain(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every(plain);
  if (typeof v === 'object') return Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain);
  return false;
}

describe('reference answers are plain JSON and fit the result schemas', () => {
  for (const cmd of CAPABILITIES) {
    it(`${cmd}: a JSON round trip changes nothing, and the result validates`, () => {
      const out = answer(cmd, args[cmd]);
      expect('result' in out, JSON.stringify(out)).toBe(true);
      const result = (out as { result: unknown }).result;
      expect(plain(result)).toBe(true);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(schemaViolation(`${cmd}.result`, result, 'result')).toBeUndefined();
    });
  }

  it('exact.populations answers unsorted times in the order asked (t = 0 gives ψ(0)’s populations)', () => {
    const out = answer('exact.populations', args['exact.populations']) as { result: { populations: number[][] } };
    expect(out.result.populations[1]).toEqual([1, 0, 0]);
  });
});

describe('hamcheck serve, one line at a time', () => {
  it('answers hello with protocol 1, every capability and the reference accuracy', () => {
    const reply = respond(JSON.stringify({ cmd: 'hello', protocol: 1, hamcheck: 'x' })) as ReturnType<typeof helloReply>;
    expect(reply.protocol).toBe(1);
    expect(reply.capabilities).toEqual([...CAPABILITIES]);
    expect(schemaViolation('hello.reply', reply)).toBeUndefined();
  });

  it('answers stop with nothing (the server ends)', () => {
    expect(respond('{"cmd":"stop"}')).toBeUndefined();
  });

  it('answers a request whose args break the schema with errored naming the field, before any compute', () => {
    const reply = respond(JSON.stringify({ seq: 3, cmd: 'ham.populations', args: { p0: [1, 0], kappa: 'fast', times: [0] } })) as { seq: number; errored: { message: string } };
    expect(reply.seq).toBe(3);
    expect(reply.errored.message).toMatch(/^(request\.)?args\.kappa: /);
  });

  it('answers an unknown command and malformed JSON with errored', () => {
    expect((respond('{"seq":4,"cmd":"model.teleport","args":{}}') as { errored: { message: string } }).errored.message).toMatch(/^request\.cmd: /);
    expect((respond('{"seq":') as { errored: { message: string } }).errored.message).toMatch(/malformed JSON/);
  });

  it('answers a request whose sizes disagree with errored naming the field', () => {
    const bad = { ...args['exact.populations'], initial: { re: [1], im: [0] } };
    const reply = respond(JSON.stringify({ seq: 5, cmd: 'exact.populations', args: bad })) as { errored: { message: string } };
    expect(reply.errored.message).toMatch(/args\.initial/);
  });
});

describe('layers of the protocol', () => {
  it('the Implementation interface imports no implementation (no cycle between the suites and the reference)', () => {
    const source = readFileSync(new URL('../../../src/protocol/implementation.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['./capabilities.ts', './messages.ts']);
  });
});
