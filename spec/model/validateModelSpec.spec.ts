import { describe, expect, it } from 'vitest';
import { HamcheckInputError, HamcheckResourceError } from '../../src/errors.ts';
import { refuseDrawBesideExplicit, validateInitialSpec, validateModelSpec } from '../../src/model/validateModelSpec.ts';

const good = { sites: 3, levels: 500, bandWidth: 0.05, gap: 1, coupling: 5e-5, ensemble: 'GUE', seed: 1 };

function failure(input: unknown): HamcheckInputError {
  try {
    validateModelSpec(input);
  } catch (e) {
    if (e instanceof HamcheckInputError) return e;
    throw e;
  }
  throw new Error('expected a HamcheckInputError');
}

describe('validateModelSpec', () => {
  it('accepts the F2 configuration and fills defaults', () => {
    const spec = validateModelSpec({ sites: 3, levels: 500, bandWidth: 0.05, coupling: 5e-5 });
    expect(spec).toMatchObject({ gap: 1, ensemble: 'GUE', seed: 1 });
  });

  it.each([
    [{ sites: 1 }, 'model.sites', 'an integer ≥ 2'],
    [{ sites: 2.5 }, 'model.sites', 'an integer ≥ 2'],
    [{ levels: 0 }, 'model.levels', 'an integer ≥ 1'],
    [{ levels: '500' }, 'model.levels', 'an integer ≥ 1'],
    [{ bandWidth: 0 }, 'model.bandWidth', 'a finite number > 0'],
    [{ bandWidth: -1 }, 'model.bandWidth', 'a finite number > 0'],
    [{ coupling: -1e-5 }, 'model.coupling', 'a finite number ≥ 0'],
    [{ coupling: Number.NaN }, 'model.coupling', 'a finite number ≥ 0'],
    [{ gap: Number.POSITIVE_INFINITY }, 'model.gap', 'a finite number > 0'],
    [{ ensemble: 'GSE' }, 'model.ensemble', 'one of "GUE", "GOE"'],
    [{ seed: -1 }, 'model.seed', 'an integer ≥ 0 and ≤ 4294967295'],
    [{ bandwith: 0.05 }, 'model.bandwith', 'no such field'],
  ])('refuses %j naming %s and the allowed range', (patch, field, allowed) => {
    const e = failure({ ...good, ...patch });
    expect(e.field).toBe(field);
    expect(e.allowed).toContain(allowed);
    expect(e.message).toContain(field);
  });

  it('refuses explicit arrays of the wrong length, naming the field', () => {
    const explicit = { levels: [[1, 1]], couplings: [] };
    expect(failure({ ...good, sites: 2, levels: 2, explicit }).field).toBe('model.explicit.levels');
    const explicit2 = { levels: [[1, 1], [1, 1]], couplings: [{ re: [0, 0, 0], im: [0, 0, 0, 0] }] };
    expect(failure({ ...good, sites: 2, levels: 2, explicit: explicit2 }).field).toBe('model.explicit.couplings[0].re');
  });

  it('takes N and n from explicit arrays; a given size must agree with them', () => {
    const block = { re: [0, 0, 0, 0], im: [0, 0, 0, 0] };
    const explicit = { levels: [[1, 1.01], [1, 1.01], [1, 1.01]], couplings: [block, block] };
    expect(validateModelSpec({ bandWidth: 0.05, coupling: 1e-3, explicit })).toMatchObject({ sites: 3, levels: 2 });
    expect(validateModelSpec({ bandWidth: 0.05, coupling: 1e-3, sites: 3, levels: 2, explicit })).toMatchObject({ sites: 3, levels: 2 });
    expect(failure({ bandWidth: 0.05, coupling: 1e-3, sites: 2, explicit }).message).toContain('model.sites: expected N = 3');
    expect(failure({ bandWidth: 0.05, coupling: 1e-3, levels: 3, explicit }).message).toContain('model.levels: expected n = 2');
    expect(failure({ bandWidth: 0.05, coupling: 1e-3, explicit: { levels: [[1]], couplings: [] } }).field).toBe('model.explicit.levels');
  });

  it('refuses seed or ensemble beside explicit arrays in a user spec (nothing is drawn)', () => {
    const explicit = { levels: [[1], [1]], couplings: [{ re: [0], im: [0] }] };
    for (const extra of [{ seed: 3 }, { ensemble: 'GOE' }]) {
      const input = { bandWidth: 0.05, coupling: 1e-3, explicit, ...extra };
      expect(() => refuseDrawBesideExplicit(input)).toThrow(`model.${Object.keys(extra)[0]}: expected no "${Object.keys(extra)[0]}" beside model.explicit`);
    }
    expect(() => refuseDrawBesideExplicit({ ...good })).not.toThrow(); // seeded draws keep their seed
  });

  it('suggests the nearest known field for a typo', () => {
    expect(failure({ ...good, bandwidth: 0.05 }).message).toContain('did you mean "bandWidth"?');
    expect(failure({ ...good, copuling: 0.05 }).message).toContain('did you mean "coupling"?');
    expect(failure({ ...good, temperature: 1 }).message).not.toContain('did you mean');
  });

  it('refuses sizes beyond the memory limit and says how much is needed', () => {
    expect(() => validateModelSpec({ ...good, sites: 100, levels: 20_000 })).toThrow(HamcheckResourceError);
    // (N−1)·n² complex doubles of coupling blocks plus N·n level energies
    const gib = (99 * 20_000 ** 2 * 16 + 100 * 20_000 * 8) / 2 ** 30;
    expect(() => validateModelSpec({ ...good, sites: 100, levels: 20_000 })).toThrow(`would need ${gib.toFixed(2)} GiB`);
  });

  it('validates the initial state against the model', () => {
    expect(validateInitialSpec(undefined, 3, 2)).toEqual({ site: 1, seed: 1 });
    expect(() => validateInitialSpec({ site: 4 }, 3, 2)).toThrow(/initial.site: expected an integer ≥ 1 and ≤ 3/);
    expect(() => validateInitialSpec({ amplitudes: { re: [1], im: [0] } }, 3, 2)).toThrow(/initial.amplitudes.re/);
  });
});
