/**
 * The one contract of the exact propagators, run against both methods: the same typed input errors
 * before any compute, and results that own their arrays.
 */
import { describe, expect, it } from 'vitest';
import { HamcheckInputError } from '../../src/errors.ts';
import { propagate, propagateAnyOrder } from '../../src/exact/propagate.ts';
import type { ExactMethod } from '../../src/exact/propagation.ts';
import { initialState } from '../../src/model/initialState.ts';
import { seededChain } from '../support/smallModels.ts';

const METHODS: ExactMethod[] = ['chebyshev', 'eigen'];
const model = seededChain(3, 4, { coupling: 0.01, bandWidth: 0.05, seed: 2 });
const psi = initialState({ site: 1, seed: 5 }, 3, 4);

/** The error `run` throws (fails the test if it throws nothing). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, none was thrown');
}

function inputError(field: string, detail: RegExp) {
  return expect.objectContaining({ name: 'HamcheckInputError', field, message: expect.stringMatching(detail) });
}

describe.each(METHODS)('exact propagator contract: %s', (method) => {
  it.each([
    ['negative', Float64Array.of(0, -1, 2), /times\[1\] is negative/],
    ['NaN', Float64Array.of(0, Number.NaN), /times\[1\] is not finite/],
    ['+∞', Float64Array.of(Number.POSITIVE_INFINITY), /times\[0\] is not finite/],
    ['unsorted', Float64Array.of(0, 5, 3), /times\[2\] < times\[1\] = 5/],
  ])('refuses %s times with a HamcheckInputError on `times`, before any compute', (_what, times, detail) => {
    let progress = 0;
    const e = thrown(() => propagate(model, psi, times, { method, onProgress: () => progress++ }));
    expect(e).toBeInstanceOf(HamcheckInputError);
    expect(e).toEqual(inputError('times', detail));
    expect(progress).toBe(0);
  });

  it('refuses an initial state of the wrong length with a HamcheckInputError on `initial`', () => {
    const short = { re: new Float64Array(11), im: new Float64Array(11) };
    expect(thrown(() => propagate(model, short, Float64Array.of(0, 1), { method }))).toEqual(inputError('initial', /length N·n = 12/));
  });

  it.each([0, -1e-12, Number.NaN])('refuses tolerance %f with a HamcheckInputError on `tolerance`', (tolerance) => {
    expect(thrown(() => propagate(model, psi, Float64Array.of(0, 1), { method, tolerance }))).toEqual(inputError('tolerance', /finite number > 0/));
  });

  it("returns its own arrays: changing the caller's times or ψ₀ afterwards changes nothing in the result", () => {
    const times = Float64Array.of(0, 10, 20);
    const psi0 = { re: Float64Array.from(psi.re), im: Float64Array.from(psi.im) };
    const r = propagate(model, psi0, times, { method });
    const before = { times: Array.from(r.times), populations: r.populations.map((p) => Array.from(p)), norms: Array.from(r.norms) };
    expect(r.times).not.toBe(times);
    times.fill(99);
    psi0.re.fill(0);
    psi0.im.fill(0);
    expect(Array.from(r.times)).toEqual(before.times);
    expect(r.populations.map((p) => Array.from(p))).toEqual(before.populations);
    expect(Array.from(r.norms)).toEqual(before.norms);
    expect(new Set(r.populations).size).toBe(r.populations.length);
  });

  it('propagateAnyOrder returns the same numbers as the sorted request, in the caller\'s order', () => {
    const sorted = propagate(model, psi, Float64Array.of(0, 3, 7, 7, 20), { method });
    const any = propagateAnyOrder(model, psi, Float64Array.of(20, 7, 0, 7, 3), { method });
    const at = [4, 2, 0, 3, 1];
    expect(Array.from(any.times)).toEqual([20, 7, 0, 7, 3]);
    at.forEach((k, j) => {
      expect(Array.from(any.populations[j])).toEqual(Array.from(sorted.populations[k]));
      expect(any.norms[j]).toBe(sorted.norms[k]);
    });
  });

  it('propagateAnyOrder still refuses negative and non-finite times on `times`', () => {
    expect(thrown(() => propagateAnyOrder(model, psi, Float64Array.of(4, -1), { method }))).toEqual(inputError('times', /negative/));
    expect(thrown(() => propagateAnyOrder(model, psi, Float64Array.of(4, Number.NaN), { method }))).toEqual(inputError('times', /not finite/));
  });
});

describe('propagate', () => {
  it('refuses an unknown method with a HamcheckInputError on `method`', () => {
    const e = thrown(() => propagate(model, psi, Float64Array.of(0), { method: 'rk4' as ExactMethod }));
    expect(e).toEqual(inputError('method', /one of "chebyshev", "eigen"/));
  });
});
