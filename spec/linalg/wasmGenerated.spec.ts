/** The committed WebAssembly kernels are their .wat sources assembled (`npm run build:wasm` regenerates them). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleWat, generatedModuleText, WASM_DIR } from '../../scripts/wasmAssemble.ts';

const sources = readdirSync(WASM_DIR).filter((f) => f.endsWith('.wat'));

describe('generated WebAssembly modules', () => {
  it('exist for at least the complex GEMM kernel', () => {
    expect(sources).toContain('complexGemm.wat');
  });

  it.each(sources)('%s: the generated module is the assembled source byte for byte (else run npm run build:wasm)', async (f) => {
    const name = f.slice(0, -'.wat'.length);
    const committed = readFileSync(join(WASM_DIR, `${name}Wasm.generated.ts`), 'utf8');
    expect(committed).toBe(generatedModuleText(name, await assembleWat(join(WASM_DIR, f))));
  });
});
