import type { Erratum } from '../erratum.ts';
import { DysonCase, SMALLEST_GRID, describeFrozen, matMul, worstSite } from '../evidence/dysonCase.ts';

const FROZEN = { sites: 2, levels: 1, ...SMALLEST_GRID };

/** P_ν ∝ ν, the generic populations the suite uses. */
function populations(sites: number): number[] {
  const total = (sites * (sites + 1)) / 2;
  return Array.from({ length: sites }, (_, i) => (i + 1) / total);
}

/** (24)–(25): the Hilbert-space average with the block traces of (23). */
export const eq25HamAverage: Erratum = {
  id: 'eq25-ham-average',
  equation: '(24)–(25)',
  printed:
    'P_µ(τ) = ⟨ψ_µ|ψ_µ⟩ − (2/ħ²)(⟨ψ_µ|ψ_µ⟩/n)Tr_µ{(Û⁽¹⁾)²} + (1/ħ²)(⟨ψ_µ+1|ψ_µ+1⟩/n)Tr_µ+1{(Û⁽¹⁾)²} ' +
    '+ (1/ħ²)(⟨ψ_µ−1|ψ_µ−1⟩/n)Tr_µ−1{(Û⁽¹⁾)²}, with Tr_µ the partial trace over subspace µ of (23)',
  corrected:
    'P_µ(τ) = P_µ − (P_µ/n)Tr_µ{(Û⁽¹⁾)²} + Σ_ν=µ±1 (P_ν/n)Tr_ν{Û⁽¹⁾P̂_µ,µÛ⁽¹⁾} = P_µ − Σ_ν=µ±1 (T_µν/n)(P_µ − P_ν), ' +
    'with the one-bond trace T_µν = Tr{u⁽¹⁾_µν u⁽¹⁾_νµ} = T_νµ (ħ = 1). This equals, to rounding, the Hilbert-space ' +
    'average Σ_ν (P_ν/n)Tr_ν{Â_µ} of the second-order Â_µ of (13).',
  consequences:
    'With (26) for the one-bond trace, T_µν ≈ κnτ, the corrected form gives P_µ(τ) = P_µ − κτ Σ_ν=µ±1 (P_µ − P_ν): ' +
    '(28) for interior sites and (30), (32) at the ends. So (28) and the rate equations (30)–(32) survive. The printed ' +
    '(25) reproduces (28) only if each Tr is read as ONE bond trace — the slips in (20) lines 4–5, (21) and (26) compensate.',
  checkedBy:
    'properties/dyson/expansion.prop.ts — “(25) as printed … differs from the HAM average of (13)” (shrinks to N = 2, ' +
    'n = 1), “(25) corrected … is the HAM average of (13)”',
  evidence() {
    const o = new DysonCase(FROZEN);
    const n = FROZEN.levels;
    const pops = populations(FROZEN.sites);
    const pop = (nu: number) => (nu >= 1 && nu <= FROZEN.sites ? pops[nu - 1] : 0);
    const sq = matMul(o.u1, o.u1);
    const ham = (mu: number) => {
      const a = o.a13(mu);
      let s = 0;
      for (let nu = 1; nu <= FROZEN.sites; nu++) s += (pop(nu) / n) * o.blockTrace(a, nu);
      return s;
    };
    const printed = worstSite(FROZEN.sites, (mu) =>
      Math.abs(
        ham(mu) -
          (pop(mu) -
            2 * (pop(mu) / n) * o.blockTrace(sq, mu) +
            (pop(mu + 1) / n) * o.blockTrace(sq, mu + 1) +
            (pop(mu - 1) / n) * o.blockTrace(sq, mu - 1)),
      ),
    );
    const corrected = worstSite(FROZEN.sites, (mu) => {
      const hop = matMul(matMul(o.u1, o.proj(mu)), o.u1);
      return Math.abs(
        ham(mu) -
          (pop(mu) -
            (pop(mu) / n) * o.blockTrace(sq, mu) +
            (pop(mu + 1) / n) * o.blockTrace(hop, mu + 1) +
            (pop(mu - 1) / n) * o.blockTrace(hop, mu - 1)),
      );
    });
    return {
      counterexample: `${describeFrozen(FROZEN)}; populations P = (${pops.map((p) => p.toFixed(4)).join(', ')}); worst site µ = ${printed.mu}`,
      printedResidual: printed.delta,
      correctedResidual: corrected.delta,
      tolerance: n * o.expansionTol(),
      toleranceDerivation:
        '|HAM average − formula|; tol = n·(8·d·ε·(1 + s + s²)² + tol(Û⁽²⁾)) — block traces sum n diagonal entries of ' +
        'second-order expansions',
    };
  },
};
