import { describe, expect, it } from 'vitest';
import { KAPPA_TH_FIGURE_LEVELS, KAPPA_TH_FIGURE_OPTIONS, KAPPA_TH_FIGURE_TEMPERATURE, kappaThFigure, kappaThFigureSpec } from '../../src/bench/kappaThFigure.ts';
import { F8 } from '../../src/paper/paperConfigurations.ts';
import { measureKappaThRelaxation, RELAXATION_REALIZATION_ALLOWANCE } from '../../src/transport/relaxationKappaTh.ts';
import { kappaThEq48 } from '../../src/transport/singleBand.ts';

const figure = kappaThFigure();

describe('accuracy figure kappa-th-vs-48: relaxation estimator against (48) (src/bench/kappaThFigure.ts)', () => {
  it('names its model and is (κ_th^relax − κ_th(48))/κ_th(48), recomputed here from the estimator and (48) directly', () => {
    const n = KAPPA_TH_FIGURE_LEVELS;
    expect(figure.id).toMatch(new RegExp(`^kappa-th-vs-48 N=2 n=${n} k_BT=${KAPPA_TH_FIGURE_TEMPERATURE} `));
    const spec = kappaThFigureSpec();
    // F8 scaled down at F8's c₁ = λn/δε: 7 rounded operations (2 building λ, 5 here) of ≤ ε/2 each, so ≤ 4ε
    expect(Math.abs((spec.coupling * n) / spec.bandWidth / ((F8.coupling * F8.levels) / F8.bandWidth) - 1)).toBeLessThanOrEqual(4 * Number.EPSILON);
    const T = KAPPA_TH_FIGURE_TEMPERATURE * spec.gap;
    const q = measureKappaThRelaxation(spec, [T], KAPPA_TH_FIGURE_OPTIONS).points[0];
    const formula = kappaThEq48({ levels: n, bandWidth: spec.bandWidth, coupling: spec.coupling, gap: spec.gap }, T);
    // the same deterministic computation: within the figure's own tolerance
    expect(Math.abs((figure.value as number) - (q.kappaTh / formula - 1))).toBeLessThanOrEqual(figure.tolerance);
  });

  it('|value| stays under its bound, the relaxation allowance scaled to n (≥ the paper page’s 3 % at n = 500)', () => {
    expect(figure.value).not.toBeNull();
    expect(figure.bound).not.toBeNull();
    expect(Math.abs(figure.value as number)).toBeLessThanOrEqual(figure.bound as number);
    expect(figure.bound as number).toBeGreaterThanOrEqual(RELAXATION_REALIZATION_ALLOWANCE);
  });

  it('the tolerance resolves far below the bound (a deterministic run: Chebyshev τ through the fit), and a second run stays within it', () => {
    expect(figure.tolerance).toBeGreaterThan(0);
    // a change of the estimator by 1e-6 of its bound must already show: the tolerance is not a loose number
    expect(figure.tolerance).toBeLessThan(1e-6 * (figure.bound as number));
    const again = kappaThFigure();
    expect(again.version).toBe(figure.version);
    expect(Math.abs((again.value as number) - (figure.value as number))).toBeLessThanOrEqual(figure.tolerance);
  });

  it('another size is another series (version), also under its own bound; below the golden-rule regime it refuses', () => {
    const small = kappaThFigure(40);
    expect(small.version).not.toBe(figure.version);
    expect(small.id).toContain('n=40');
    expect(Math.abs(small.value as number)).toBeLessThanOrEqual(small.bound as number);
    // n = 20: δε·t_a = 0.2n/π ≈ 1.3 < 2, the golden-rule onset would still be running at the fit's start
    expect(() => kappaThFigure(20)).toThrow(/outside the golden-rule regime/);
  });
});
