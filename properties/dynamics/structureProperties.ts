/**
 * Structure both dynamics must have whatever the model: probability conservation (11), (30)–(32),
 * mirror symmetry of the chain, relaxation of HAM to 1/N, and the Zeno start of the exact dynamics
 * against the slope −κ of HAM.
 */
import fc from 'fast-check';
import { request } from '../../src/protocol/implementation.ts';
import { anySmallChain, insideCriteria } from '../arbitraries/dynamicsModels.ts';
import { defineProperty, expectWithin } from '../framework/property.ts';
import { bandState, wireModel } from '../framework/suiteInputs.ts';
import { describeCase, kappa27 } from './deviationOfCase.ts';

const EPS = Number.EPSILON;

export const probabilityConservation = defineProperty({
  id: 'dynamics/probability-conservation',
  title: 'ΣP_µ = 1 and P_µ ≥ 0 for the exact dynamics (11) and for HAM (30)–(32)',
  requires: ['model.kappa', 'exact.populations', 'ham.populations'],
  arbitrary: fc.tuple(anySmallChain, fc.integer({ min: 1, max: 50 })),
  cases: 40,
  minCases: 10,
  timeLimitMs: 20_000,
  async check(impl, [c, tk]) {
    const model = wireModel(c.model);
    const { kappa } = await request(impl, 'model.kappa', { model });
    // uneven, unsorted, beyond 1/κ
    const times = [tk / kappa, 0, tk / kappa / 10];
    const { populations: exact } = await request(impl, 'exact.populations', { model, initial: bandState(c.model, c.initialSeeds[0]), times });
    const { populations: ham } = await request(impl, 'ham.populations', { p0: exact[1], kappa, times });
    const N = c.model.sites;
    // exact: each P_µ within the claimed accuracy a, so the sum within N·a
    const tolExact = N * impl.accuracy['exact.populations'];
    // HAM: N-mode sums of O(1) terms, N·4ε each, or the claimed accuracy
    const tolHam = Math.max(4 * N * N * EPS, N * impl.accuracy['ham.populations']);
    for (const [rows, tol, name] of [[exact, tolExact, 'exact'], [ham, tolHam, 'HAM']] as const) {
      for (const p of rows) {
        const sum = p.reduce((a, b) => a + b, 0);
        expectWithin(Math.abs(sum - 1) <= tol, `${describeCase(c)}: ${name} ΣP_µ − 1`, Math.abs(sum - 1), tol);
        const low = Math.min(...p);
        expectWithin(low >= -tol, `${describeCase(c)}: ${name} min P_µ`, -low, tol);
      }
    }
  },
});

export const mirrorSymmetry = defineProperty({
  id: 'dynamics/mirror-symmetry',
  title: 'reversing the chain (sites µ → N+1−µ, blocks B_µ → B†_{N−µ}) reverses the exact populations (11)',
  requires: ['exact.populations'],
  arbitrary: anySmallChain,
  cases: 30,
  minCases: 8,
  timeLimitMs: 20_000,
  async check(impl, c) {
    const N = c.model.sites;
    const n = c.model.levels;
    const model = wireModel(c.model);
    const ex = model.explicit!;
    // site µ → N−1−µ; block ⟨µ′|H′|µ′+1⟩ = ⟨N−1−µ′|H|N−2−µ′⟩ = B_{N−2−µ′}†
    const couplings = ex.couplings
      .map((b) => {
        const re: number[] = new Array(n * n);
        const im: number[] = new Array(n * n);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            re[i * n + j] = b.re[j * n + i];
            im[i * n + j] = -b.im[j * n + i];
          }
        }
        return { re, im };
      })
      .reverse();
    const reverseSites = (v: number[]) => Array.from({ length: N * n }, (_, i) => v[(N - 1 - Math.floor(i / n)) * n + (i % n)]);
    const initial = bandState(c.model, c.initialSeeds[0]);
    const mirrored = { ...model, explicit: { levels: [...ex.levels].reverse(), couplings } };
    const k = kappa27(c.model);
    const times = [2 / k, 0.3 / k];
    const { populations: a } = await request(impl, 'exact.populations', { model, initial, times });
    const { populations: b } = await request(impl, 'exact.populations', {
      model: mirrored,
      initial: { re: reverseSites(initial.re), im: reverseSites(initial.im) },
      times,
    });
    let delta = 0;
    a.forEach((p, j) => p.forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - b[j][N - 1 - mu])))));
    const tol = 2 * impl.accuracy['exact.populations']; // two independent runs, each within the claimed accuracy
    expectWithin(delta <= tol, `${describeCase(c)}: P_µ vs mirrored P_{N+1−µ}`, delta, tol);
  },
});

