import { defineConfig } from 'vitest/config';

// The test set Stryker runs per mutant (see stryker.config.mjs): fast, in-process tests only.
export default defineConfig({
  test: {
    include: ['spec/{model,linalg,exact,ham}/**/*.spec.ts', 'properties/dynamics/structure.prop.ts'],
    globalSetup: ['properties/support/globalSeed.ts'],
    // serial kernel: Stryker's active-mutant switch lives in this thread's globals, not in a worker's
    env: { HAMCHECK_SEED: '20261124', HAMCHECK_THREADS: '1' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
