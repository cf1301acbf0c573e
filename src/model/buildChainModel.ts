import { HamcheckInputError } from '../errors.ts';
import { sharedBlockViews } from '../linalg/sharedArrays.ts';
import { finiteArray } from '../validate/fields.ts';
import { bandLevels } from './bandLevels.ts';
import { drawCouplingBlock } from './couplingDraw.ts';
import type { ChainModel, ExplicitArrays, ModelSpec } from './modelSpec.ts';
import { NormalDeviates } from './rng/normalDeviates.ts';
import { Xoshiro128 } from './rng/xoshiro128.ts';

/**
 * Builds the single-excitation Hamiltonian (3), (6), (7) of a validated {@link ModelSpec}.
 *
 * @remarks
 * Seeded draw (re-implementable in any language): one {@link Xoshiro128} seeded with `spec.seed`
 * feeds one {@link NormalDeviates} stream. For bond µ = 1 … N−1, row i = 0 … n−1, column j = 0 … n−1
 * (row-major), draw v_ij:
 * GUE: x then y, v_ij = (x + i·y)/√2; GOE: v_ij = x (real).
 * Either way E|v_ij|² = 1, so the golden-rule rate is κ = 2πλ²n/(ħδε) (27). The block of H is
 * B_µ = λ·v. All sites share the levels of {@link bandLevels}.
 *
 * Storage: the N−1 blocks are consecutive views of one SharedArrayBuffer per part (re, im), drawn in
 * place ({@link sharedBlockViews}), so the propagators and their worker threads use them without a copy.
 */
export function buildChainModel(spec: ModelSpec): ChainModel {
  if (spec.explicit) return buildExplicit(spec, spec.explicit);
  const { sites: N, levels: n, coupling: lambda } = spec;
  const band = bandLevels(n, spec.bandWidth, spec.gap);
  const energies = new Float64Array(N * n);
  for (let mu = 0; mu < N; mu++) energies.set(band, mu * n);
  const normals = new NormalDeviates(new Xoshiro128(spec.seed));
  const couplingRe = sharedBlockViews(N - 1, n * n);
  const couplingIm = sharedBlockViews(N - 1, n * n);
  for (let mu = 0; mu < N - 1; mu++) drawCouplingBlock(normals, n, n, lambda, spec.ensemble, { re: couplingRe[mu], im: couplingIm[mu] });
  return { ...shape(spec), ensemble: spec.ensemble, energies, couplingRe, couplingIm };
}

function shape(spec: ModelSpec) {
  return {
    sites: spec.sites,
    levels: spec.levels,
    bandWidth: spec.bandWidth,
    gap: spec.gap,
    coupling: spec.coupling,
  };
}

function buildExplicit(spec: ModelSpec, ex: ExplicitArrays): ChainModel {
  const { sites: N, levels: n } = spec;
  const energies = new Float64Array(N * n);
  ex.levels.forEach((row, mu) => energies.set(finiteArray(row, `model.explicit.levels[${mu}]`, n), mu * n));
  const couplingRe = sharedBlockViews(ex.couplings.length, n * n);
  const couplingIm = sharedBlockViews(ex.couplings.length, n * n);
  ex.couplings.forEach((b, mu) => {
    couplingRe[mu].set(finiteArray(b.re, `model.explicit.couplings[${mu}].re`, n * n));
    couplingIm[mu].set(finiteArray(b.im, `model.explicit.couplings[${mu}].im`, n * n));
  });
  if (ex.lowerCouplings) checkAdjoint(ex.lowerCouplings, couplingRe, couplingIm, n);
  return { ...shape(spec), ensemble: 'explicit', energies, couplingRe, couplingIm };
}

/**
 * Checks optional lower blocks ⟨µ+1|H|µ⟩ against B_µ†, so a non-Hermitian H is refused.
 * Tolerance: 4ε·max|B| — both sides are the same numbers up to one rounding each.
 */
function checkAdjoint(
  lower: { re: number[]; im: number[] }[],
  re: Float64Array[],
  im: Float64Array[],
  n: number,
): void {
  lower.forEach((block, mu) => {
    const lr = finiteArray(block.re, `model.explicit.lowerCouplings[${mu}].re`, n * n);
    const li = finiteArray(block.im, `model.explicit.lowerCouplings[${mu}].im`, n * n);
    let scale = 0;
    for (let e = 0; e < n * n; e++) scale = Math.max(scale, Math.hypot(re[mu][e], im[mu][e]));
    const tol = 4 * Number.EPSILON * scale;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        // ⟨µ+1,i|H|µ,j⟩ must equal conj⟨µ,j|H|µ+1,i⟩.
        const dRe = lr[i * n + j] - re[mu][j * n + i];
        const dIm = li[i * n + j] + im[mu][j * n + i];
        const delta = Math.hypot(dRe, dIm);
        if (delta > tol) {
          throw new HamcheckInputError(
            `model.explicit.lowerCouplings[${mu}] entry (${i}, ${j})`,
            `the conjugate transpose of couplings[${mu}] (H must be Hermitian; tol ${tol.toExponential(2)})`,
            `a block differing by Δ = ${delta.toExponential(3)}`,
          );
        }
      }
    }
  });
}
