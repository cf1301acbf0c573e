import { defineConfig } from 'vitest/config';

// The test set Stryker runs per mutant (see stryker.config.mjs): fast, in-process tests only.
export default defineConfig({
  test: {
    include: ['spec/{model,linalg,exact,ham}/**/*.spec.ts', 'properties/dynamics/structure.prop.ts'],
    // moderate sizes run 10–100× slower instrumented; their small-size siblings stay in the set
    exclude: ['spec/exact/chebyshevVsEigen.spec.ts', 'spec/exact/chebyshevThreads.spec.ts'],
    globalSetup: ['properties/support/globalSeed.ts'],
    // serial kernel: Stryker's active-mutant switch lives in this thread's globals, not in a worker's
    env: { HAMCHECK_SEED: '20261124', HAMCHECK_THREADS: '1', HAMCHECK_DEPTH: 'mutation' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
