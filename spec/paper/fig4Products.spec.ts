/** Fig. 4 on the WebAssembly GEMM is Fig. 4 on complexGemmNT bit for bit (HAMCHECK_KERNEL=ts selects the latter). */
import { describe, expect, it } from 'vitest';
import { fig4Ensemble } from '../../src/paper/fig4Ensemble.ts';
import { fig4Products } from '../../src/paper/fig4Products.ts';
import { withEnv } from '../support/withEnv.ts';

describe('fig4Products', () => {
  it.each([
    [15, 300], // odd n (a padding row, a partial column quad), two state blocks of 256
    [16, 7],
  ])('n = %i, %i states: every D²₁, the Haar moments and the means are the same bits on both kernels', (levels, states) => {
    const model = { sites: 2, levels, bandWidth: 0.05, gap: 1, coupling: (0.5 * 0.05) / levels, ensemble: 'GUE' as const, seed: 3 };
    const run = (kernel: string) => withEnv({ HAMCHECK_KERNEL: kernel }, () => fig4Ensemble({ model, states, seed: 5, untilKappa: 5, points: 11 }));
    const { seconds: _w, ...wasm } = run('wasm');
    const { seconds: _t, ...ts } = run('ts');
    expect(wasm).toStrictEqual(ts);
    const probe = (kernel: string) => withEnv({ HAMCHECK_KERNEL: kernel }, () => fig4Products(new Float64Array(4), new Float64Array(4), 2, 2, new Float64Array(2), new Float64Array(2), 1, 1).kernel);
    expect([probe('wasm'), probe('ts')]).toEqual(['wasm', 'ts']);
  });
});
