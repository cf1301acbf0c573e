import { describe, expect, it } from 'vitest';
import { eigenSystem } from '../../src/exact/eigenPropagator.ts';
import { hamPopulations } from '../../src/ham/hamPopulations.ts';
import { decayConstant } from '../../src/ham/decayConstant.ts';
import { buildChainModel } from '../../src/model/buildChainModel.ts';
import { NormalDeviates } from '../../src/model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../../src/model/rng/xoshiro128.ts';
import { fig4Ensemble } from '../../src/paper/fig4Ensemble.ts';
import { trapezoidMeanWeights } from '../../src/paper/haarQuadraticForm.ts';
import { evenTimes } from '../../src/runs/propagationSpec.ts';

const model = { sites: 2, levels: 16, bandWidth: 0.05, gap: 1, coupling: (0.5 * 0.05) / 16, ensemble: 'GUE' as const, seed: 3 };

describe('fig4Ensemble (W(t) = P₁e^{−iHt}P₁ shortcut, exact Haar average)', () => {
  it('D²₁ of each state equals the one from full eigen propagation of the same state (to 1e-10: phase error dim·ε·‖H‖·t ≈ 1e-12)', () => {
    const r = fig4Ensemble({ model, states: 3, seed: 5, untilKappa: 5, points: 11 });
    const m = buildChainModel(model);
    const sys = eigenSystem(m);
    const kappa = decayConstant(m);
    const times = evenTimes(11, 5 / kappa);
    const w = trapezoidMeanWeights(times);
    const ham = hamPopulations([1, 0], kappa, times).map((p) => p[0]);
    // the same Haar states: one stream, x then y per level, normalized
    const g = new NormalDeviates(new Xoshiro128(5));
    for (let s = 0; s < 3; s++) {
      const re = new Float64Array(2 * m.levels);
      const im = new Float64Array(2 * m.levels);
      for (let a = 0; a < m.levels; a++) {
        re[a] = g.next();
        im[a] = g.next();
      }
      const norm = Math.sqrt(re.reduce((x, v, i) => x + v * v + im[i] * im[i], 0));
      const pops = sys.populations({ re: re.map((v) => v / norm), im: im.map((v) => v / norm) }, times);
      const d2 = pops.reduce((acc, p, j) => acc + w[j] * (ham[j] - p[0]) ** 2, 0);
      expect(Math.abs(r.d2[s] - d2)).toBeLessThanOrEqual(1e-10);
    }
  });

  it('the sampled mean of 3000 states agrees with the exact Haar average (|z| ≤ 4.5: false alarm 7e-6)', () => {
    const r = fig4Ensemble({ model, states: 3000, seed: 9, untilKappa: 5, points: 11 });
    expect(r.sampledMean).not.toBeNull();
    const z = ((r.sampledMean ?? 0) - r.haarMean) / (r.sampledStandardError ?? 1);
    expect(Math.abs(z)).toBeLessThanOrEqual(4.5);
    // P₁(0) = 1 for every state: E = 1, spread 0 at t = 0 (to rounding of the unitary eigenbasis, 1e-12)
    expect(Math.abs(r.haarP1[0].mean - 1)).toBeLessThanOrEqual(1e-12);
    expect(r.haarP1[0].sd).toBeLessThanOrEqual(1e-6);
  });
});
