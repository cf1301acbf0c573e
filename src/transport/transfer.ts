import { HamcheckInputError } from '../errors.ts';
import { assertFitsInMemory } from '../model/memoryLimit.ts';
import { Xoshiro128 } from '../model/rng/xoshiro128.ts';
import type { ComplexVector } from '../linalg/complexVector.ts';
import { propagateSector } from './sectorChebyshev.ts';
import type { quasiThermalState } from './quasiThermal.ts';
import type { Sector, TransportModel } from './transportModel.ts';

/**
 * Sub-band-resolved exact dynamics of quasi-thermal product states (eqs. 37/38), the raw material of every
 * measured current.
 *
 * @remarks
 * A quasi-thermal pure state of one subunit is ψ = Σ_i √(p_i(T)/n_i) Σ_k e^{iφ_ik}|i, k⟩ with independent
 * uniform phases φ ({@link quasiThermalState}, eq. 37: the band populations are Boltzmann, the bands "quasi
 * degenerate"). The product
 * state ψ₁ ⊗ ψ₂ (38) decomposes over sectors E = i + j and, inside a sector, over sub-bands:
 * ψ = Σ_b c_b u_b with c_b = √(p_i(T₁)p_j(T₂)) and the unit vectors u_b = x_i ⊗ y_j,
 * x_i = n_i^{−½}Σ_k e^{iφ_ik}|i, k⟩. The coupling keeps sectors apart, and the Schrödinger equation is
 * linear, so e^{−iHt}ψ = Σ_b c_b e^{−iH_Et}u_b exactly: propagating the S unit vectors u_b of a sector
 * once gives the exact state for EVERY pair (T₁, T₂). Stored per time t_m: the Gram-type matrices
 * M_a,bb′(t) = Re⟨e^{−iHt}u_b|P_a|e^{−iHt}u_b′⟩ (P_a the projector on sub-band a), from which
 * P_a(t) = Σ_{b,b′} c_b c_b′ M_a,bb′(t). The b ≠ b′ terms ("coherent") average to zero over the phases
 * (u_b, u_b′ carry independent phases); the b = b′ terms ("incoherent") are the phase average's unbiased
 * part. Mode "trace" replaces the random-phase vectors by the basis states of each sub-band and averages
 * (M_a,bb = Tr[P_a U P_b U†]/n_b): the exact phase average, without statistical error, for small models.
 */
export interface TransferData {
  mode: 'phases' | 'trace';
  times: Float64Array;
  /** Realizations of the phases (1 in trace mode). */
  realizations: number;
  sectors: SectorTransfer[];
  /** Chebyshev terms of the longest expansion, for reports. */
  chebyshevTerms: number;
}

/** M_a,bb′(t_m) of one sector for every realization: `at(r, m, a, b, b′)`. */
export interface SectorTransfer {
  sector: Sector;
  /** Number of sub-bands S. */
  S: number;
  /** Flat storage, index ((r·M + m)·S + a)·S² + b·S + b′. */
  data: Float64Array;
}

/** Read M_a,bb′(t_m) of realization r. */
export function transferAt(st: SectorTransfer, M: number, r: number, m: number, a: number, b: number, b2: number): number {
  const S = st.S;
  return st.data[((r * M + m) * S + a) * S * S + b * S + b2];
}

