import { defineConfig } from 'vitest/config';

// The per-mutant test set of the general-model scope (stryker.graph.config.mjs): the in-process specs of
// general models, their generalized HAM and coupling structures; the CLI and variant runs spawn processes
// (which would run unmutated code) and stay out.
export default defineConfig({
  test: {
    include: ['spec/variant/{generalModel,generalModelDetails,graphHam,couplingStructure}.spec.ts'],
    globalSetup: ['properties/support/globalSeed.ts'],
    env: { HAMCHECK_SEED: '20261124', HAMCHECK_THREADS: '1' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
