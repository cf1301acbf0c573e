import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['spec/**/*.spec.ts', 'properties/**/*.prop.ts'],
    // verify end to end on the example adapters: minutes of work, run once by `npm run test:examples` (.ci/run)
    exclude: ['spec/examples/**', '**/node_modules/**'],
    globalSetup: ['properties/support/globalSeed.ts', 'spec/support/tempRoot.ts'],
    setupFiles: ['spec/support/flushCoverage.ts'], // c8: workers end without a normal exit
    reporters: ['default', './spec/support/plainSummaryReporter.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // coverage: c8 around vitest (bin/test.mjs, .c8rc.json), so child processes and worker threads count too
  },
});
