import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { criteria } from '../../src/model/criteria.ts';
import { validatePropagationSpec } from '../../src/runs/propagationSpec.ts';
import { estimatePropagation, MAX_CHEBYSHEV_TERMS } from '../../src/runs/runEstimate.ts';
import { runPropagation } from '../../src/runs/runPropagation.ts';
import { ANNOUNCE_BYTES, ANNOUNCE_SECONDS, announceLongRun, warnCriteria } from '../../src/cli/runNotices.ts';

function recorder() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

describe('up-front run estimate', () => {
  it('bounds the Chebyshev order the run then uses: K_run ≤ K_estimate ≤ 2·K_run', () => {
    // the estimate takes the semicircle edge 2λ√n for each coupling block plus the 40 + 8z^{1/3} guard terms
    // of truncatedBessel, so it lies above the order the verified expansion needs; the factor 2 keeps it useful
    const spec = validatePropagationSpec({ model: { sites: 3, levels: 200, bandWidth: 0.05, coupling: 2.5e-4 }, times: { count: 21, untilKappa: 5 } });
    const e = estimatePropagation(spec);
    const terms = Number(runPropagation(spec).report.details.terms);
    expect(e.terms).toBeGreaterThanOrEqual(terms);
    expect(e.terms).toBeLessThanOrEqual(2 * terms);
    expect(e.tMaxField).toBe('times.untilKappa'); // 5/κ for both the output and the D² window: the first wins
  });

  it('names the field that sets the longest time and counts the D² window', () => {
    const spec = validatePropagationSpec({ model: { sites: 3, levels: 10, bandWidth: 0.05, coupling: 2e-3 }, times: { values: [0, 1, 2] }, d2: { untilKappa: 5, points: 11 } });
    const e = estimatePropagation(spec);
    expect(e).toMatchObject({ times: 14, tMaxField: 'd2.untilKappa' });
    expect(e.terms).toBeLessThan(MAX_CHEBYSHEV_TERMS);
  });

  it('announces a run over a minute or over 1 GiB, and is silent below both', () => {
    const out = recorder();
    announceLongRun({ seconds: ANNOUNCE_SECONDS, bytes: ANNOUNCE_BYTES }, 'this run', out.stream);
    expect(out.text()).toBe('');
    announceLongRun({ seconds: 125, bytes: 1000 }, 'this run', out.stream);
    announceLongRun({ seconds: 1, bytes: 3 * 2 ** 30 }, 'this run', out.stream);
    expect(out.text()).toBe(
      'hamcheck: note: this run is estimated to take about 2 min 05 s on one core and 1 KiB of memory\n' +
        'hamcheck: note: this run is estimated to take about 1.0 s on one core and 3.00 GiB of memory\n',
    );
  });

  it('warns about a violated criterion (29) with its value, and not about a valid model', () => {
    const out = recorder();
    warnCriteria(criteria({ coupling: 5e-5, levels: 500, bandWidth: 0.05 }), 'F2', out.stream);
    expect(out.text()).toBe('');
    warnCriteria(criteria({ coupling: 1e-3, levels: 500, bandWidth: 0.05 }), 'this model', out.stream);
    expect(out.text()).toMatch(/^hamcheck: warning: this model is outside the criteria \(29\).*c2 = 0\.2 > 0\.01/);
  });
});
