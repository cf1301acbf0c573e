import { HamcheckInputError } from '../../errors.ts';
import { asObject, finiteNumber, integer, noUnknownKeys, oneOf } from '../../validate/fields.ts';
import { assertFitsInMemory } from '../memoryLimit.ts';
import type { CouplingStructure } from './couplingStructure.ts';
import type { BondSpec, GeneralModelSpec, SiteSpec, Topology } from './generalModel.ts';

const MODEL_KEYS = ['topology', 'sites', 'bonds', 'gap', 'ensemble', 'seed'] as const;
const SITE_KEYS = ['levels', 'bandWidth', 'offset'] as const;
const BOND_KEYS = ['sites', 'coupling', 'structure'] as const;

/**
 * Validates untrusted data as a {@link GeneralModelSpec} before any compute; every violation is a
 * {@link HamcheckInputError} naming the field (`model.sites[2].levels`, `model.bonds[0].sites`, …) and the
 * allowed range.
 *
 * @remarks
 * Rules: N ≥ 2 sites, each n_µ an integer ≥ 1, δε_µ > 0 and an optional band offset o_µ (finite, |o_µ| < 10⁶); bonds join two distinct existing sites (1-based),
 * no pair twice, λ_b ≥ 0, an optional `structure` (`{kind: "banded", halfWidth: w ≥ 0}` or
 * `{kind: "sparse", density: p ∈ (0, 1]}`); the graph is connected (else the rate equations have no unique equilibrium); a
 * `"chain"` has exactly the bonds (µ, µ+1) in order, a `"ring"` (N ≥ 3) those plus (N, 1); gap > 0;
 * the coupling blocks fit the memory budget. Returns a fresh copy.
 */
export function validateGeneralModel(value: unknown, field = 'model'): GeneralModelSpec {
  const o = asObject(value, field);
  noUnknownKeys(o, field, MODEL_KEYS);
  const topology = oneOf<Topology>(o.topology, `${field}.topology`, ['chain', 'ring', 'graph'], 'graph');
  if (!Array.isArray(o.sites) || o.sites.length < 2) throw new HamcheckInputError(`${field}.sites`, 'an array of at least 2 sites {levels, bandWidth}', o.sites);
  const sites = o.sites.map((s, i): SiteSpec => {
    const f = `${field}.sites[${i}]`;
    const so = asObject(s, f);
    noUnknownKeys(so, f, SITE_KEYS);
    const site: SiteSpec = { levels: integer(so.levels, `${f}.levels`, { ge: 1 }), bandWidth: finiteNumber(so.bandWidth, `${f}.bandWidth`, { gt: 0 }) };
    if (so.offset !== undefined) site.offset = finiteNumber(so.offset, `${f}.offset`, { gt: -1e6, lt: 1e6 });
    return site;
  });
  const N = sites.length;
  if (!Array.isArray(o.bonds) || o.bonds.length < 1) throw new HamcheckInputError(`${field}.bonds`, 'an array of at least 1 bond {sites: [µ, ν], coupling}', o.bonds);
  const seen = new Set<string>();
  const bonds = o.bonds.map((b, i): BondSpec => {
    const f = `${field}.bonds[${i}]`;
    const bo = asObject(b, f);
    noUnknownKeys(bo, f, BOND_KEYS);
    if (!Array.isArray(bo.sites) || bo.sites.length !== 2) throw new HamcheckInputError(`${f}.sites`, `a pair [µ, ν] of sites 1 … ${N}`, bo.sites);
    const mu = integer(bo.sites[0], `${f}.sites[0]`, { ge: 1, le: N });
    const nu = integer(bo.sites[1], `${f}.sites[1]`, { ge: 1, le: N });
    if (mu === nu) throw new HamcheckInputError(`${f}.sites`, 'two distinct sites', bo.sites, `site ${mu} bonded to itself`);
    const key = `${Math.min(mu, nu)}-${Math.max(mu, nu)}`;
    if (seen.has(key)) throw new HamcheckInputError(`${f}.sites`, 'a pair not bonded before', bo.sites, `sites ${mu} and ${nu} are already bonded`);
    seen.add(key);
    const bond: BondSpec = { sites: [mu, nu], coupling: finiteNumber(bo.coupling, `${f}.coupling`, { ge: 0 }) };
    if (bo.structure !== undefined) bond.structure = validateStructure(bo.structure, `${f}.structure`);
    return bond;
  });
  checkTopology(topology, bonds, N, field);
  checkConnected(bonds, N, field);
  const gap = finiteNumber(o.gap, `${field}.gap`, { gt: 0 }, 1);
  const ensemble = oneOf(o.ensemble, `${field}.ensemble`, ['GUE', 'GOE'] as const, 'GUE');
  const seed = integer(o.seed, `${field}.seed`, { ge: 0, le: 2 ** 32 - 1 }, 1);
  const dim = sites.reduce((a, s) => a + s.levels, 0);
  const blockEntries = bonds.reduce((a, b) => a + sites[b.sites[0] - 1].levels * sites[b.sites[1] - 1].levels, 0);
  assertFitsInMemory(`${field}.sites`, 16 * blockEntries + 8 * dim, `coupling blocks of ${blockEntries} entries`);
  return { topology, sites, bonds, gap, ensemble, seed };
}

function checkTopology(topology: Topology, bonds: BondSpec[], N: number, field: string): void {
  if (topology === 'graph') return;
  if (topology === 'ring' && N < 3) throw new HamcheckInputError(`${field}.sites`, 'at least 3 sites for a ring', N);
  const count = topology === 'chain' ? N - 1 : N;
  if (bonds.length !== count) throw new HamcheckInputError(`${field}.bonds`, `${count} bonds for a ${topology} of ${N} sites`, bonds.length);
  bonds.forEach((b, i) => {
    const want = i === N - 1 ? [N, 1] : [i + 1, i + 2];
    if (b.sites[0] !== want[0] || b.sites[1] !== want[1]) {
      throw new HamcheckInputError(`${field}.bonds[${i}].sites`, `[${want.join(', ')}] (bond ${i + 1} of a ${topology}; use "topology": "graph" for other edges)`, `[${b.sites.join(', ')}]`);
    }
  });
}

function checkConnected(bonds: BondSpec[], N: number, field: string): void {
  const reached = new Set<number>([1]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { sites: [a, b] } of bonds) {
      if (reached.has(a) !== reached.has(b)) {
        reached.add(a);
        reached.add(b);
        grew = true;
      }
    }
  }
  if (reached.size < N) {
    const missing = Array.from({ length: N }, (_, i) => i + 1).find((s) => !reached.has(s));
    throw new HamcheckInputError(`${field}.bonds`, 'edges connecting all sites', `${bonds.length} bonds`, `site ${missing} cannot be reached from site 1`);
  }
}

function validateStructure(value: unknown, field: string): CouplingStructure {
  const o = asObject(value, field);
  const kind = oneOf(o.kind, `${field}.kind`, ['banded', 'sparse'] as const);
  if (kind === 'banded') {
    noUnknownKeys(o, field, ['kind', 'halfWidth']);
    return { kind, halfWidth: integer(o.halfWidth, `${field}.halfWidth`, { ge: 0 }) };
  }
  noUnknownKeys(o, field, ['kind', 'density']);
  return { kind, density: finiteNumber(o.density, `${field}.density`, { gt: 0, le: 1 }) };
}
