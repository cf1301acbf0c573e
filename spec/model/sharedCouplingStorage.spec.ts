import { describe, expect, it } from 'vitest';
import { drawCouplingBlock } from '../../src/model/couplingDraw.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { chainOperator } from '../../src/model/chainHamiltonian.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { validateModelSpec } from '../../src/model/validateModelSpec.ts';

const spec = validateModelSpec({ sites: 4, levels: 5, bandWidth: 0.05, coupling: 0.01, seed: 11, ensemble: 'GUE' });

describe('the coupling blocks of a built chain live in one shared buffer per part', () => {
  it('are consecutive views of a SharedArrayBuffer, drawn in place with the numbers of separate draws', () => {
    const model = buildChainModel(spec);
    const normals = new NormalDeviates(new Xoshiro128(spec.seed));
    model.couplingRe.forEach((re, mu) => {
      const fresh = drawCouplingBlock(normals, 5, 5, spec.coupling, 'GUE');
      expect(re.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(re.buffer).toBe(model.couplingRe[0].buffer);
      expect(re.byteOffset).toBe(mu * 25 * 8);
      expect(Array.from(re)).toEqual(Array.from(fresh.re));
      expect(Array.from(model.couplingIm[mu])).toEqual(Array.from(fresh.im));
    });
  });

  it('the chain operator uses them in place: its block arrays view the same memory, no copy', () => {
    const model = buildChainModel(spec);
    const op = chainOperator(model);
    expect(op.blockRe.buffer).toBe(model.couplingRe[0].buffer);
    expect(op.blockIm.buffer).toBe(model.couplingIm[0].buffer);
    expect(op.blockRe.length).toBe(3 * 25);
  });

  it('explicit arrays are stored the same way', () => {
    const model = buildChainModel(spec);
    const explicit = validateModelSpec({
      bandWidth: 0.05,
      coupling: 0.01,
      explicit: {
        levels: Array.from({ length: 4 }, (_, mu) => Array.from(model.energies.subarray(5 * mu, 5 * mu + 5))),
        couplings: model.couplingRe.map((re, mu) => ({ re: Array.from(re), im: Array.from(model.couplingIm[mu]) })),
      },
    });
    const rebuilt = buildChainModel(explicit);
    expect(rebuilt.couplingRe[2].buffer).toBe(rebuilt.couplingRe[0].buffer);
    expect(chainOperator(rebuilt).blockIm.buffer).toBe(rebuilt.couplingIm[0].buffer);
    expect(Array.from(chainOperator(rebuilt).blockIm)).toEqual(Array.from(chainOperator(model).blockIm));
  });
});
