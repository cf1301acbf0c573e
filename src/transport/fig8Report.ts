import { F8, fig8Data, type Fig8Data } from './fig8.ts';
import { measureKappaTh, type KappaThMeasurementRun } from './measureKappaTh.ts';
import { validateTransportModelSpec } from './transportModel.ts';

/**
 * The Fig. 8 note (reports/paper/fig8.md) and its data (reports/paper/fig8.json): κ_th(T) of (48) with the
 * points measured from the exact dynamics, the finite-time factor against n, and the multi-band verdict on (47).
 */
export interface Fig8Report {
  fig8: Fig8Data;
  /** 1 − η at fixed c₁ = ½ for several n (one temperature; η does not depend on T for one band). */
  scaling: { n: number; c2: number; eta: number; measuredRatio: number; uncertainty: number; realizations: number }[];
  /** B = 3 model measured by the exact trace. */
  multiBand: { spec: Record<string, unknown>; run: KappaThMeasurementRun };
}

export interface Fig8ReportOptions {
  /** Random-phase states for the F8 points (default 256). */
  realizations?: number;
  /** Band sizes of the scaling table with their realizations (default n = 200, 500, 2000). */
  scaling?: { n: number; realizations: number }[];
  onProgress?: (what: string) => void;
}

/** Runs everything the note reports (≈ 1 min on 2 cores with the defaults). */
export function fig8Report(opts: Fig8ReportOptions = {}): Fig8Report {
  opts.onProgress?.('F8 measured points');
  const fig8 = fig8Data(F8, 241, { realizations: opts.realizations ?? 256, seed: 1 });
  const scaling = (opts.scaling ?? [
    { n: 200, realizations: 128 },
    { n: 500, realizations: 64 },
    { n: 2000, realizations: 8 },
  ]).map(({ n, realizations }) => {
    opts.onProgress?.(`scaling n = ${n}`);
    const spec = validateTransportModelSpec({ bands: 1, levels: n, bandWidth: 0.05, coupling: 0.05 / (2 * n), seed: 1 });
    const q = measureKappaTh(spec, [0.3], { realizations, seed: 2 }).points[0];
    return {
      n,
      c2: 1 / (4 * n),
      eta: q.kappaThFiniteTime / q.kappaThFormula,
      measuredRatio: q.kappaThMeasured / q.kappaThFormula,
      uncertainty: q.uncertainty / q.kappaThFormula,
      realizations,
    };
  });
  opts.onProgress?.('multi-band B = 3');
  const mb = { bands: 3, levels: 8, bandWidth: 0.05, coupling: (0.03 * 0.05) / 8, seed: 7 };
  const run = measureKappaTh(validateTransportModelSpec(mb), [0.2, 0.3, 0.5, 1, 2, 5], { mode: 'trace' });
  return { fig8, scaling, multiBand: { spec: mb, run } };
}

const e3 = (x: number): string => x.toExponential(3);
const f3 = (x: number): string => x.toFixed(3);

