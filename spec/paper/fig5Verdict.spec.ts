/**
 * The Fig. 5 row of "paper vs hamcheck" says as much as its fit supports: "confirmed" when the 95 % interval
 * holds the paper's −1, else "not exactly", with how far the exponent misses (rounded up) and in which direction.
 */
import { describe, expect, it } from 'vitest';
import type { Fig5Result } from '../../src/paper/fig5Scaling.ts';
import { paperPage, type PaperResults } from '../../src/paper/paperContent.ts';
import { PAPER_CLAIMS } from '../../src/paper/paperClaims.ts';
import { renderMarkdown } from '../../src/paper/paperPage.ts';
import { studentTQuantile } from '../../src/bench/studentT.ts';

const base: PaperResults = { version: '9.9.9', full: false, populations: [], seconds: {} };
const config = { model: { sites: 3, levels: 500, bandWidth: 0.05, gap: 1, coupling: 5e-5, ensemble: 'GUE' as const, seed: 1 }, sites: 3, c1: 0.5, levels: [25, 50, 100, 200, 400, 800], insetLevels: 500, points: 41 };

function row(slope: number, se: number): string {
  const half = studentTQuantile(0.975, 4) * se;
  const result: Fig5Result = { againstN: [], againstSites: [], slope, slopeStandardError: se, slopeInterval: [slope - half, slope + half], seconds: 0 };
  const md = renderMarkdown(paperPage({ ...base, fig5: { config, result } }));
  return md.split('\n').find((l) => l.startsWith('| Fig. 5: D²₁ against n |'))!;
}

describe('Fig. 5 verdict', () => {
  it('confirmed when the interval holds the paper’s exponent', () => {
    expect(PAPER_CLAIMS.fig5Slope).toBe(-1);
    expect(row(-1.01, 0.02)).toMatch(/\| confirmed \(interval contains it\) \|$/);
  });

  it('otherwise "not exactly", with the miss in per cent rounded up and its direction', () => {
    // the full run's fit: −1.0536 ± 0.0150 → a 5.36 % miss, said as "within 6 %", steeper than 1/n
    expect(row(-1.0536, 0.015)).toContain('not exactly: the 95 % interval excludes -1; the exponent is within 6 % of it (D²₁ falls slightly faster than 1/n over this range)');
    expect(row(-0.9, 0.01)).toContain('within 10 % of it (D²₁ falls slightly slower than 1/n');
  });
});
