/**
 * `npm run variants:table`: runs every example variant (quick family size, seed 1) and rewrites the generated
 * table of docs/variants.md from the evaluations. spec/variant/variantCli.spec.ts fails when the table no
 * longer matches what the examples give.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PACKAGE_ROOT } from '../src/packageInfo.ts';
import { writeFileAtomic } from '../src/report/writeFileAtomic.ts';
import { evaluateVariant } from '../src/variant/evaluateVariant.ts';
import { examplesTableBlock, replaceExamplesBlock, VARIANT_EXAMPLES } from '../src/variant/examplesTable.ts';
import type { HamVariant } from '../src/variant/variant.ts';

const rows = [];
for (const { file, label } of VARIANT_EXAMPLES) {
  const variant = (await import(pathToFileURL(join(PACKAGE_ROOT, 'examples', 'variants', `${file}.ts`)).href)).default as HamVariant;
  const evaluation = await evaluateVariant(variant, { seed: 1 });
  console.log(`${label}: ${evaluation.verdict}`);
  rows.push({ file, label, evaluation });
}
const path = join(PACKAGE_ROOT, 'docs', 'variants.md');
const doc = await readFile(path, 'utf8');
const updated = replaceExamplesBlock(doc, examplesTableBlock(rows));
if (updated !== doc) await writeFileAtomic(path, updated);
console.log(`${path}: examples table ${updated === doc ? 'unchanged' : 'updated'}`);
