import { eigenSystem } from '../exact/eigenPropagator.ts';
import { decayConstant } from '../ham/decayConstant.ts';
import { hamPopulations } from '../ham/hamPopulations.ts';
import { buildChainModel } from '../model/buildChainModel.ts';
import { criteria, type Criteria } from '../model/criteria.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import { NormalDeviates } from '../model/rng/normalDeviates.ts';
import { Xoshiro128 } from '../model/rng/xoshiro128.ts';
import type { ModelSpec } from '../model/modelSpec.ts';
import { evenTimes } from '../runs/propagationSpec.ts';
import { fig4Products } from './fig4Products.ts';
import { haarMeanSquaredDeviation, haarQuadraticMoments, trapezoidMeanWeights, type HaarMoments } from './haarQuadraticForm.ts';

/** Input of {@link fig4Ensemble}: the model (site 1 holds the initial band states), the ensemble and the D² grid. */
export interface Fig4Options {
  model: ModelSpec;
  /** Haar-random initial states in band 1. */
  states: number;
  /** Seed of the states (one {@link Xoshiro128} stream, x then y per level, state after state). */
  seed: number;
  /** T_D = untilKappa/κ and the number of trapezoid points of D² (33). */
  untilKappa: number;
  points: number;
  onProgress?: (fraction: number) => void;
}

/** Fig. 4: D²₁ of every sampled state, the exact Haar average and the per-time moments of P₁. */
export interface Fig4Result {
  kappa: number;
  criteria: Criteria;
  times: number[];
  /** HAM P₁(t) from P₁(0) = 1 (the same for every state of band 1). */
  ham: number[];
  /** D²₁ (33) of each sampled state. */
  d2: number[];
  /** Exact E[D²₁] over all (Haar) initial band states, from Tr A and Tr A² (no sampling). */
  haarMean: number;
  /** Per-time E and standard deviation of P₁(t) over Haar states. */
  haarP1: { mean: number; sd: number }[];
  /** Mean of the sampled D²₁ and its standard error (null without states). */
  sampledMean: number | null;
  sampledStandardError: number | null;
  seconds: number;
}

/**
 * D²₁ over an ensemble of random initial states (Fig. 4) from ONE diagonalization, with the W(t) shortcut:
 * W(t) = P̂₁e^{−iHt}P̂₁ = V₁e^{−iMt}V₁† (n×n, V₁ the band-1 rows of the eigenvectors), P₁(t) = ‖W(t)z‖².
 *
 * @remarks
 * Per time: W (n²·Nn complex multiply-adds), WW† for Tr A² (n³), W·Z for all S states (n²S), all through
 * {@link fig4Products} (the WebAssembly GEMM, or complexGemmNT: the same bits). The exact Haar average uses {@link haarQuadraticMoments} with Tr A = ‖W‖_F² and
 * Tr A² = ‖WW†‖_F², on the same trapezoid grid as the sampled D², so the two compare like with like.
 */
export function fig4Ensemble(opts: Fig4Options): Fig4Result {
  const start = performance.now();
  const model = buildChainModel(opts.model);
  const n = model.levels;
  const dim = model.sites * n;
  const S = opts.states;
  assertFitsInMemory('states', 16 * (3 * n * dim + 3 * n * n + 2 * n * S) + 8 * S * opts.points, `${S} band states`);
  const kappa = decayConstant(model);
  const times = evenTimes(opts.points, opts.untilKappa / kappa);
  const weights = trapezoidMeanWeights(times);
  const ham = hamPopulations(Float64Array.from({ length: model.sites }, (_, mu) => (mu === 0 ? 1 : 0)), kappa, times).map((p) => p[0]);
  const sys = eigenSystem(model);
  opts.onProgress?.(0.2);
  // states: rows of Z (S × n), Haar on the unit sphere of band 1
  const normals = new NormalDeviates(new Xoshiro128(opts.seed));
  const zRe = new Float64Array(S * n);
  const zIm = new Float64Array(S * n);
  for (let s = 0; s < S; s++) {
    let norm2 = 0;
    for (let a = 0; a < n; a++) {
      const x = normals.next();
      const y = normals.next();
      zRe[s * n + a] = x;
      zIm[s * n + a] = y;
      norm2 += x * x + y * y;
    }
    const inv = 1 / Math.sqrt(norm2);
    for (let a = 0; a < n; a++) {
      zRe[s * n + a] *= inv;
      zIm[s * n + a] *= inv;
    }
  }
  const vbRe = sys.vectorsRe.subarray(0, n * dim);
  const vbIm = sys.vectorsIm.subarray(0, n * dim);
  const BLOCK = 256;
  const pr = fig4Products(vbRe, vbIm, n, dim, zRe, zIm, S, BLOCK);
  const { xRe, xIm, wRe, wIm, ldw, gRe, gIm, ldg, psiRe, psiIm } = pr;
  const d2 = new Float64Array(S);
  const moments: HaarMoments[] = [];
  for (let m = 0; m < times.length; m++) {
    const t = times[m];
    for (let j = 0; j < dim; j++) {
      const c = Math.cos(sys.values[j] * t);
      const sn = -Math.sin(sys.values[j] * t);
      for (let a = 0; a < n; a++) {
        const o = a * dim + j;
        xRe[o] = vbRe[o] * c - vbIm[o] * sn;
        xIm[o] = vbRe[o] * sn + vbIm[o] * c;
      }
    }
    pr.formW();
    let trA = 0;
    for (let a = 0; a < n; a++) for (let j = a * ldw; j < a * ldw + n; j++) trA += wRe[j] * wRe[j] + wIm[j] * wIm[j];
    pr.formG();
    let trA2 = 0;
    for (let a = 0; a < n; a++) for (let j = a * ldg; j < a * ldg + n; j++) trA2 += gRe[j] * gRe[j] + gIm[j] * gIm[j];
    moments.push(haarQuadraticMoments(n, trA, trA2));
    for (let s0 = 0; s0 < S; s0 += BLOCK) {
      const sb = Math.min(BLOCK, S - s0);
      const ld = pr.formPsi(s0, sb);
      for (let b = 0; b < sb; b++) {
        let p = 0;
        for (let a = 0; a < n; a++) p += psiRe[a * ld + b] ** 2 + psiIm[a * ld + b] ** 2;
        d2[s0 + b] += weights[m] * (ham[m] - p) ** 2;
      }
    }
    opts.onProgress?.(0.2 + (0.8 * (m + 1)) / times.length);
  }
  let mean = 0;
  for (const x of d2) mean += x;
  mean /= S;
  let v = 0;
  for (const x of d2) v += (x - mean) ** 2;
  return {
    kappa,
    criteria: criteria(model),
    times: Array.from(times),
    ham,
    d2: Array.from(d2),
    haarMean: haarMeanSquaredDeviation(weights, ham, moments),
    haarP1: moments.map((q) => ({ mean: q.mean, sd: Math.sqrt(Math.max(0, q.variance)) })),
    sampledMean: S > 0 ? mean : null,
    sampledStandardError: S > 1 ? Math.sqrt(v / (S - 1) / S) : null,
    seconds: (performance.now() - start) / 1000,
  };
}
