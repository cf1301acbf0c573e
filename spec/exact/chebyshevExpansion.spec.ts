import { describe, expect, it } from 'vitest';
import { HamcheckNumericalError, HamcheckResourceError } from '../../src/errors.ts';
import { chebyshevExpansion, chebyshevInPasses } from '../../src/exact/chebyshevExpansion.ts';
import { chebyshevStatesPerPass } from '../../src/exact/chebyshevStateBudget.ts';
import { chebyshevFromEstimate, chebyshevPropagator } from '../../src/exact/chebyshevPropagator.ts';
import { gershgorinBounds } from '../../src/linalg/blockTridiagonalOperator.ts';
import { chainOperator } from '../../src/model/chainHamiltonian.ts';
import { initialState } from '../../src/model/initialState.ts';
import { denseOracle } from '../support/denseOracle.ts';
import { expectWithin, maxAbsDiff, seededChain } from '../support/smallModels.ts';

const model = seededChain(3, 4, { coupling: 0.02, seed: 8 });
const op = chainOperator(model);
const psi = initialState({ site: 1, seed: 3 }, 3, 4);
const { min, max } = gershgorinBounds(op);
const centre = 0.5 * (min + max);
const halfWidth = 0.5 * (max - min);
const times = Float64Array.of(0, 40, 900);

describe('chebyshevExpansion', () => {
  it('on a guaranteed (Gershgorin) interval reproduces the dense oracle at every time', () => {
    const r = chebyshevExpansion(op, psi, times, centre, halfWidth, 1e-12)!;
    const oracle = denseOracle(model);
    let delta = 0;
    times.forEach((t, j) => {
      const want = oracle.evolve(psi, t);
      delta = Math.max(delta, maxAbsDiff(r.re.subarray(12 * j, 12 * (j + 1)), want.re), maxAbsDiff(r.im.subarray(12 * j, 12 * (j + 1)), want.im));
    });
    // tol = 1e-12 truncation + 100·√d·ε·K rounding (K ≈ a·t_max ≈ 60)
    expectWithin(delta, 1e-12 + 100 * Math.sqrt(12) * Number.EPSILON * Number(r.terms), 'ψ(t) vs oracle');
    expect(r.threads).toBe(1); // 2·4·4·2 entries: far below the threading threshold
  });

  it('detects an interval that misses the spectrum: the vectors grow and the result is null', () => {
    // half the true spread cannot contain the spectrum, so some ‖T_k(H̃)ψ‖ exceeds 1
    expect(chebyshevExpansion(op, psi, times, centre, 0.25 * halfWidth, 1e-12)).toBeNull();
  });

  it('refuses negative, NaN and infinite times', () => {
    for (const t of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => chebyshevExpansion(op, psi, Float64Array.of(0, t), centre, halfWidth, 1e-12)).toThrow(/times\[1\] must be a finite number ≥ 0/);
    }
  });

  it('refuses output states beyond the memory limit, saying how much they need', () => {
    const saved = process.env.HAMCHECK_MEMORY_LIMIT_MB;
    process.env.HAMCHECK_MEMORY_LIMIT_MB = '1';
    try {
      // 16·T·dim + 64·dim bytes = 16·10⁵·12 ≈ 18 MiB > 1 MiB
      expect(() => chebyshevExpansion(op, psi, new Float64Array(100_000), centre, halfWidth, 1e-12)).toThrow(HamcheckResourceError);
    } finally {
      if (saved === undefined) delete process.env.HAMCHECK_MEMORY_LIMIT_MB;
      else process.env.HAMCHECK_MEMORY_LIMIT_MB = saved;
    }
  });

  it('reports progress monotonically up to 1', () => {
    const seen: number[] = [];
    chebyshevPropagator(model, psi, times, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('the propagator recovers from a too-narrow spectral estimate by a verified restart', () => {
    // an estimate covering only the middle third of the spectrum: the first expansion(s) must fail the
    // growth check, the restart widens the margin ×4 each time until ‖T_k(H̃)ψ‖ ≤ 1 holds
    const third = (max - min) / 3;
    const r = chebyshevFromEstimate(model, op, { min: min + third, max: max - third }, psi, times);
    expect(Number(r.details.restarts)).toBeGreaterThan(0);
    const oracle = denseOracle(model);
    let delta = 0;
    times.forEach((t, j) => {
      const want = oracle.evolve(psi, t);
      let p1 = 0;
      for (let k = 0; k < 4; k++) p1 += want.re[k] ** 2 + want.im[k] ** 2;
      delta = Math.max(delta, Math.abs(r.populations[j][0] - p1));
    });
    expectWithin(delta, 2e-12 + 1e-13, 'P₁ after restart vs oracle'); // 2·‖δψ‖ + rounding
  });

  it('gives up with a typed numerical error when no margin contains the spectrum', () => {
    // a zero-width estimate far from the spectrum: four widenings (×4 each, from 1 %) cannot reach it
    expect(() => chebyshevFromEstimate(model, op, { min: 50, max: 50 + 1e-9 }, psi, times)).toThrow(HamcheckNumericalError);
  });

  it.each([1, 2, 3])('in passes of %i state(s) gives every state bit for bit as one pass, in time order', (perPass) => {
    const many = Float64Array.from({ length: 7 }, (_, j) => 150 * j);
    const whole = chebyshevExpansion(op, psi, many, centre, halfWidth, 1e-12)!;
    const firsts: number[] = [];
    const re = new Float64Array(whole.re.length);
    const im = new Float64Array(whole.im.length);
    const run = chebyshevInPasses(op, psi, many, centre, halfWidth, 1e-12, perPass, (first, r, i) => {
      firsts.push(first);
      re.set(r, first * 12);
      im.set(i, first * 12);
    });
    expect(run).toEqual({ terms: whole.terms, threads: whole.threads, kernel: whole.kernel });
    // the first pass takes the remainder, the others perPass states each
    expect(firsts).toEqual(Array.from({ length: Math.ceil(7 / perPass) }, (_, g) => Math.max(0, 7 - perPass * (Math.ceil(7 / perPass) - g))));
    expect(re).toEqual(whole.re);
    expect(im).toEqual(whole.im);
  });

  it('in passes reports an interval that misses the spectrum as null too', () => {
    expect(chebyshevInPasses(op, psi, times, centre, 0.25 * halfWidth, 1e-12, 1, () => {})).toBeNull();
  });
});

describe('chebyshevStatesPerPass', () => {
  it('holds the states that fit max(64 MiB, ¼ of the blocks), at least one', () => {
    const MiB = 2 ** 20;
    expect(chebyshevStatesPerPass(1000, 10)).toBe(Math.floor((64 * MiB) / (16 * 1000)));
    // N = 1000, n = 500: ¼ of 999·500² entries of 16 bytes over states of 16·500 000 bytes
    expect(chebyshevStatesPerPass(500_000, 999 * 250_000)).toBe(Math.floor((0.25 * 999 * 250_000) / 500_000));
    expect(chebyshevStatesPerPass(1e12, 1)).toBe(1);
  });
});
