import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type fc from 'fast-check';
import { HamcheckInputError } from '../errors.ts';
import type { GeneralModelSpec } from '../model/graph/generalModel.ts';
import { AdapterStartError, ProtocolClient } from '../protocol/client/protocolClient.ts';
import { CapabilityErrored, CapabilitySkipped } from '../protocol/implementation.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { finiteNumber, integer } from '../validate/fields.ts';
import { evaluateVariant, QUICK_FAMILY_SIZE } from '../variant/evaluateVariant.ts';
import { paperChainInside } from '../variant/paperChainFamily.ts';
import { protocolVariant } from '../variant/protocolVariant.ts';
import type { HamVariant } from '../variant/variant.ts';
import { variantJson, variantReportFiles } from '../variant/variantReport.ts';
import { checkOutputDir } from './outputPath.ts';

/** Exit codes of `hamcheck variant`: CI reads them. */
export const VARIANT_EXIT = { accepted: 0, rejected: 1, couldNotRun: 2 } as const;

export interface VariantOptions {
  out?: string;
  familySize?: string;
  seed?: string;
  impl?: string;
  family?: string;
  timeoutScale?: string;
}

/**
 * `hamcheck variant MODULE | --impl CMD [--family MODULE] [--out DIR] [--family-size M] [--seed S]`: evaluates a
 * HAM variant against the exact dynamics over its family (src/variant/evaluateVariant.ts) — a plug-in module
 * ({@link HamVariant}), or an external program answering `ham.graphPopulations` over protocol v1 on the family
 * of `--family MODULE` (default: the paper's chain inside (29)).
 *
 * @remarks Writes DIR/variant.json (`hamcheck-variant/1`), DIR/variant.md, DIR/variant.html and one SVG per figure
 * (variant-distribution.svg, variant-scaling.svg, variant-populations.svg; src/variant/variantPlots.ts) with --out,
 * else the JSON on stdout; the verdict line and progress go to stderr. Exit 0 accepted, 1 rejected, 2 could not
 * run (bad options, a module that does not load or export a variant, an adapter that does not start, lacks
 * `ham.graphPopulations` or fails a request, a family drawing invalid models, a prediction of the wrong shape).
 */
export async function variantCommand(modulePath: string | undefined, opts: VariantOptions): Promise<number> {
  if (opts.out) checkOutputDir(opts.out, '--out');
  const familySize = integer(opts.familySize === undefined ? QUICK_FAMILY_SIZE : Number(opts.familySize), '--family-size', { ge: 3, le: 10_000 });
  const seed = integer(opts.seed === undefined ? 1 : Number(opts.seed), '--seed', { ge: 0, le: 2 ** 32 - 1 });
  const timeoutScale = finiteNumber(opts.timeoutScale === undefined ? 1 : Number(opts.timeoutScale), '--timeout-scale', { gt: 0, le: 1000 });
  if (modulePath !== undefined && opts.impl !== undefined) throw new HamcheckInputError('variant', 'a module or --impl, not both (the family of an --impl comes from --family MODULE)', `${modulePath} and --impl`);
  if (modulePath === undefined && opts.impl === undefined) throw new HamcheckInputError('variant', 'a variant module, or --impl "<command>"', 'neither');
  if (opts.family !== undefined && opts.impl === undefined) throw new HamcheckInputError('--family', 'used with --impl only (a module brings its own family)', opts.family);
  const fail = (what: string) => {
    process.stderr.write(`hamcheck variant: could not run: ${what}\n`);
    return VARIANT_EXIT.couldNotRun;
  };
  let variant: HamVariant;
  let client: ProtocolClient | undefined;
  try {
    if (opts.impl !== undefined) {
      const family = opts.family === undefined ? { arbitrary: paperChainInside, name: "the paper's chain inside (29)" } : { arbitrary: (await loadModule(opts.family, ['family'])).family as fc.Arbitrary<GeneralModelSpec>, name: opts.family };
      client = await ProtocolClient.start(opts.impl, { timeoutScale });
      if (!client.capabilities.has('ham.graphPopulations')) {
        await client.close();
        return fail(`${client.info.name} does not declare ham.graphPopulations (PROTOCOL.md): it cannot be sent general models`);
      }
      variant = protocolVariant(client, family.arbitrary, family.name);
    } else {
      variant = (await loadModule(modulePath!, ['name', 'family', 'predict'])) as unknown as HamVariant;
    }
  } catch (e) {
    return fail(e instanceof AdapterStartError ? `the adapter did not start: ${e.message}` : e instanceof Error ? e.message : String(e));
  }
  const progress = createProgress({ label: `variant ${variant.name}`, total: familySize });
  let evaluation;
  try {
    evaluation = await evaluateVariant(variant, { familySize, seed, onProgress: (done) => progress.update(done) });
  } catch (e) {
    progress.stop();
    const what =
      e instanceof HamcheckInputError ? `the family drew an invalid model: ${e.message}` : e instanceof CapabilityErrored || e instanceof CapabilitySkipped ? `the implementation failed a request: ${e.message}` : e instanceof Error ? e.message : String(e);
    return fail(what);
  } finally {
    await client?.close();
  }
  progress.stop();
  if (opts.out) {
    for (const file of await variantReportFiles(evaluation)) await writeFileAtomic(join(opts.out, file.name), file.content);
  } else {
    process.stdout.write(variantJson(evaluation));
  }
  process.stderr.write(`hamcheck variant ${variant.name}: ${evaluation.verdict}\n`);
  return evaluation.accepted ? VARIANT_EXIT.accepted : VARIANT_EXIT.rejected;
}

/**
 * Imports a module (TypeScript through tsx when not already running from sources) and finds the object holding
 * `keys`: its default export, its `variant` export, or the module itself.
 */
async function loadModule(modulePath: string, keys: readonly ('name' | 'family' | 'predict')[]): Promise<Partial<HamVariant>> {
  const abs = resolve(modulePath);
  if (!existsSync(abs)) throw new Error(`${modulePath}: no such file`);
  if (/\.[cm]?ts$/.test(abs)) {
    try {
      const { register } = await import('tsx/esm/api');
      register();
    } catch {
      throw new Error(`${modulePath}: loading a TypeScript variant needs tsx (npm install tsx), or compile it to .mjs`);
    }
  }
  const mod = (await import(pathToFileURL(abs).href)) as Record<string, unknown>;
  const candidate = (mod.default ?? mod.variant ?? mod) as Partial<HamVariant>;
  const missing = keys.filter((k) => candidate[k] === undefined);
  if (missing.length) throw new Error(`${modulePath} exports no ${keys.length === 1 ? 'family' : 'variant'}: missing ${missing.join(', ')} (export default {${keys.join(', ')}})`);
  if (keys.includes('predict') && typeof candidate.predict !== 'function') throw new Error(`${modulePath}: predict is not a function`);
  if (typeof (candidate.family as { generate?: unknown }).generate !== 'function') throw new Error(`${modulePath}: family is not a fast-check Arbitrary`);
  return candidate;
}
