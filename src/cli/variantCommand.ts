import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HamcheckInputError } from '../errors.ts';
import { createProgress } from '../report/progress.ts';
import { writeFileAtomic } from '../report/writeFileAtomic.ts';
import { integer } from '../validate/fields.ts';
import { evaluateVariant, QUICK_FAMILY_SIZE } from '../variant/evaluateVariant.ts';
import type { HamVariant } from '../variant/variant.ts';
import { variantHtml, variantJson, variantMarkdown } from '../variant/variantReport.ts';
import { checkOutputDir } from './outputPath.ts';

/** Exit codes of `hamcheck variant`: CI reads them. */
export const VARIANT_EXIT = { accepted: 0, rejected: 1, couldNotRun: 2 } as const;

/**
 * `hamcheck variant MODULE [--out DIR] [--family-size M] [--seed S]`: evaluates a HAM variant plug-in
 * ({@link HamVariant}) against the exact dynamics over its family (src/variant/evaluateVariant.ts).
 *
 * @remarks Writes DIR/variant.json (`hamcheck-variant/1`), DIR/variant.md and DIR/variant.html with --out,
 * else the JSON on stdout; the verdict line and progress go to stderr. Exit 0 accepted, 1 rejected, 2 could not
 * run (bad options, a module that does not load or export a variant, a family drawing invalid models, a
 * prediction of the wrong shape).
 */
export async function variantCommand(modulePath: string, opts: { out?: string; familySize?: string; seed?: string }): Promise<number> {
  if (opts.out) checkOutputDir(opts.out, '--out');
  const familySize = integer(opts.familySize === undefined ? QUICK_FAMILY_SIZE : Number(opts.familySize), '--family-size', { ge: 3, le: 10_000 });
  const seed = integer(opts.seed === undefined ? 1 : Number(opts.seed), '--seed', { ge: 0, le: 2 ** 32 - 1 });
  let variant: HamVariant;
  try {
    variant = await loadVariant(modulePath);
  } catch (e) {
    process.stderr.write(`hamcheck variant: could not run: ${e instanceof Error ? e.message : String(e)}\n`);
    return VARIANT_EXIT.couldNotRun;
  }
  const progress = createProgress({ label: `variant ${variant.name}`, total: familySize });
  let evaluation;
  try {
    evaluation = evaluateVariant(variant, { familySize, seed, onProgress: (done) => progress.update(done) });
  } catch (e) {
    progress.stop();
    const what = e instanceof HamcheckInputError ? `the family drew an invalid model: ${e.message}` : e instanceof Error ? e.message : String(e);
    process.stderr.write(`hamcheck variant: could not run: ${what}\n`);
    return VARIANT_EXIT.couldNotRun;
  }
  progress.stop();
  if (opts.out) {
    await writeFileAtomic(join(opts.out, 'variant.json'), variantJson(evaluation));
    await writeFileAtomic(join(opts.out, 'variant.md'), variantMarkdown(evaluation));
    await writeFileAtomic(join(opts.out, 'variant.html'), variantHtml(evaluation));
  } else {
    process.stdout.write(variantJson(evaluation));
  }
  process.stderr.write(`hamcheck variant ${variant.name}: ${evaluation.verdict}\n`);
  return evaluation.accepted ? VARIANT_EXIT.accepted : VARIANT_EXIT.rejected;
}

/** Imports the module (TypeScript through tsx when not already running from sources) and finds its variant. */
async function loadVariant(modulePath: string): Promise<HamVariant> {
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
  const missing = (['name', 'family', 'predict'] as const).filter((k) => candidate[k] === undefined);
  if (missing.length) throw new Error(`${modulePath} exports no variant: missing ${missing.join(', ')} (export default {name, family, predict})`);
  if (typeof candidate.predict !== 'function') throw new Error(`${modulePath}: predict is not a function`);
  if (typeof (candidate.family as { generate?: unknown }).generate !== 'function') throw new Error(`${modulePath}: family is not a fast-check Arbitrary`);
  return candidate as HamVariant;
}
