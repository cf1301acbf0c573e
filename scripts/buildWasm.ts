// `npm run build:wasm`: assembles the WebAssembly kernels of src/linalg/wasm/*.wat (text format, the
// source of truth) with wabt and writes each as base64 into <name>Wasm.generated.ts beside it, so the
// kernels load from plain ES modules in sources, in dist/ and in worker threads alike. The spec
// spec/linalg/wasmGenerated.spec.ts fails when a generated file is stale.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomicSync } from '../src/report/writeFileAtomic.ts';
import { assembleWat, generatedModuleText, WASM_DIR } from './wasmAssemble.ts';

for (const f of readdirSync(WASM_DIR).filter((x) => x.endsWith('.wat'))) {
  const name = f.slice(0, -'.wat'.length);
  const bytes = await assembleWat(join(WASM_DIR, f));
  const out = join(WASM_DIR, `${name}Wasm.generated.ts`);
  writeFileAtomicSync(out, generatedModuleText(name, bytes));
  console.log(`build:wasm: ${f} → ${out} (${bytes.length} bytes)`);
}
