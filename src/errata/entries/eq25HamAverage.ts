import { eq25, linearPopulations } from '../../checks/dyson/expansionChecks.ts';
import { EXPANSION_TOL_DERIVATION } from '../../checks/dyson/tolerances.ts';
import type { Erratum } from '../erratum.ts';
import { SMALLEST_GRID, evidenceFromChecks, frozenOperators } from '../evidence/frozenCase.ts';

const FROZEN = { sites: 2, levels: 1, ...SMALLEST_GRID };

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
    'properties/dyson/dyson.prop.ts — “(25) as printed … differs from the HAM average of (13)” (shrinks to N = 2, ' +
    'n = 1); property dyson/eq25-corrected (properties/dyson/expansionProperties.ts)',
  evidence() {
    const o = frozenOperators(FROZEN);
    const pops = linearPopulations(FROZEN.sites);
    return evidenceFromChecks(
      FROZEN,
      eq25(o, pops, 'printed'),
      eq25(o, pops, 'corrected'),
      `|HAM average − formula|; tol = n·E — block traces sum n diagonal entries of second-order expansions, each ` +
        `within E = ${EXPANSION_TOL_DERIVATION}`,
      { before: `populations P = (${pops.map((p) => p.toFixed(4)).join(', ')}); ` },
    );
  },
};
