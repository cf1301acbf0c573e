import { defineConfig } from 'vitest/config';

// The test set Stryker runs per mutant (see stryker.config.mjs): fast, in-process tests only.
export default defineConfig({
  test: {
    include: ['spec/{model,linalg,exact,ham}/**/*.spec.ts', 'properties/dynamics/dynamics.prop.ts'],
    // moderate sizes run 10–100× slower instrumented; their small-size siblings stay in the set
    // chebyshevPasses: one propagation over 5·10⁵ output times (2 s), which made a per-mutant run 4× longer; it runs in npm test
    exclude: ['spec/exact/chebyshevVsEigen.spec.ts', 'spec/exact/chebyshevThreads.spec.ts', 'spec/exact/chebyshevWorkerError.spec.ts', 'spec/exact/chebyshevPasses.spec.ts'],
    globalSetup: ['properties/support/globalSeed.ts'],
    // serial kernel: Stryker's active-mutant switch lives in this thread's globals, not in a worker's
    // the structure properties of the dynamics (independent of the reference's own numbers), not the long statistical ones
    env: {
      HAMCHECK_SEED: '20261124',
      HAMCHECK_THREADS: '1',
      // the TypeScript loops, which the mutants change (the WebAssembly twins are checked against them by their own specs)
      HAMCHECK_KERNEL: 'ts',
      HAMCHECK_DEPTH: 'mutation',
      HAMCHECK_PROPERTIES: 'dynamics/probability-conservation,dynamics/mirror-symmetry,dynamics/ham-relaxes-to-uniform,dynamics/zeno-start',
    },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
