/**
 * docs/bench.md's "Against the targets" section states the committed baseline's figures: each ratio, |ΔP| and
 * the scale figure appears as the record gives it (a new baseline without a docs update fails here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BenchRecord } from '../../src/bench/benchRecord.ts';
import { scaleBoundBytes } from '../../src/bench/scaleFigure.ts';
import { BASELINE_DIR, baselineFiles } from '../support/committedBaselines.ts';

const dir = BASELINE_DIR;
const baselines = baselineFiles;

describe('docs/bench.md against the committed baseline', () => {
  it('names the newest baseline and states its peer ratios, |ΔP| and scale figure as recorded', () => {
    expect(baselines.length).toBeGreaterThan(0);
    const file = baselines[baselines.length - 1];
    const r = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as BenchRecord;
    const doc = readFileSync('docs/bench.md', 'utf8');
    expect(doc).toContain(`reports/bench/${file}`);
    const peer = (workload: string, name: string) => r.peers.find((p) => p.workload === workload && p.peer === name)!;
    const f2 = peer('F2', 'numpy_eigh');
    const f4 = peer('F4', 'numpy_eigh_band_ensemble');
    expect(doc).toContain(`| ${f2.ratio!.toFixed(2)}×, \\|ΔP\\| = ${f2.maxAbsDeltaP!.toExponential(1)} |`);
    expect(doc).toContain(`| ${f4.ratio!.toFixed(2)}×, \\|ΔP\\| = ${f4.maxAbsDeltaP!.toExponential(1)} |`);
    expect(doc).toContain(`F2 is ${peer('F2', 'scipy_expm_multiply').ratio!.toFixed(2)}× SciPy`);
    expect(doc).toContain(`${peer('F2', 'qutip_sesolve').ratio!.toFixed(2)}× QuTiP`);
    expect(doc).toContain(`agrees to ${peer('F2', 'qutip_sesolve').maxAbsDeltaP!.toExponential(1)}`);
    const scale = (r as unknown as { scale: { run: { peakRssBytes: number }; boundRatio: number } }).scale;
    expect(doc).toContain(`${Math.round(scale.run.peakRssBytes / 1e6)} MB = ${scale.boundRatio.toFixed(3)} of the bound`);
    expect(doc).toContain(`${Math.round(r.totalSeconds / 60)} min in all`);
    expect(doc).toContain(`1-min load ${r.machine.loadavgStart[0].toFixed(1)} at its start and ${r.machine.loadavgEnd[0].toFixed(1)} at its end`);
    // verdicts from the targets of issue 10 (F2 ≤ 0.5×, F4 ≤ 1.0× NumPy)
    expect(doc).toContain(`| ${f2.ratio!.toFixed(2)}×, \\|ΔP\\| = ${f2.maxAbsDeltaP!.toExponential(1)} | ${f2.ratio! <= 0.5 ? 'met' : 'missed'}`);
    expect(doc).toContain(`| ${f4.ratio!.toFixed(2)}×, \\|ΔP\\| = ${f4.maxAbsDeltaP!.toExponential(1)} | ${f4.ratio! <= 1 ? 'met' : 'missed'}`);
    // the F4 flop count from the task's sizes, and the two rates the text derives from it
    const m = /N=2 n=(\d+) S=(\d+) T=(\d+)/.exec(f4.task)!;
    const [n, S, T] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const flops = 8 * n * (2 * n) * S * T;
    expect(doc).toContain(`${(flops / 1e11).toFixed(2)}·10¹¹ flops over the ${T} times`);
    expect(doc).toContain(`p50 of ${f4.p50!.toFixed(2)} s, its eigendecomposition included, is at\nleast ${Math.floor(flops / f4.p50! / 1e9)} Gflop/s`);
    expect(doc).toContain(`the reference's ${(f4.ratio! * f4.p50!).toFixed(1)} s is ${Math.round(flops / (f4.ratio! * f4.p50!) / 1e9)} Gflop/s`);
    // the 2-core WebAssembly ceiling (8 flops a cycle and core at 5 GHz) is below the peer's rate, which is what the text claims
    expect(2 * 8 * 5e9).toBeLessThan(flops / f4.p50!);
  });

  it('lists every committed baseline in order with its F2 and F4 ratios', () => {
    const doc = readFileSync('docs/bench.md', 'utf8');
    let at = doc.indexOf('| baseline | loops | F2 / NumPy `eigh` | F4 / NumPy batched |');
    expect(at).toBeGreaterThan(0);
    for (const file of baselines) {
      const r = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as BenchRecord;
      const ratio = (w: string) => r.peers.find((p) => p.workload === w && p.peer.startsWith('numpy'))!.ratio!.toFixed(2);
      const row = new RegExp(`\\| \`${file.replace(/[.]/g, '\\.')}\` \\| [^|]+ \\| ${ratio('F2')}× \\| ${ratio('F4')}× \\|`);
      const found = row.exec(doc.slice(at));
      expect(found, `row of ${file}`).not.toBeNull();
      at += found!.index + 1; // rows in file (date) order
    }
  });

  it('states the N = 1000 scale run as reports/scale records it, against the 30-minute and memory targets', () => {
    const doc = readFileSync('docs/bench.md', 'utf8');
    const file = 'reports/scale/N1000-n500-2026-12-01.json';
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const bound = scaleBoundBytes(r.storageBytes); // issue 10's target: 1.3 × storage + 150 MB
    expect(r.sites).toBe(1000);
    expect(r.propagateSeconds / 60).toBeLessThan(30);
    expect(r.peakRssBytes).toBeLessThanOrEqual(bound);
    expect(doc).toContain(`| ${Math.round(r.propagateSeconds / 60)} min, ${Math.round(r.peakRssBytes / 1e6)} MB = ${(r.peakRssBytes / bound).toFixed(3)} of the bound | met |`);
    expect(doc).toContain(`build ${Math.round(r.buildSeconds)} s, propagation over 5/κ ${Math.round(r.propagateSeconds)} s (${Math.round(r.propagateSeconds / 60)} min, K = ${r.terms} terms, ${r.passes} passes)`);
    expect(doc).toContain(`peak RSS ${Math.round(r.peakRssBytes / 1e6)} MB against the bound 1.3 × ${Math.round(r.storageBytes / 1e6)} MB + 150 MB = ${Math.round(bound / 1e6)} MB (ratio ${(r.peakRssBytes / bound).toFixed(3)}), norm drift ${r.normDrift.toExponential(1)}`);
    expect(doc).toContain(`1-min load ${r.loadavgStart[0].toFixed(1)} at\nthe start and ${r.loadavgEnd[0].toFixed(1)} at the end`);
  });
});
