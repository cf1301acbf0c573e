import fc from 'fast-check';
import { describe, it } from 'vitest';
import { anySmallChain, insideCriteria } from '../arbitraries/dynamicsModels.ts';
import { implementationUnderTest } from '../support/implementation.ts';
import { describeCase } from '../support/deviationOfCase.ts';
import { propertyParams } from '../support/propertyParams.ts';

const impl = await implementationUnderTest();
const EPS = Number.EPSILON;

function check(ok: boolean, what: string, delta: number, tol: number): void {
  if (!ok) throw new Error(`${what}: Δ = ${delta.toExponential(3)}, tol = ${tol.toExponential(3)}`);
}

describe(`structure of both dynamics [${impl.name}]`, () => {
  it('ΣP_µ = 1 and P_µ ≥ 0 for the exact dynamics and for HAM', async () => {
    await fc.assert(
      fc.asyncProperty(anySmallChain, fc.integer({ min: 1, max: 50 }), async (c, tk) => {
        const kappa = await impl.kappa(c.model);
        const times = [0, tk / kappa / 10, tk / kappa];
        const exact = await impl.exactPopulations(c.model, { site: 1, seed: c.initialSeeds[0] }, times);
        const ham = await impl.hamPopulations(exact[0], kappa, times);
        const N = c.model.sites;
        // exact: each P_µ is off by ≤ exactAccuracy, so the sum by ≤ N·exactAccuracy
        const tolExact = N * impl.exactAccuracy;
        // HAM: N-mode sums of O(1) terms, N·4ε each
        const tolHam = 4 * N * N * EPS;
        for (const [rows, tol, name] of [[exact, tolExact, 'exact'], [ham, tolHam, 'HAM']] as const) {
          for (const p of rows) {
            const sum = p.reduce((a, b) => a + b, 0);
            check(Math.abs(sum - 1) <= tol, `${describeCase(c)}: ${name} ΣP_µ − 1`, Math.abs(sum - 1), tol);
            const low = Math.min(...p);
            check(low >= -tol, `${describeCase(c)}: ${name} min P_µ`, -low, tol);
          }
        }
      }),
      propertyParams(40, 20_000),
    );
  });

  it('mirror symmetry: reversing the chain reverses the populations', async () => {
    await fc.assert(
      fc.asyncProperty(anySmallChain, async (c) => {
        const N = c.model.sites;
        const n = c.model.levels;
        const ex = await impl.explicitModel(c.model, { site: 1, seed: c.initialSeeds[0] });
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
        const mirrored = { ...c.model, explicit: { levels: [...ex.levels].reverse(), couplings } };
        const amplitudes = { re: reverseSites(ex.initial.re), im: reverseSites(ex.initial.im) };
        const kappa = await impl.kappa(c.model);
        const times = [0.3 / kappa, 2 / kappa];
        const a = await impl.exactPopulations(c.model, { site: 1, seed: c.initialSeeds[0] }, times);
        const b = await impl.exactPopulations(mirrored, { site: N, seed: 0, amplitudes }, times);
        let delta = 0;
        a.forEach((p, j) => p.forEach((x, mu) => (delta = Math.max(delta, Math.abs(x - b[j][N - 1 - mu])))));
        const tol = 2 * impl.exactAccuracy; // two independent runs, each within exactAccuracy
        check(delta <= tol, `${describeCase(c)}: P_µ vs mirrored P_{N+1−µ}`, delta, tol);
      }),
      propertyParams(30, 20_000),
    );
  });

  it('HAM relaxes to 1/N', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 1, max: 1000 }), async (N, k) => {
        const kappa = k / 100;
        const p0 = Array.from({ length: N }, (_, mu) => (mu === 0 ? 1 : 0));
        // slowest mode ω₁ = 4sin²(π/2N): e^{−κω₁t} ≤ e^{−40} ≈ 4e-18 at t = 40/(κω₁)
        const t = 40 / (kappa * 4 * Math.sin(Math.PI / (2 * N)) ** 2);
        const [p] = await impl.hamPopulations(p0, kappa, [t]);
        const delta = Math.max(...p.map((x) => Math.abs(x - 1 / N)));
        const tol = 4 * N * EPS + 1e-17; // N-mode sums of O(1/√N·1/√N) terms plus the e^{−40} remainder
        check(delta <= tol, `N = ${N}: |P_µ(∞) − 1/N|`, delta, tol);
      }),
      propertyParams(50, 10_000),
    );
  });

  it('exact dynamics starts with zero slope (Zeno) where HAM starts with slope −κ', async () => {
    await fc.assert(
      fc.asyncProperty(insideCriteria, async (c) => {
        const kappa = await impl.kappa(c.model);
        const dt = 0.1 / c.model.bandWidth; // well inside the Zeno window t ≪ ħ/δε
        const [p0, p1] = await impl.exactPopulations(c.model, { site: 1, seed: c.initialSeeds[0] }, [0, dt]);
        const [, h1] = await impl.hamPopulations(p0, kappa, [0, dt]);
        const exactSlope = (p0[0] - p1[0]) / dt;
        const hamSlope = (p0[0] - h1[0]) / dt;
        // 1 − P₁(t) ≤ t²‖B†ψ‖² ≤ t²(2.2λ√n)² (Marchenko–Pastur edge 2√n + 10 %), so the
        // exact slope at dt is ≤ 4.84·dt·λ²n = 0.077κ; HAM: (1 − e^{−κω dt})/dt ≥ κ(1 − κ dt) ≈ κ
        const zenoBound = 0.1 * kappa;
        check(exactSlope <= zenoBound, `${describeCase(c)}: exact −dP₁/dt at t = 0.1/δε`, exactSlope, zenoBound);
        const rel = Math.abs(hamSlope - kappa) / kappa;
        // P₁(dt) = 1 − κdt + (L²)₁₁κ²dt²/2 + …, (L²)₁₁ = 2 on the path graph: relative slope error κdt, doubled
        const tolHam = 2 * kappa * dt;
        check(rel <= tolHam, `${describeCase(c)}: HAM −dP₁/dt vs κ (relative)`, rel, tolHam);
      }),
      propertyParams(25, 20_000),
    );
  });
});