/** Markdown of the note; deterministic for a given report. */
export function renderFig8Note(r: Fig8Report): string {
  const { fig8 } = r;
  const m = fig8.measurement!;
  const out: string[] = [];
  out.push('# Fig. 8 — heat conductivity κ_th(T): formula (48) and the exact dynamics');
  out.push('');
  out.push('<!-- Written by fig8Report()/renderFig8Note() in src/transport/fig8Report.ts; data in fig8.json. -->');
  out.push('');
  out.push(
    `F8: n = ${fig8.parameters.levels}, δε = ${fig8.parameters.bandWidth}, λ = ${fig8.parameters.coupling}, ΔE = 1 ` +
      '(ħ = k_B = 1). Current convention: J > 0 from the hotter to the colder subunit, J = κ_th ΔT.',
  );
  out.push('');
  out.push('## Peak of (48)');
  out.push('');
  out.push(
    `κ_th,max = ${fig8.peak.kappaTh.toPrecision(7)} k_BΔE/ħ at k_BT = ${fig8.peak.temperature.toPrecision(7)} ΔE ` +
      `(golden section on ln T; location to ±${fig8.peak.logTemperatureAccuracy.toExponential(1)} in ln T, value to ` +
      `${fig8.peak.relativeAccuracy.toExponential(1)} relative). physics-notes: 1.669·10⁻³ at 0.1467 — reproduced.`,
  );
  out.push('');
  out.push('## Measured points (exact dynamics)');
  out.push('');
  out.push(
    `Method: quasi-thermal product states (37)/(38) with random phases at T ± ΔT/2 (ΔT = 10⁻²·min(T, T²/ΔE), same ` +
      `phases at ±ΔT), each sector E = i + j propagated exactly (Chebyshev, Gershgorin-bounded; sector 1 has dimension ` +
      `2n, sector 2 is static), J from the least-squares slope of the transferred energy over the window ` +
      `t ∈ [${m.window.t0.toFixed(1)}, ${m.window.t1.toFixed(1)}] ħ/ΔE (ħ/δε = ${(1 / fig8.parameters.bandWidth).toFixed(0)}, ` +
      `1/κ = ${(1 / m.window.kappaRef).toFixed(0)}, t_H = ${m.window.heisenbergTime.toFixed(0)}), ${m.realizations} ` +
      `random-phase states, phase seed ${m.seed}, GUE coupling seed 1, ${m.chebyshevTerms} Chebyshev terms.`,
  );
  out.push('');
  out.push('| k_BT | κ_th (48) | κ_th measured ± 1σ | measured/(48) | finite-time prediction | measured/prediction |');
  out.push('|---|---|---|---|---|---|');
  for (const q of fig8.measured!) {
    out.push(
      `| ${q.temperature} | ${e3(q.kappaThFormula)} | ${e3(q.kappaTh)} ± ${q.uncertainty.toExponential(1)} | ` +
        `${f3(q.kappaTh / q.kappaThFormula)} ± ${(q.uncertainty / q.kappaThFormula).toFixed(3)} | ${e3(q.kappaThFiniteTime)} | ` +
        `${f3(q.kappaTh / q.kappaThFiniteTime)} ± ${(q.uncertainty / q.kappaThFiniteTime).toFixed(3)} |`,
    );
  }
  const eta = fig8.measured![0].kappaThFiniteTime / fig8.measured![0].kappaThFormula;
  out.push('');
  out.push(
    `Reading: J ∝ ΔT holds and the measured κ_th(T) has the shape of (48) at every T (one rate κ, the T-dependence is ` +
      `c(T), eq. 51), but a window slope sees κ_th reduced by the finite-time factor η = ${f3(eta)}: the band edges lower ` +
      `the golden-rule slope by ≈ 2/(πδεt) and the back-flow by ≈ 2κt; at the window centre t* = (πδεκ)^{−½} each is ` +
      `≈ 2√(2c₂), c₂ = λ²n/δε² = ${(fig8.parameters.coupling ** 2 * fig8.parameters.levels / fig8.parameters.bandWidth ** 2).toExponential(1)}. ` +
      `The prediction column is that factor computed from this realization's second-order transfers through the ` +
      `master equation (no fit); measured and predicted agree within ρ = ${m.remainderBound.toExponential(2)} (derived ` +
      `remainder) plus 4σ. So (48) is what the exact dynamics gives in the limit c₂ → 0, and at finite c₂ up to 4√(2c₂).`,
  );
  out.push('');
  out.push('## The finite-time factor vanishes as n grows (c₁ = λn/δε = ½, δε = 0.05, k_BT = 0.3)');
  out.push('');
  out.push('| n | c₂ | realizations | measured/(48) ± 1σ | η (prediction) | 1 − η | 4√(2c₂) |');
  out.push('|---|---|---|---|---|---|---|');
  for (const s of r.scaling) {
    out.push(
      `| ${s.n} | ${s.c2.toExponential(2)} | ${s.realizations} | ${f3(s.measuredRatio)} ± ${s.uncertainty.toFixed(3)} | ${f3(s.eta)} | ` +
        `${f3(1 - s.eta)} | ${f3(4 * Math.sqrt(2 * s.c2))} |`,
    );
  }
  const mb = r.multiBand.run;
  out.push('');
  out.push('## Several bands: verdict on (47)');
  out.push('');
  out.push(
    `Model: ${JSON.stringify(r.multiBand.spec)} (B = 3 bands of n = 8, c = λn/δε = 0.03), exact phase average (trace ` +
      `over every sub-band state), window [${mb.window.t0.toFixed(0)}, ${mb.window.t1.toFixed(0)}], ρ = ` +
      `${mb.remainderBound.toExponential(2)}. "Window" columns use the second-order rates the window sees.`,
  );
  out.push('');
  out.push('| k_BT | exact κ_th | corrected (master eq.) | exact/corrected − 1 | (47) window rates | (47)/exact − 1 | detailed balance (47′) | (47) golden rule |');
  out.push('|---|---|---|---|---|---|---|---|');
  for (const q of mb.points) {
    out.push(
      `| ${q.temperature} | ${e3(q.kappaThMeasured)} | ${e3(q.kappaThFiniteTime)} | ${(q.kappaThMeasured / q.kappaThFiniteTime - 1).toExponential(1)} | ` +
        `${e3(q.kappaThPrinted47Window)} | ${(q.kappaThPrinted47Window / q.kappaThMeasured - 1).toFixed(3)} | ${e3(q.kappaThFormula)} | ${e3(q.kappaThPrinted47)} |`,
    );
  }
  out.push('');
  out.push(
    'Verdict: the exact dynamics obeys detailed balance — n(E,ℰ)κ(ℰ→ℰ′) = n(E,ℰ′)κ(ℰ′→ℰ), exactly for GOE couplings — ' +
      'so κ(E,ℰ,ℰ′) is not symmetric as (44) requires, and the measured κ_th follows the detailed-balance form ' +
      'κ_th = (ΔE/k_BT)² Σ_pairs g e^{−E/k_BT}/Z² (to ≈ 0.2 %), not (47) as printed (off by 28–43 % once the sector ' +
      'E = 3ΔE contributes). The two forms coincide for B ≤ 2 and for one band, where (47) gives (48). See reports/errata.md, ' +
      'entry transport-eq44-47-detailed-balance.',
  );
  out.push('');
  return out.join('\n');
}