export const hamRelaxes = defineProperty({
  id: 'dynamics/ham-relaxes-to-uniform',
  title: 'HAM (30)–(32) relaxes to P_µ = 1/N',
  requires: ['ham.populations'],
  arbitrary: fc.tuple(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 1000 })),
  cases: 50,
  minCases: 15,
  timeLimitMs: 10_000,
  async check(impl, [N, k]) {
    const kappa = k / 100;
    const p0 = Array.from({ length: N }, (_, mu) => (mu === 0 ? 1 : 0));
    // slowest mode ω₁ = 4sin²(π/2N): e^{−κω₁t} ≤ e^{−40} ≈ 4e-18 at t = 40/(κω₁)
    const t = 40 / (kappa * 4 * Math.sin(Math.PI / (2 * N)) ** 2);
    const { populations: [p] } = await request(impl, 'ham.populations', { p0, kappa, times: [t] });
    const delta = Math.max(...p.map((x) => Math.abs(x - 1 / N)));
    // N-mode sums of O(1/√N·1/√N) terms plus the e^{−40} remainder, or the claimed accuracy
    const tol = Math.max(4 * N * EPS + 1e-17, impl.accuracy['ham.populations']);
    expectWithin(delta <= tol, `N = ${N}, κ = ${kappa}: |P_µ(∞) − 1/N|`, delta, tol);
  },
});

export const zenoStart = defineProperty({
  id: 'dynamics/zeno-start',
  title: 'the exact dynamics starts with zero slope (Zeno), HAM with slope −κ (27)',
  requires: ['model.kappa', 'exact.populations', 'ham.populations'],
  arbitrary: insideCriteria,
  cases: 25,
  minCases: 8,
  timeLimitMs: 20_000,
  async check(impl, c) {
    const model = wireModel(c.model);
    const { kappa } = await request(impl, 'model.kappa', { model });
    const dt = 0.1 / c.model.bandWidth; // well inside the Zeno window t ≪ ħ/δε
    const initial = bandState(c.model, c.initialSeeds[0]);
    const { populations: [p0, p1] } = await request(impl, 'exact.populations', { model, initial, times: [0, dt] });
    const { populations: [, h1] } = await request(impl, 'ham.populations', { p0, kappa, times: [0, dt] });
    const exactSlope = (p0[0] - p1[0]) / dt;
    const hamSlope = (p0[0] - h1[0]) / dt;
    const k27 = kappa27(c.model);
    // 1 − P₁(t) ≤ t²‖B†ψ‖² ≤ t²(2.2λ√n)² (Marchenko–Pastur edge 2√n + 10 %), so the
    // exact slope at dt is ≤ 4.84·dt·λ²n = 0.077κ; HAM: (1 − e^{−κω dt})/dt ≥ κ(1 − κ dt) ≈ κ
    const zenoBound = 0.1 * k27 + (2 * impl.accuracy['exact.populations']) / dt;
    expectWithin(exactSlope <= zenoBound, `${describeCase(c)}: exact −dP₁/dt at t = 0.1/δε`, exactSlope, zenoBound);
    const rel = Math.abs(hamSlope - k27) / k27;
    // P₁(dt) = 1 − κdt + (L²)₁₁κ²dt²/2 + …, (L²)₁₁ = 2 on the path graph: relative slope error κdt, doubled
    const tolHam = 2 * k27 * dt + (2 * impl.accuracy['ham.populations']) / (dt * k27);
    expectWithin(rel <= tolHam, `${describeCase(c)}: HAM −dP₁/dt vs κ₂₇ (relative)`, rel, tolHam);
  },
});

export const timeOrderEquivariance = defineProperty({
  id: 'dynamics/time-order-equivariance',
  title: 'the answer for a permuted time grid is the permuted answer (exact (11) and HAM (30)–(32))',
  requires: ['model.kappa', 'exact.populations', 'ham.populations'],
  arbitrary: fc.tuple(anySmallChain, fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: 1, max: 1000 })),
  cases: 25,
  minCases: 8,
  timeLimitMs: 20_000,
  async check(impl, [c, units, shift]) {
    const model = wireModel(c.model);
    const { kappa } = await request(impl, 'model.kappa', { model });
    const times = units.map((u) => u / (8 * kappa));
    // a permutation that moves every entry (rotate by `shift` modulo the length), applied to the grid
    const k = 1 + (shift % (times.length - 1));
    const order = times.map((_, j) => (j + k) % times.length);
    const permuted = order.map((j) => times[j]);
    const initial = bandState(c.model, c.initialSeeds[0]);
    const exactA = (await request(impl, 'exact.populations', { model, initial, times })).populations;
    const exactB = (await request(impl, 'exact.populations', { model, initial, times: permuted })).populations;
    const p0 = exactA[0];
    const hamA = (await request(impl, 'ham.populations', { p0, kappa, times })).populations;
    const hamB = (await request(impl, 'ham.populations', { p0, kappa, times: permuted })).populations;
    for (const [name, a, b, acc] of [['exact', exactA, exactB, impl.accuracy['exact.populations']], ['HAM', hamA, hamB, impl.accuracy['ham.populations']]] as const) {
      let delta = 0;
      order.forEach((j, i) => b[i].forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - a[j][mu])))));
      const tol = 2 * acc; // two answers, each within the claimed accuracy
      expectWithin(delta <= tol, `${describeCase(c)}: ${name} P at times [${permuted}] vs the same times in the order [${times}]`, delta, tol);
    }
  },
});