export interface TransferOptions {
  /** Output times (≥ 0). */
  times: Float64Array;
  /** Realizations of the random phases (phases mode). */
  realizations?: number;
  /** Seed of the phases (unsigned 32-bit). */
  seed?: number;
  mode?: 'phases' | 'trace';
  /** Chebyshev truncation tolerance (default 1e-12). */
  tolerance?: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Runs the exact dynamics of {@link TransferData} for every dynamic sector of the model.
 *
 * @remarks Phases: one {@link Xoshiro128}(seed) stream; for each realization, subunit 1 then subunit 2,
 * band i = 0 … B, level k: φ = 2π·u. Cost per realization: Σ_E S_E propagations of dimension d_E; trace
 * mode: Σ_E d_E propagations in total.
 */
export function measureTransfer(model: TransportModel, opts: TransferOptions): TransferData {
  const mode = opts.mode ?? 'phases';
  const R = mode === 'trace' ? 1 : (opts.realizations ?? 16);
  if (!Number.isInteger(R) || R < 1) throw new HamcheckInputError('realizations', 'an integer ≥ 1', opts.realizations);
  const times = opts.times;
  const M = times.length;
  const bytes = model.sectors.reduce((acc, s) => acc + R * M * s.subBands.length ** 3 * 8 + s.subBands.length * M * s.dim * 16, 0);
  assertFitsInMemory('realizations', bytes, `${R} realizations × ${M} times of sub-band overlaps`);
  const sectors: SectorTransfer[] = model.sectors.map((sector) => {
    const S = sector.subBands.length;
    return { sector, S, data: new Float64Array(R * M * S * S * S) };
  });
  let terms = 0;
  const totalWork = mode === 'trace' ? model.sectors.reduce((a, s) => a + s.dim, 0) : R * model.sectors.length;
  let done = 0;
  if (mode === 'trace') {
    for (const st of sectors) {
      const { sector, S } = st;
      for (let b = 0; b < S; b++) {
        const count = sector.subBands[b].count;
        const batch = Math.max(1, Math.min(count, 64));
        for (let k0 = 0; k0 < count; k0 += batch) {
          const starts: ComplexVector[] = [];
          for (let k = k0; k < Math.min(count, k0 + batch); k++) {
            const v = { re: new Float64Array(sector.dim), im: new Float64Array(sector.dim) };
            v.re[sector.offsets[b] + k] = 1;
            starts.push(v);
          }
          const run = propagateSector(sector, starts, times, opts.tolerance);
          terms = Math.max(terms, run.terms);
          for (const states of run.states) {
            for (let m = 0; m < M; m++) {
              for (let a = 0; a < S; a++) {
                const p = blockNorm2(states[m], sector.offsets[a], sector.offsets[a + 1]);
                st.data[(m * S + a) * S * S + b * S + b] += p / count;
              }
            }
          }
          done += starts.length;
          opts.onProgress?.(done / totalWork);
        }
      }
    }
    return { mode, times, realizations: 1, sectors, chebyshevTerms: terms };
  }
  const rng = new Xoshiro128(opts.seed ?? 1);
  const counts = model.spectrum.counts;
  for (let r = 0; r < R; r++) {
    const phases = [0, 1].map(() => counts.map((n) => Float64Array.from({ length: n }, () => 2 * Math.PI * rng.nextDouble())));
    for (const st of sectors) {
      const { sector, S } = st;
      const starts: ComplexVector[] = sector.subBands.map((sb, b) => {
        const v = { re: new Float64Array(sector.dim), im: new Float64Array(sector.dim) };
        const ph1 = phases[0][sb.i];
        const ph2 = phases[1][sb.j];
        const amp = 1 / Math.sqrt(sb.count);
        let idx = sector.offsets[b];
        for (let a = 0; a < ph1.length; a++) {
          for (let c = 0; c < ph2.length; c++) {
            v.re[idx] = amp * Math.cos(ph1[a] + ph2[c]);
            v.im[idx] = amp * Math.sin(ph1[a] + ph2[c]);
            idx++;
          }
        }
        return v;
      });
      const run = propagateSector(sector, starts, times, opts.tolerance);
      terms = Math.max(terms, run.terms);
      for (let m = 0; m < M; m++) {
        for (let a = 0; a < S; a++) {
          const lo = sector.offsets[a];
          const hi = sector.offsets[a + 1];
          for (let b = 0; b < S; b++) {
            for (let b2 = b; b2 < S; b2++) {
              const v = blockInnerRe(run.states[b][m], run.states[b2][m], lo, hi);
              const base = ((r * M + m) * S + a) * S * S;
              st.data[base + b * S + b2] = v;
              st.data[base + b2 * S + b] = v;
            }
          }
        }
      }
      done++;
      opts.onProgress?.(done / totalWork);
    }
  }
  return { mode, times, realizations: R, sectors, chebyshevTerms: terms };
}

function blockNorm2(v: ComplexVector, lo: number, hi: number): number {
  let s = 0;
  for (let i = lo; i < hi; i++) s += v.re[i] * v.re[i] + v.im[i] * v.im[i];
  return s;
}

/** Re⟨x|P|y⟩ over the index range [lo, hi). */
function blockInnerRe(x: ComplexVector, y: ComplexVector, lo: number, hi: number): number {
  let s = 0;
  for (let i = lo; i < hi; i++) s += x.re[i] * y.re[i] + x.im[i] * y.im[i];
  return s;
}
